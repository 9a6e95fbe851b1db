/**
 * What a Markdown or MDX body may not carry, reported before publishing: everything the page's
 * sanitiser would take out (src/markdown/explain-html.ts) and every MDX construct that would
 * run code (src/markdown/body-tree.ts), each at its line with what to write instead. Code
 * blocks that show markup as text are fine: only what the page would execute or embed counts.
 */
import type { Root as MdastRoot } from 'mdast';
import type { BodyComponentProps } from '../markdown/body-components.ts';
import { bodyTree, type BodyKind, type BodyTree } from '../markdown/body-tree.ts';
import { explainHtml } from '../markdown/explain-html.ts';
import type { SingleSeverityRuleId } from './rules/index.ts';

export interface BodyProblem {
	/** 1-based line within the body. */
	line: number;
	/** 1-based column, where known. */
	column?: number;
	message: string;
	rule: SingleSeverityRuleId;
}

/** A `<Chart>` or `<Figure>` in the body: what it points at must exist, which only the whole content can tell. */
export type BodyReference =
	| { kind: 'indicator'; slug: BodyComponentProps['Chart']['indicator']; line: number; column?: number }
	| { kind: 'image'; src: BodyComponentProps['Figure']['src']; line: number; column?: number };

/** A body reference at its place in a content file, for the check across files (rules/body-reference.ts). */
export type PlacedReference = BodyReference & { file: string };

export interface CheckedBody {
	/** The parsed Markdown, for the link and prose checks; absent when MDX cannot be read. */
	mdast?: MdastRoot;
	problems: BodyProblem[];
	references: BodyReference[];
}

export function checkBody(text: string, kind: BodyKind): CheckedBody {
	const tree = bodyTree(text, kind);
	if ('error' in tree) return { problems: [tree.error], references: [] };
	const problems = [...tree.refusals, ...explainHtml(tree.hast)].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
	return { mdast: tree.mdast, problems, references: referencesIn(tree) };
}

/** The indicators charted and the images shown, from components and from Markdown images alike. */
function referencesIn(tree: BodyTree): BodyReference[] {
	const references: BodyReference[] = [];
	const visit = (node: BodyTree['hast']['children'][number]): void => {
		const start = node.position?.start;
		const place = { line: start?.line ?? 1, ...(start ? { column: start.column } : {}) };
		if (node.type === 'bodyComponent') {
			if (node.name === 'Chart') references.push({ kind: 'indicator', slug: String(node.props['indicator']), ...place });
			if (node.name === 'Figure') references.push({ kind: 'image', src: String(node.props['src']), ...place });
		}
		if (node.type === 'element' && node.tagName === 'img' && typeof node.properties['src'] === 'string') {
			references.push({ kind: 'image', src: node.properties['src'], ...place });
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	for (const child of tree.hast.children) visit(child);
	return references;
}
