/**
 * The clean-up of a converted Word or WPS document, over its HTML tree (hast) as mammoth
 * writes it: the clutter of word processors removed, and the structure typed by hand made
 * into structure. Inline styles (colours, fonts, sizes) never get here: mammoth writes only
 * the semantic elements (headings, paragraphs, bold, tables, lists, images).
 *
 * - text: text-clean-up.ts, on every text node;
 * - 首行缩进 typed as full-width spaces, and spacing at either end of a paragraph, removed;
 * - Word's soft line breaks (Shift+Enter): a paragraph is split at them, a heading or a table
 *   cell reads them as a space (Markdown has no line break in either);
 * - empty paragraphs (only spaces, full-width spaces or invisible characters) removed;
 * - manual numbering (manual-numbering.ts): a short 一、 paragraph becomes a section heading,
 *   （一） a subsection, and two or more paragraphs numbered 1. 2. … an ordered list;
 * - bookmarks (`<a id>` without an address) unwrapped, and a table's first row made its header,
 *   as Word tables are written.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { isHeadingText, manualNumbering } from './manual-numbering.ts';
import { cleanText, INDENTATION, isBlank, type TextCleanUp } from './text-clean-up.ts';

export type CleanUp = TextCleanUp | 'empty-paragraph' | 'indentation' | 'numbering' | 'line-break';

/** Each kind of clean-up as the import's report names it. */
export const CLEAN_UP_NAMES: Record<CleanUp, string> = {
	'empty-paragraph': '空段落',
	indentation: '全角空格缩进',
	numbering: '手工编号改为标题或列表',
	'line-break': '段内软回车',
	invisible: '零宽字符和不换行空格',
	'full-width-alphanumeric': '全角数字或字母',
	quotes: '中文里的直引号改为“”',
	punctuation: '中文间的半角标点',
};

/** How many of each kind were cleaned. */
export type Tally = Map<CleanUp, number>;

const HEADING = /^h[1-6]$/;
const isElement = (node: RootContent | ElementContent | undefined, name?: string | RegExp): node is Element =>
	node?.type === 'element' && (name === undefined || (typeof name === 'string' ? node.tagName === name : name.test(node.tagName)));

/** Cleans `tree` in place and says what it did. */
export function cleanTree(tree: Root): Tally {
	const tally: Tally = new Map();
	const count = (kind: CleanUp, times = 1) => tally.set(kind, (tally.get(kind) ?? 0) + times);

	visit(tree, 'text', (node: Text) => {
		node.value = cleanText(node.value, count);
	});
	unwrapBookmarks(tree);
	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'table') headerRow(node);
		if (HEADING.test(node.tagName) || node.tagName === 'td' || node.tagName === 'th') {
			node.children = node.children.map((child) => (isElement(child, 'br') ? (count('line-break'), { type: 'text', value: ' ' }) : child));
		}
	});

	const blocks = tree.children.flatMap((node): RootContent[] => (isElement(node, 'p') ? splitAtBreaks(node, () => count('line-break')) : [node]));
	const kept = blocks.filter((node) => {
		const empty = (isElement(node, 'p') || isElement(node, HEADING)) && isBlank(toString(node)) && !hasImage(node);
		if (empty) count('empty-paragraph');
		return !empty;
	});
	visit({ type: 'root', children: kept } satisfies Root, 'element', (node: Element) => {
		if (!['p', 'li', 'td', 'th'].includes(node.tagName) && !HEADING.test(node.tagName)) return;
		if (trimEnds(node)) count('indentation');
	});
	tree.children = numberedStructure(kept, (times) => count('numbering', times));
	return tally;
}

/**
 * The document's headings moved so the highest is a section (h2): the page's title is the
 * only h1, and a document whose parts are Word's 标题 1 would otherwise compete with it.
 */
export function levelHeadings(tree: Root): void {
	const headings = tree.children.filter((node) => isElement(node, HEADING));
	const top = Math.min(...headings.map((heading) => Number(heading.tagName.slice(1))));
	if (!(top < 2)) return;
	for (const heading of headings) heading.tagName = `h${Math.min(6, Number(heading.tagName.slice(1)) + 2 - top)}`;
}

function hasImage(node: Element): boolean {
	let found = false;
	visit(node, 'element', (child: Element) => {
		if (child.tagName === 'img') found = true;
	});
	return found;
}

/** Word's bookmarks and table-of-contents anchors: a link with nowhere to go. */
function unwrapBookmarks(tree: Root): void {
	visit(tree, 'element', (node: Element) => {
		node.children = node.children.flatMap((child) => (isElement(child, 'a') && child.properties['href'] === undefined ? child.children : [child]));
	});
}

/** A Word table has no header row of its own; the first row is one. */
function headerRow(table: Element): void {
	let first: Element | undefined;
	visit(table, 'element', (node: Element) => {
		if (first === undefined && node.tagName === 'tr') first = node;
	});
	if (first === undefined || first.children.some((cell) => isElement(cell, 'th'))) return;
	for (const cell of first.children) if (isElement(cell, 'td')) cell.tagName = 'th';
}

/** One paragraph per line of a paragraph with soft line breaks. */
function splitAtBreaks(paragraph: Element, counted: () => void): Element[] {
	const lines: ElementContent[][] = [[]];
	for (const child of paragraph.children) {
		if (isElement(child, 'br')) {
			counted();
			lines.push([]);
		} else {
			(lines.at(-1) as ElementContent[]).push(child);
		}
	}
	return lines.map((children) => ({ ...paragraph, children }));
}

/** The text nodes under `node`, in reading order. */
function textsOf(node: Element): Text[] {
	const texts: Text[] = [];
	visit(node, 'text', (text: Text) => {
		texts.push(text);
	});
	return texts;
}

/** Removes spacing at both ends of a block; true when the start held a full-width-space indentation. */
function trimEnds(node: Element): boolean {
	const texts = textsOf(node).filter((text) => text.value !== '');
	const first = texts[0];
	const last = texts.at(-1);
	if (first === undefined || last === undefined) return false;
	const indentation = INDENTATION.exec(first.value)?.[0] ?? '';
	first.value = first.value.slice(indentation.length);
	last.value = last.value.trimEnd();
	return indentation.includes('\u3000');
}

/** Drops the first `length` characters of the text under `node`, across as many text nodes as they span. */
function dropLeading(node: Element, length: number): void {
	let left = length;
	for (const text of textsOf(node)) {
		if (left === 0) return;
		const taken = Math.min(left, text.value.length);
		text.value = text.value.slice(taken);
		left -= taken;
	}
}

/**
 * Paragraphs numbered by hand as headings and lists: 一、 and （一） paragraphs that read as
 * titles, and runs of two or more items numbered from 1 without a gap.
 */
function numberedStructure(blocks: RootContent[], counted: (times: number) => void): RootContent[] {
	const result: RootContent[] = [];
	for (let index = 0; index < blocks.length; index++) {
		const node = blocks[index];
		if (!isElement(node, 'p') && !isElement(node, HEADING)) {
			result.push(node as RootContent);
			continue;
		}
		const numbering = manualNumbering(toString(node));
		if (numbering?.kind === 'item' && numbering.number === 1 && isElement(node, 'p')) {
			const items = itemRun(blocks, index);
			if (items.length >= 2) {
				counted(items.length);
				result.push({
					type: 'element',
					tagName: 'ol',
					properties: {},
					children: items.map(({ paragraph, marker }) => {
						dropLeading(paragraph, marker.length);
						return { type: 'element', tagName: 'li', properties: {}, children: paragraph.children };
					}),
				});
				index += items.length - 1;
				continue;
			}
		}
		if (
			(numbering?.kind === 'section' || numbering?.kind === 'subsection') &&
			(isElement(node, HEADING) || (isHeadingText(numbering.rest) && !hasImage(node)))
		) {
			counted(1);
			dropLeading(node, numbering.marker.length);
			if (isElement(node, 'p')) node.tagName = numbering.kind === 'section' ? 'h2' : 'h3';
		}
		result.push(node);
	}
	return result;
}

/** The paragraphs numbered 1, 2, 3… from `start` on, with their markers. */
function itemRun(blocks: readonly RootContent[], start: number): { paragraph: Element; marker: string }[] {
	const items: { paragraph: Element; marker: string }[] = [];
	for (let index = start; index < blocks.length; index++) {
		const node = blocks[index];
		if (!isElement(node, 'p')) break;
		const numbering = manualNumbering(toString(node));
		if (numbering?.kind !== 'item' || numbering.number !== items.length + 1) break;
		items.push({ paragraph: node, marker: numbering.marker });
	}
	return items;
}
