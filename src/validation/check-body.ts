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
	message: string;
	rule: string;
}

/** The fields of Markdown and MDX nodes this check reads. */
type Positioned = Node & {
	value?: unknown;
	name?: string | null;
	attributes?: { type: string; name?: string }[];
};

export function checkBody(body: string, kind: 'md' | 'mdx'): BodyProblem[] {
	const problems: BodyProblem[] = [];
	let tree: Node;
	try {
		tree = kind === 'mdx' ? remark().use(remarkMdx).parse(body) : remark().parse(body);
	} catch (error) {
		const place = error as { line?: number; reason?: string; message?: string };
		// Some MDX errors carry their position only in the text, as "(3:1-3:6)".
		const lineInText = /\((\d+):\d+-\d+:\d+\)/.exec(place.message ?? '')?.[1];
		return [{ line: place.line ?? (lineInText ? Number(lineInText) : 1), rule: 'mdx-syntax', message: `MDX 语法错误：${place.reason ?? place.message ?? ''}（MDX syntax error）` }];
	}
	visit(tree, (visited) => {
		const node = visited as Positioned;
		const line = node.position?.start.line ?? 1;
		if (node.type === 'html' && typeof node.value === 'string') {
			for (const match of node.value.matchAll(TAG_IN_HTML)) {
				problems.push(tagProblem(match[1] ?? '', line + linesBefore(node.value, match.index)));
			}
			for (const match of node.value.matchAll(EVENT_ATTRIBUTE_IN_HTML)) {
				problems.push(attributeProblem(match[1] ?? '', line + linesBefore(node.value, match.index)));
			}
		}
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const name = (node.name ?? '').toLowerCase();
			if ((FORBIDDEN_TAGS as readonly string[]).includes(name)) problems.push(tagProblem(name, line));
			for (const attribute of node.attributes ?? []) {
				if (attribute.name && /^on[a-z]/i.test(attribute.name)) problems.push(attributeProblem(attribute.name, line));
			}
		}
	});
	return problems;
}

function linesBefore(text: string, index: number): number {
	return text.slice(0, index).split('\n').length - 1;
}

function tagProblem(tag: string, line: number): BodyProblem {
	return {
		line,
		rule: 'raw-html',
		message: `正文中不允许使用 <${tag.toLowerCase()}> 标签，请删除（<${tag.toLowerCase()}> is not allowed in content）`,
	};
}

function attributeProblem(attribute: string, line: number): BodyProblem {
	return {
		line,
		rule: 'raw-html',
		message: `正文中不允许使用 ${attribute} 事件属性，请删除（event attributes are not allowed in content）`,
	};
}
