/**
 * What text pasted from WeChat, a web page or Word leaves in the web editor's Markdown, found
 * rather than cleaned: the editor's Markdown widget cannot be hooked without JavaScript, so the
 * content check explains each one instead. The characters are the ones the Word import cleans
 * (text-clean-up.ts); the punctuation and full-width digits it also cleans already have rules
 * of their own (punctuation, full-width-alphanumeric).
 */
import { INVISIBLE, NBSP, NBSP_ENTITY, STRAIGHT_QUOTES } from './text-clean-up.ts';

export type PasteArtefact = 'invisible' | 'nbsp-entity' | 'nbsp' | 'indentation' | 'straight-quotes';

export interface PasteFinding {
	/** 1-based line of the text. */
	line: number;
	/** 1-based column, in UTF-16 code units as the other text rules count. */
	column: number;
	/** Index in the text (UTF-16 code units), as the content check's text rules report it. */
	index: number;
	kind: PasteArtefact;
	/** What it is and what to do, in Chinese with the English in parentheses. */
	message: string;
}

/** Full-width spaces, or non-breaking ones, at the start of a line: Word's 首行缩进 typed as spaces. */
const INDENTATION = /^[\u3000\u00a0]+/gm;

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Each artefact: where it is, and the explanation for one match. */
const ARTEFACTS: readonly { kind: PasteArtefact; pattern: RegExp; explain: (match: string) => string }[] = [
	{
		kind: 'invisible',
		pattern: INVISIBLE,
		explain: (match) => `这里有一个看不见的字符（${codePoint(match)}，零宽空格一类），多见于从微信或网页复制的文字，请删除（invisible character）`,
	},
	{
		kind: 'nbsp-entity',
		pattern: NBSP_ENTITY,
		explain: (match) => `“${match}”是从网页复制来的空格代码，中文之间请删除，其他地方改为普通空格（non-breaking space entity）`,
	},
	{
		kind: 'indentation',
		pattern: INDENTATION,
		explain: () => '行首的全角空格是 Word 或 WPS 的首行缩进，网页会自动排版段落，请删除（full-width space indentation）',
	},
	{
		kind: 'nbsp',
		pattern: NBSP,
		explain: () => '这里有一个不换行空格（U+00A0），多见于从 Word 或网页复制的文字；中文之间请删除，其他地方改为普通空格（non-breaking space）',
	},
	{
		kind: 'straight-quotes',
		pattern: STRAIGHT_QUOTES,
		explain: (match) => `中文里的直引号 ${match} 应改为中文引号“${match.slice(1, -1)}”（use Chinese quotation marks）`,
	},
];

/** Every paste artefact in `text`, in reading order; a non-breaking space that is indentation is reported once, as indentation. */
export function pasteArtefacts(text: string): PasteFinding[] {
	const lineStarts = [0];
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
	const placeOf = (index: number) => {
		const line = lineStarts.findLastIndex((start) => start <= index);
		return { line: line + 1, column: index - (lineStarts[line] ?? 0) + 1 };
	};

	const found: (PasteFinding & { index: number; end: number })[] = [];
	for (const { kind, pattern, explain } of ARTEFACTS) {
		for (const match of text.matchAll(pattern)) {
			const end = match.index + match[0].length;
			if (found.some((other) => other.kind === 'indentation' && match.index >= other.index && match.index < other.end)) continue;
			found.push({ ...placeOf(match.index), kind, message: explain(match[0]), index: match.index, end });
		}
	}
	return found.sort((a, b) => a.index - b.index).map(({ line, column, index, kind, message }) => ({ line, column, index, kind, message }));
}
