/**
 * The front matter of a draft update, read from the cleaned document (clean-tree.ts) where the
 * document says it; what it does not say is left to the editor, never guessed:
 *
 * - title: the first block, when it is a heading or a short line that is not a sentence;
 * - date: a line that is only a date (2026年11月30日, 2026-11-30, 2026.11.30, 2026/11/30,
 *   in brackets or not), else the first such date in the text that is not after today, else
 *   today;
 * - summary: the first paragraph, cut after the sentences that fit in MAX_SUMMARY_LENGTH.
 *
 * The title and a date line are taken out of the body: the page shows them from the front matter.
 */
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { isIsoDate } from '../../utils/calendar.ts';

/** A value read from the document, and where it came from, for the import's report. */
export interface Inferred {
	value: string;
	/** 取自… */
	from: string;
}

export interface InferredFrontMatter {
	title?: Inferred;
	date: Inferred;
	summary?: Inferred;
}

/** The longest first line read as a title. */
export const MAX_TITLE_LENGTH = 40;
/** A summary is one or two sentences for lists and feeds. */
export const MAX_SUMMARY_LENGTH = 120;

const DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-./])(\d{1,2})\4(\d{1,2})(?!\d))/gu;
const DATE_LINE = new RegExp(`^[（(]?${DATE.source}[）)]?$`, 'u');

const isBlock = (node: RootContent | undefined, pattern: RegExp): node is Element => node?.type === 'element' && pattern.test(node.tagName);

/** The ISO form of a date match, when it is a real date. */
function isoOf(match: RegExpExecArray): string | undefined {
	const [, year, month = match[5], day = match[6]] = match;
	const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return isIsoDate(iso) ? iso : undefined;
}

/** The first sentences of `text` that fit in `max` characters, or its first `max - 2` and an ellipsis. */
export function summaryOf(text: string, max = MAX_SUMMARY_LENGTH): string {
	if (text.length <= max) return text;
	const sentences = text.match(/[^。！？]+[。！？]?/gu) ?? [];
	let summary = '';
	for (const sentence of sentences) {
		if ((summary + sentence).length > max) break;
		summary += sentence;
	}
	return summary !== '' ? summary : `${text.slice(0, max - 2)}……`;
}

/** Reads the front matter from `tree`, and takes the title and the date line out of it. */
export function inferFrontMatter(tree: Root, today: string): InferredFrontMatter {
	const inferred: InferredFrontMatter = { date: { value: today, from: '文档中没有日期，用今天' } };

	const first = tree.children[0];
	const firstText = first ? toString(first).trim() : '';
	if (isBlock(first, /^h[1-6]$/) && firstText !== '') {
		inferred.title = { value: firstText, from: '取自文档的第一个标题' };
	} else if (
		isBlock(first, /^p$/) &&
		firstText !== '' &&
		firstText.length <= MAX_TITLE_LENGTH &&
		!/[。；！？]/u.test(firstText) &&
		!DATE_LINE.test(firstText)
	) {
		inferred.title = { value: firstText, from: '取自文档的第一行' };
	}
	if (inferred.title) tree.children.shift();

	const dateLine = tree.children.findIndex((node) => isBlock(node, /^p$/) && DATE_LINE.test(toString(node).trim()));
	const lineMatch = dateLine === -1 ? null : new RegExp(DATE.source, 'u').exec(toString(tree.children[dateLine] as Element));
	const lineDate = lineMatch ? isoOf(lineMatch) : undefined;
	if (lineMatch && lineDate) {
		inferred.date = { value: lineDate, from: `取自日期行“${lineMatch[0]}”` };
		tree.children.splice(dateLine, 1);
	} else {
		for (const match of toString(tree).matchAll(DATE)) {
			const iso = isoOf(match);
			if (iso !== undefined && iso <= today) {
				inferred.date = { value: iso, from: `取自正文中的“${match[0]}”` };
				break;
			}
		}
	}

	const paragraph = tree.children.find((node) => isBlock(node, /^p$/) && toString(node).trim() !== '');
	if (paragraph) inferred.summary = { value: summaryOf(toString(paragraph).trim()), from: '取自第一段' };
	return inferred;
}
