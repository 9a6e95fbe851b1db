/**
 * A Markdown or MDX body as data: parsed, never compiled. MDX is read with remark-mdx only to
 * find the site's own components (body-components.ts); `import`, `export`, `{…}` expressions
 * and any other component are taken out here and reported, so no text from content is ever
 * turned into JavaScript. The result is an unsanitised HTML tree (hast) with positions, which
 * render-body.ts sanitises for the page and explain-html.ts reads to explain each refusal.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { nearest } from '../validation/suggest.ts';
import { raw } from 'hast-util-raw';
import { h } from 'hastscript';
import type { Root as MdastRoot, Nodes as MdastNodes, Parent as MdastParent } from 'mdast';
import { toHast, type Options as ToHastOptions } from 'mdast-util-to-hast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { z } from 'astro/zod';
import type { Position } from 'unist';
import { VFile } from 'vfile';
import { BODY_COMPONENTS, isBodyComponent, type BodyComponentName } from './body-components.ts';

export type BodyKind = 'md' | 'mdx';

/** A refusal found while reading the body: what was taken out, where, and why. */
export interface BodyRefusal {
	/** 1-based line within the body. */
	line: number;
	column?: number;
	rule: 'mdx-syntax' | 'mdx-esm' | 'mdx-expression' | 'mdx-component' | 'mdx-props' | 'nesting-depth' | 'unsafe-attribute';
	message: string;
}

/** One of the site's components, in the tree where the author wrote it, with its checked props. */
export interface ComponentNode {
	type: 'bodyComponent';
	name: BodyComponentName;
	props: Record<string, unknown>;
	children: ElementContent[];
	position?: Position | undefined;
}

declare module 'hast' {
	interface RootContentMap {
		bodyComponent: ComponentNode;
	}
	interface ElementContentMap {
		bodyComponent: ComponentNode;
	}
}

export interface BodyTree {
	/** The parsed Markdown, for the link and prose checks. */
	mdast: MdastRoot;
	/** The HTML the body asks for, before sanitising. */
	hast: HastRoot;
	refusals: BodyRefusal[];
}

/** Markdown with GFM (tables, strikethrough, autolinks, footnotes), and MDX's syntax for .mdx. */
export function parseMarkdown(text: string, kind: BodyKind): MdastRoot {
	return kind === 'mdx' ? remark().use(remarkGfm).use(remarkMdx).parse(text) : remark().use(remarkGfm).parse(text);
}

/** The body as an HTML tree, or the syntax error that stops MDX from being read. */
export function bodyTree(text: string, kind: BodyKind): BodyTree | { error: BodyRefusal } {
	let mdast: MdastRoot;
	try {
		mdast = parseMarkdown(text, kind);
	} catch (error) {
		return { error: error instanceof RangeError ? tooDeep() : syntaxRefusal(error) };
	}
	try {
		return htmlTree(text, kind, mdast);
	} catch (error) {
		// The HTML stages recurse over the tree: thousands of nested tags exhaust the stack.
		if (error instanceof RangeError) return { error: tooDeep() };
		throw error;
	}
}

function tooDeep(): BodyRefusal {
	return {
		line: 1,
		rule: 'nesting-depth',
		message: '正文中的标签或组件嵌套太深，无法读取：请检查是否多写了大量 <div>、<span> 或 <Callout> 等开头标签（the body nests too deeply to be read）',
	};
}

function htmlTree(text: string, kind: BodyKind, mdast: MdastRoot): BodyTree {
	const refusals: BodyRefusal[] = [];
	// The MDX pass works on a copy: the link and prose checks read the tree as written.
	const working = kind === 'mdx' ? structuredClone(mdast) : mdast;
	if (kind === 'mdx') takeOutCode(working, refusals);
	// The components pass into the HTML tree as they are; their content is converted like any other.
	const converted = toHast(working, { allowDangerousHtml: true, passThrough: ['bodyComponent'] as unknown as ToHastOptions['passThrough'] });
	// With the file, raw HTML keeps its real line and column for the check's messages.
	const hast = raw(converted as HastRoot, { passThrough: ['bodyComponent'], file: new VFile(text) }) as HastRoot;
	alignmentAsClass(hast);
	return { mdast, hast, refusals };
}

function syntaxRefusal(error: unknown): BodyRefusal {
	const place = error as { line?: number; column?: number; reason?: string; message?: string };
	// Some MDX errors carry their position only in the text, as "(3:1-3:6)".
	const lineInText = /\((\d+):\d+-\d+:\d+\)/.exec(place.message ?? '')?.[1];
	return {
		line: place.line ?? (lineInText ? Number(lineInText) : 1),
		...(place.column ? { column: place.column } : {}),
		rule: 'mdx-syntax',
		message: `MDX 语法错误：${place.reason ?? place.message ?? ''}（MDX syntax error）`,
	};
}

type MdxJsxAttribute = { type: 'mdxJsxAttribute'; name: string; value?: string | { type: string } | null } | { type: 'mdxJsxExpressionAttribute' };
type MdxJsxNode = MdastParent & { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: MdxJsxAttribute[] };

/** Attribute names as HTML writes them; `children`, `__proto__` and the like would reach the props object itself. */
const ATTRIBUTE_NAME = /^(?!children$)[a-zA-Z][a-zA-Z0-9-]*$/;

/** Elements that sit inside a paragraph. */
const PHRASING = new Set([
	'a',
	'abbr',
	'b',
	'i',
	'u',
	's',
	'em',
	'strong',
	'small',
	'sub',
	'sup',
	'code',
	'kbd',
	'mark',
	'q',
	'del',
	'ins',
	'br',
	'img',
	'span',
]);

/** Elements whose content is text, never paragraphs. */
const TEXT_ONLY = new Set([...PHRASING, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'caption', 'dt']);

const COMPONENT_NAMES = Object.keys(BODY_COMPONENTS).join('、');

/**
 * Takes every construct that would run code out of an MDX tree, reporting each one, and turns
 * the site's components and plain HTML tags written as JSX into nodes the HTML stage knows.
 */
function takeOutCode(tree: MdastRoot, refusals: BodyRefusal[]): void {
	const refuse = (node: { position?: Position | undefined }, rule: BodyRefusal['rule'], message: string) =>
		refusals.push({ line: node.position?.start.line ?? 1, ...(node.position ? { column: node.position.start.column } : {}), rule, message });

	const visitChildren = (parent: MdastParent): void => {
		const kept: MdastNodes[] = [];
		for (const child of parent.children as MdastNodes[]) {
			const replacement = visitNode(child);
			if (replacement) kept.push(replacement);
		}
		parent.children = kept as MdastParent['children'];
	};

	const visitNode = (node: MdastNodes): MdastNodes | undefined => {
		switch (node.type as string) {
			case 'mdxjsEsm':
				refuse(
					node,
					'mdx-esm',
					`正文中不能写 import 或 export 语句：本网站的组件 ${COMPONENT_NAMES} 可以直接使用，无需 import（import and export are not allowed; the site's components need no import）`,
				);
				return undefined;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				refuse(
					node,
					'mdx-expression',
					'正文中不能写 {…} 代码表达式；如需显示花括号，请写成 \\{（JavaScript expressions are not allowed; write \\{ for a literal brace）',
				);
				return undefined;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				return jsxNode(node as unknown as MdxJsxNode);
			case 'paragraph': {
				// A component that is a paragraph's whole content, such as `<Callout>一句话</Callout>`, stands on its own line.
				const [only] = (node as MdastParent).children.length === 1 ? (node as MdastParent).children : [];
				const jsx = only as unknown as MdxJsxNode | undefined;
				if (jsx?.type === 'mdxJsxTextElement' && isBodyComponent(jsx.name ?? '')) {
					return jsxNode({
						...jsx,
						type: 'mdxJsxFlowElement',
						children: jsx.children.length > 0 ? [{ type: 'paragraph', children: jsx.children } as MdastParent['children'][number]] : [],
					});
				}
			}
		}
		if ('children' in node) visitChildren(node);
		// `<p …>text</p>` on a line of its own is read as a paragraph holding a text-level element: one paragraph, not two.
		const [only] = node.type === 'paragraph' && node.children.length === 1 ? node.children : [];
		const tag = (only as { type: string; data?: { hName?: string } } | undefined)?.data?.hName;
		if (only && (only.type as string) === 'jsxHtml' && tag !== undefined && !PHRASING.has(tag)) return only;
		return node;
	};

	const jsxNode = (node: MdxJsxNode): MdastNodes | undefined => {
		const { attributes, refused } = literalAttributes(node);
		const name = node.name ?? '';
		if (isBodyComponent(name)) {
			const component = BODY_COMPONENTS[name];
			if (node.type === 'mdxJsxTextElement') {
				refuse(node, 'mdx-component', `组件 <${name}> 须单独成行，前后各空一行（a component must stand on its own line）`);
				return undefined;
			}
			const parsed = component.props.safeParse(attributes, { reportInput: true });
			if (!parsed.success) {
				// An attribute refused as an expression is already reported; it is not also "missing".
				const issues = parsed.error.issues.filter((issue) => !refused.has(String(issue.path[0] ?? '')) && !refused.has('...'));
				for (const problem of propProblems(issues, Object.keys(component.props.shape))) {
					refuse(node, 'mdx-props', `<${name}>（${component.label}）${problem}（invalid attribute）`);
				}
				return undefined;
			}
			if (!component.hasChildren && node.children.length > 0) {
				refuse(node, 'mdx-component', `组件 <${name}> 不能包含内容，请写成 <${name} … />（<${name}> takes no content）`);
			}
			visitChildren(node);
			const componentNode: ComponentNode = {
				type: 'bodyComponent',
				name,
				props: parsed.data,
				children: component.hasChildren ? (node.children as unknown as ElementContent[]) : [],
				position: node.position,
			};
			return componentNode as unknown as MdastNodes;
		}
		if (/^[a-z][a-z0-9-]*$/.test(name)) {
			// Plain HTML written as JSX: the HTML allowlist decides, as for raw HTML in Markdown.
			visitChildren(node);
			const element = h(name, attributes as Record<string, string>);
			// MDX wraps a flow element's text in a paragraph, which a <p> or heading cannot hold.
			const children = TEXT_ONLY.has(name) ? node.children.flatMap((child) => (child.type === 'paragraph' ? child.children : [child])) : node.children;
			return { type: 'jsxHtml', children, position: node.position, data: { hName: element.tagName, hProperties: element.properties } } as unknown as MdastNodes;
		}
		refuse(
			node,
			'mdx-component',
			`不认识组件 <${name}>：正文只能使用本网站的组件 ${COMPONENT_NAMES}（unknown component; only ${Object.keys(BODY_COMPONENTS).join(', ')}）`,
		);
		return undefined;
	};

	/** Attributes written as plain text; every `{…}` value or spread is refused, named in `refused` (`...` for a spread), and dropped. */
	const literalAttributes = (node: MdxJsxNode) => {
		const attributes: Record<string, string | true> = Object.create(null);
		const refused = new Set<string>();
		for (const attribute of node.attributes) {
			if (attribute.type === 'mdxJsxAttribute' && !ATTRIBUTE_NAME.test(attribute.name)) {
				refuse(node, 'unsafe-attribute', `<${node.name ?? ''}> 不允许使用属性 ${attribute.name}，请删除（attribute ${attribute.name} is not allowed）`);
				continue;
			}
			if (attribute.type === 'mdxJsxExpressionAttribute' || (typeof attribute.value === 'object' && attribute.value !== null)) {
				refused.add(attribute.type === 'mdxJsxAttribute' ? attribute.name : '...');
				refuse(node, 'mdx-expression', `<${node.name ?? ''}> 的属性只能写成 名称="文字"，不能写 {…}（attribute values must be quoted text, not expressions）`);
				continue;
			}
			attributes[attribute.name] = attribute.value ?? true;
		}
		return { attributes, refused };
	};

	visitChildren(tree);
}

/**
 * A props schema's complaints in the editor's words. A misspelt attribute is one problem, not
 * two: it is named with the missing attribute it most likely meant.
 */
function propProblems(issues: readonly z.core.$ZodIssue[], known: readonly string[]): string[] {
	const missing = issues.flatMap((issue) => (issue.code === 'invalid_type' && issue.input === undefined ? [String(issue.path[0])] : []));
	const meant = new Set<string>();
	const problems: string[] = [];
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				const guess = nearest(key, missing);
				if (guess !== undefined) meant.add(guess);
				problems.push(guess ? `不支持属性 ${key}，是否应为 ${guess}？` : `不支持属性 ${key}，可用属性为 ${known.join('、')}`);
			}
		} else if (!(issue.code === 'invalid_type' && issue.input === undefined)) {
			problems.push(`的属性 ${String(issue.path[0] ?? '')}：${issue.message}`);
		}
	}
	for (const attribute of missing) if (!meant.has(attribute)) problems.push(`缺少必填属性 ${attribute}`);
	return problems;
}

/** Table cells say their alignment with a class: a `style` or the obsolete `align` attribute would not pass the CSP or the validator. */
function alignmentAsClass(node: HastNodes): void {
	if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) {
		const align = (node as Element).properties['align'];
		if (typeof align === 'string' && ['left', 'center', 'right'].includes(align)) {
			delete node.properties['align'];
			node.properties['className'] = [`align-${align}`];
		}
	}
	if ('children' in node) for (const child of node.children) alignmentAsClass(child as HastNodes);
}
