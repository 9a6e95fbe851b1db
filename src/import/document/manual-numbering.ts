/**
 * Numbering typed by hand at the start of a paragraph, the way Chinese reports number their
 * parts: 一、 for a section, （一） for a subsection, 1. 1、 1． or （1） for an item. Word
 * knows nothing of it, so it arrives as text; the import turns it into headings and lists,
 * which the site numbers and styles itself.
 */

const CHINESE_NUMERAL = '[一二三四五六七八九十]+';

export type Numbering = { kind: 'section' | 'subsection'; marker: string; rest: string } | { kind: 'item'; number: number; marker: string; rest: string };

const SECTION = new RegExp(`^${CHINESE_NUMERAL}、\\s*`, 'u');
const SUBSECTION = new RegExp(`^[（(]${CHINESE_NUMERAL}[）)]\\s*`, 'u');
/** An arabic number and a mark, not the start of a figure such as 1.5万元 or 2026年. */
const ITEM = /^(?:(\d{1,2})[.．、](?!\d)|[（(](\d{1,2})[）)])\s*/u;

/** The longest text read as a heading: a section title, not a paragraph of prose. */
export const MAX_HEADING_LENGTH = 30;
/** A mark that ends a sentence inside the text: a run-in heading followed by its prose is left as a paragraph. */
const SENTENCE_MARK = /[。；！？]/u;

/** The numbering `text` starts with, or nothing. */
export function manualNumbering(text: string): Numbering | undefined {
	const item = ITEM.exec(text);
	if (item) return { kind: 'item', number: Number(item[1] ?? item[2]), marker: item[0], rest: text.slice(item[0].length) };
	for (const [kind, pattern] of [
		['section', SECTION],
		['subsection', SUBSECTION],
	] as const) {
		const match = pattern.exec(text);
		if (match) return { kind, marker: match[0], rest: text.slice(match[0].length) };
	}
	return undefined;
}

/** True when the text after a section or subsection number is clearly a heading: short, and not a sentence. */
export function isHeadingText(rest: string): boolean {
	const text = rest.trim();
	return text !== '' && text.length <= MAX_HEADING_LENGTH && !SENTENCE_MARK.test(text.replace(/[。]$/u, ''));
}
