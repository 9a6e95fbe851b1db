/**
 * Markdown and MDX bodies may not carry active content: raw <script>, <iframe>,
 * <style>, <object>, <embed> or on*= event attributes. Code blocks that show such
 * markup as text are fine: only what the page would execute or embed is refused.
 */
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';

export const FORBIDDEN_TAGS = ['script', 'iframe', 'style', 'object', 'embed'] as const;

const TAG_IN_HTML = new RegExp(`<\\s*(${FORBIDDEN_TAGS.join('|')})\\b`, 'gi');
const EVENT_ATTRIBUTE_IN_HTML = /<[^>]*?\s(on[a-z]+)\s*=/gi;

export interface BodyProblem {
	/** 1-based line within the body. */
	line: number;
	/** 1-based column, where known. */
	column?: number;
	message: string;
	rule: string;
}

/** The fields of Markdown and MDX nodes this check reads. */
type Positioned = Node & {
	value?: unknown;
	name?: string | null;
	attributes?: { type: string; name?: string }[];
};

/** The body's syntax tree, or the MDX syntax error that stops it from being read. */
export function parseBody(body: string, kind: 'md' | 'mdx'): { tree: Node; error?: never } | { tree?: never; error: BodyProblem } {
	try {
		return { tree: kind === 'mdx' ? remark().use(remarkMdx).parse(body) : remark().parse(body) };
	} catch (error) {
		const place = error as { line?: number; reason?: string; message?: string };
		// Some MDX errors carry their position only in the text, as "(3:1-3:6)".
		const lineInText = /\((\d+):\d+-\d+:\d+\)/.exec(place.message ?? '')?.[1];
		return {
			error: { line: place.line ?? (lineInText ? Number(lineInText) : 1), rule: 'mdx-syntax', message: `MDX 语法错误：${place.reason ?? place.message ?? ''}（MDX syntax error）` },
		};
	}
}

export function checkBody(body: string, kind: 'md' | 'mdx'): BodyProblem[] {
	const parsed = parseBody(body, kind);
	return parsed.error ? [parsed.error] : checkBodyTree(parsed.tree);
}

/** Active content in an already parsed body. */
export function checkBodyTree(tree: Node): BodyProblem[] {
	const problems: BodyProblem[] = [];
	visit(tree, (visited) => {
		const node = visited as Positioned;
		const start = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
		if (node.type === 'html' && typeof node.value === 'string') {
			const html = node.value;
			for (const match of html.matchAll(TAG_IN_HTML)) problems.push(tagProblem(match[1] ?? '', placeIn(html, match.index, start)));
			for (const match of html.matchAll(EVENT_ATTRIBUTE_IN_HTML)) {
				// Point at the attribute itself, not at the tag that carries it.
				problems.push(attributeProblem(match[1] ?? '', placeIn(html, match.index + match[0].lastIndexOf(match[1] ?? ''), start)));
			}
		}
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const name = (node.name ?? '').toLowerCase();
			if ((FORBIDDEN_TAGS as readonly string[]).includes(name)) problems.push(tagProblem(name, start));
			for (const attribute of node.attributes ?? []) {
				if (attribute.name && /^on[a-z]/i.test(attribute.name)) problems.push(attributeProblem(attribute.name, start));
			}
		}
	});
	return problems;
}

/** The line and column of `index` in an HTML node that starts at `start`. */
function placeIn(text: string, index: number, start: { line: number; column: number }): { line: number; column: number } {
	const before = text.slice(0, index).split('\n');
	const last = before.at(-1) ?? '';
	return before.length === 1 ? { line: start.line, column: start.column + index } : { line: start.line + before.length - 1, column: last.length + 1 };
}

function tagProblem(tag: string, place: { line: number; column: number }): BodyProblem {
	return {
		...place,
		rule: 'raw-html',
		message: `正文中不允许使用 <${tag.toLowerCase()}> 标签，请删除（<${tag.toLowerCase()}> is not allowed in content）`,
	};
}

function attributeProblem(attribute: string, place: { line: number; column: number }): BodyProblem {
	return {
		...place,
		rule: 'raw-html',
		message: `正文中不允许使用 ${attribute} 事件属性，请删除（event attributes are not allowed in content）`,
	};
}
