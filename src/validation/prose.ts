/**
 * Where the prose is: the paragraphs, headings and table cells of a Markdown body, and the
 * string values of YAML fields (titles, summaries, notes…). Each piece comes with a way
 * to turn an index in its text back into a line and column of the file, so the Chinese
 * text rules can point at the exact character.
 */
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';
import type { Position, YamlSource } from './yaml-source.ts';
import { stringsIn } from './strings-in.ts';

export interface Prose {
	text: string;
	/** The line and column of the character at `index` of `text`. */
	at(index: number): Position;
	/** The field the text is the value of, for YAML strings. */
	field?: PropertyKey[];
}

type Positioned = Node & { value?: unknown; children?: Positioned[] };

/** Blocks whose inline content is read as one piece, so “**安业**安居” stays one quotation. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline nodes that are not prose; they count as one space, which separates the text around them. */
const NOT_PROSE = new Set(['inlineCode', 'html', 'mdxJsxTextElement', 'mdxTextExpression', 'image', 'imageReference', 'footnoteReference']);

/**
 * @param body the Markdown body text the tree was parsed from
 * @param tree the parsed body
 * @param firstLine the line of the file the body starts on
 */
export function markdownProse(body: string, tree: Node, firstLine: number): Prose[] {
	const lineStarts = [0];
	for (let index = body.indexOf('\n'); index !== -1; index = body.indexOf('\n', index + 1)) lineStarts.push(index + 1);
	const positionOfOffset = (offset: number): Position => {
		let line = lineStarts.findLastIndex((start) => start <= offset);
		if (line === -1) line = 0;
		return { line: firstLine + line, column: offset - (lineStarts[line] ?? 0) + 1 };
	};

	const pieces: Prose[] = [];
	visit(tree, (node) => {
		if (!BLOCKS.has(node.type)) return;
		// Where each stretch of the joined text comes from in the body.
		const spans: { from: number; offset: number; exact: boolean }[] = [];
		let text = '';
		const collect = (inline: Positioned) => {
			const start = inline.position?.start.offset;
			if (NOT_PROSE.has(inline.type)) {
				text += ' ';
				return;
			}
			if (inline.type === 'text' && typeof inline.value === 'string' && start !== undefined) {
				const end = inline.position?.end.offset;
				spans.push({ from: text.length, offset: start, exact: body.slice(start, end) === inline.value });
				text += inline.value;
				return;
			}
			for (const child of inline.children ?? []) collect(child);
		};
		for (const child of (node as Parent as Positioned).children ?? []) collect(child);
		if (text.trim() === '') return;
		pieces.push({
			text,
			at: (index) => {
				const span = spans.findLast((candidate) => candidate.from <= index) ?? spans[0];
				if (!span) return positionOfOffset(node.position?.start.offset ?? 0);
				// An escaped or entity-encoded text node cannot be mapped character by character.
				return positionOfOffset(span.exact ? span.offset + index - span.from : span.offset);
			},
		});
		return 'skip';
	});
	return pieces;
}

/** Every string value in YAML data, with its place in the file. */
export function yamlProse(data: unknown, yaml: YamlSource): Prose[] {
	return stringsIn(data).map(({ value, path }) => {
		const node = yaml.valueOf(path);
		const fallback = yaml.positionOf(path) ?? { line: 1, column: 1 };
		// Plain and simply quoted scalars map character by character; folded or escaped ones
		// are reported at the start of the value.
		const shift = node?.source === value ? 0 : node && node.source.slice(1, -1) === value ? 1 : undefined;
		return {
			text: value,
			field: path,
			at: (index: number) => (node ? yaml.positionAt(node.offset + (shift === undefined ? 0 : shift + index)) : fallback),
		};
	});
}
