/**
 * Explains, before publishing, what the sanitiser will take out of a body: every element,
 * attribute, link or image outside the allowlist (allowlist.ts), at its line, with what to do
 * instead. It reads the same schema render-body.ts sanitises with, and a test holds the two
 * to the same verdict on every fixture.
 */
import type { Element, Nodes, Root } from 'hast';
import { find, html as htmlSchema } from 'property-information';
import { ALLOWED_ELEMENTS, BODY_SCHEMA, IMAGE_FOLDER, LINK_SCHEMES, LOCAL_IMAGE, STRIPPED_ELEMENTS } from './allowlist.ts';

export interface HtmlRefusal {
	line: number;
	column?: number;
	rule: 'raw-html' | 'unsafe-attribute' | 'unsafe-url' | 'external-image';
	message: string;
}

const allowed = new Set<string>(ALLOWED_ELEMENTS);
const stripped = new Set<string>(STRIPPED_ELEMENTS);

/** Why an element may not be used, by what it does, and what to write instead. */
function elementAdvice(tag: string): string {
	if (['script', 'noscript', 'template'].includes(tag)) return '网页正文不能包含脚本，请删除';
	if (['style'].includes(tag)) return '正文不能自带样式，页面样式由网站统一设置，请删除';
	if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'video', 'audio', 'source', 'track', 'picture', 'canvas', 'portal'].includes(tag))
		return '正文不能嵌入其他网站或文件的内容，请改为普通链接，如 [视频：琼江生态走廊](https://…)';
	if (['form', 'input', 'button', 'select', 'option', 'textarea', 'label', 'fieldset', 'output', 'datalist'].includes(tag))
		return '正文不能放表单或输入框，请改为链接，指向办理或留言的正式页面';
	if (['meta', 'base', 'link', 'head', 'title', 'html', 'body'].includes(tag)) return '正文不能改变页面设置（跳转、地址、引用文件），请删除';
	if (['svg', 'math'].includes(tag)) return '正文不能直接写矢量图或公式代码；图片请放在 public/images/，用 <Figure> 或 ![说明](images/文件名.png) 插入';
	return `网站只保留其中的文字；请改用 Markdown 写法（标题 ##、列表 -、加粗 **…**、表格 |…|）`;
}

/** The attribute as it is written in HTML (`onload`, `class`), from its hast property name. */
function attributeName(property: string): string {
	return find(htmlSchema, property).attribute;
}

/** The hast-util-sanitize entries for an attribute on a tag: its allowed values, or true for any value. */
function allowedValues(tag: string, property: string): true | readonly unknown[] | undefined {
	const entries = [...(BODY_SCHEMA.attributes?.[tag] ?? []), ...(BODY_SCHEMA.attributes?.['*'] ?? [])];
	let values: unknown[] | undefined;
	for (const entry of entries) {
		if (entry === property) return true;
		if (Array.isArray(entry) && entry[0] === property) values = [...(values ?? []), ...entry.slice(1)];
	}
	return values;
}

function valueAllowed(value: unknown, allowedList: readonly unknown[]): boolean {
	const values = Array.isArray(value) ? value : [value];
	return values.every((one) => allowedList.some((allowedValue) => (allowedValue instanceof RegExp ? allowedValue.test(String(one)) : allowedValue === one)));
}

/** The scheme of a URL (`javascript` in `javascript:…`), or undefined for a relative URL, the way the sanitiser reads it. */
function schemeOf(url: string): string | undefined {
	const colon = url.indexOf(':');
	const firstOf = (character: string) => {
		const at = url.indexOf(character);
		return at === -1 ? Number.POSITIVE_INFINITY : at;
	};
	if (colon === -1 || colon > Math.min(firstOf('/'), firstOf('?'), firstOf('#'))) return undefined;
	return url.slice(0, colon);
}

export function explainHtml(tree: Root): HtmlRefusal[] {
	const refusals: HtmlRefusal[] = [];
	const refuse = (node: Nodes, rule: HtmlRefusal['rule'], message: string) => {
		const start = node.position?.start;
		refusals.push({ line: start?.line ?? 1, ...(start ? { column: start.column } : {}), rule, message });
	};

	const visit = (node: Nodes): void => {
		if (node.type === 'element') {
			const tag = node.tagName;
			if (!allowed.has(tag)) {
				refuse(node, 'raw-html', `正文中不允许使用 <${tag}> 标签：${elementAdvice(tag)}（<${tag}> is not allowed in content）`);
				// A stripped element goes with everything in it; there is nothing more to explain inside.
				if (stripped.has(tag)) return;
			} else {
				explainAttributes(node, refuse);
			}
		}
		if ('children' in node) for (const child of node.children) visit(child as Nodes);
	};
	visit(tree);
	return refusals;
}

function explainAttributes(node: Element, refuse: (node: Nodes, rule: HtmlRefusal['rule'], message: string) => void): void {
	const tag = node.tagName;
	for (const [property, value] of Object.entries(node.properties)) {
		if (value === undefined || value === null || value === false) continue;
		const attribute = attributeName(property);
		const permitted = allowedValues(tag, property);
		if (/^on/i.test(attribute)) {
			refuse(
				node,
				'unsafe-attribute',
				`正文中不允许使用 ${attribute} 事件属性：它会在读者的浏览器里运行代码，请删除（event attributes are not allowed in content）`,
			);
		} else if (attribute === 'style') {
			refuse(node, 'unsafe-attribute', '正文中不允许使用 style 属性：页面样式由网站统一设置，请删除（style attributes are not allowed in content）');
		} else if (permitted === undefined || (permitted !== true && !valueAllowed(value, permitted))) {
			refuse(node, 'unsafe-attribute', `<${tag}> 不允许使用 ${attribute} 属性，网站会将其去掉，请删除（attribute ${attribute} is not allowed on <${tag}>）`);
		} else if (property === 'href' && typeof value === 'string') {
			const scheme = schemeOf(value);
			if (scheme !== undefined && !(LINK_SCHEMES as readonly string[]).includes(scheme)) {
				refuse(
					node,
					'unsafe-url',
					`链接地址“${value.slice(0, 60)}”不安全：链接只能以 http://、https://、mailto:、tel: 开头，或写站内相对地址（only http, https, mailto, tel and relative links are allowed）`,
				);
			}
		} else if (tag === 'img' && property === 'src') {
			if (typeof value !== 'string' || !LOCAL_IMAGE.test(value)) {
				refuse(
					node,
					'external-image',
					`图片“${String(value).slice(0, 60)}”不是本网站的图片：外部图片会让读者的浏览器访问其他网站。请把图片下载后放到 ${IMAGE_FOLDER}/ 文件夹（文件名用小写字母、数字和连字符），再写成 ![说明](images/文件名.jpg)（images must be files of the site: save it in ${IMAGE_FOLDER}/ and write images/<name>.jpg）`,
				);
			}
		}
	}
}
