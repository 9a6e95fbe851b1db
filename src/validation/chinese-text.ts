/**
 * Chinese text rules (GB/T 15834 punctuation, GB/T 15835 numbers) over one piece of
 * prose: a paragraph, a heading or a YAML string. Each finding carries its index in the
 * text, so callers can map it back to a line and column in the file.
 */
import * as OpenCC from 'opencc-js';
import type { Term } from '../schemas/terms.ts';

export interface TextFinding {
	/** Index in the text (UTF-16 code units) where the finding starts. */
	index: number;
	rule: string;
	severity: 'error' | 'warning';
	message: string;
}

const HAN = /\p{Script=Han}/u;
const isHan = (char: string | undefined) => char !== undefined && HAN.test(char);

/**
 * URLs and e-mail addresses are not prose: blanked out (same length, so indexes hold). An address
 * starts only where a word does (the lookbehind): otherwise a long word is retried from every
 * character, which takes minutes on one long line.
 */
const NOT_PROSE = /\b(?:https?:\/\/|www\.)[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

export function maskNonProse(text: string): string {
	return text.replace(NOT_PROSE, (match) => ' '.repeat(match.length));
}

const FULL_WIDTH_OF: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Half-width , . ; : ? ! ( ) written against Chinese text. */
function halfWidthPunctuation(text: string): TextFinding[] {
	const found: TextFinding[] = [];
	for (const match of text.matchAll(/[,.;:?!()]/g)) {
		const mark = match[0];
		const before = text[match.index - 1];
		const after = text[match.index + 1];
		// A ? between two Han characters, or a run of them, is more likely lost characters: see mojibake().
		if (mark === '?' && ((isHan(before) && isHan(after)) || before === '?' || after === '?')) continue;
		// A full stop needs Han before it and nothing, a space or Han after (not 3.5 or v1.2).
		const suspicious = mark === '.' ? isHan(before) && (after === undefined || /\s/.test(after) || isHan(after)) : isHan(before) || isHan(after);
		if (suspicious) {
			found.push({
				index: match.index,
				rule: 'punctuation',
				severity: 'warning',
				message: `中文里的半角标点“${mark}”应改为全角“${FULL_WIDTH_OF[mark]}”（use full-width punctuation in Chinese text）`,
			});
		}
	}
	return found;
}

/** １２３ and ＡＢＣ: full-width forms of ASCII digits and letters. */
function fullWidthAlphanumerics(text: string): TextFinding[] {
	return [...text.matchAll(/[０-９Ａ-Ｚａ-ｚ]+/g)].map((match) => ({
		index: match.index,
		rule: 'full-width-alphanumeric',
		severity: 'warning' as const,
		message: `全角数字或字母“${match[0]}”应改为半角“${match[0].replace(/./g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))}”（use half-width digits and letters）`,
	}));
}

/**
 * 21年底, 21年3月, 于21年, '21: a year written with two digits. A two-digit number before
 * 年 is usually a duration (连续13年, 13年来), so only date contexts count.
 */
const ABBREVIATED_YEAR =
	/(?<![\d.０-９])(\d{2})年(?=\d{1,2}月|[底初末度]|上半年|下半年|全年|第|[一二三四]季度)|(?<=(?:于|在|至|到|从|自|截至|截止)\s?)(\d{2})年|(?<![\w'’])['’](\d{2})(?!\d)/g;

function abbreviatedYears(text: string): TextFinding[] {
	return [...text.matchAll(ABBREVIATED_YEAR)].map((match) => {
		const digits = match[1] ?? match[2] ?? match[3] ?? '';
		return {
			index: match.index,
			rule: 'abbreviated-year',
			severity: 'warning' as const,
			message: `年份“${match[0]}”不能省略，应写全四位，如“20${digits}年”（write years in full, e.g. 20${digits}）`,
		};
	});
}

const PAIRS: Record<string, string> = { '《': '》', '“': '”', '（': '）' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/** 《》 “” （） that open without closing, or close without opening. */
function unbalancedPairs(text: string): TextFinding[] {
	const found: TextFinding[] = [];
	const open: { mark: string; index: number }[] = [];
	const problem = (index: number, message: string): TextFinding => ({ index, rule: 'unbalanced-pair', severity: 'warning', message });
	for (let index = 0; index < text.length; index++) {
		const char = text[index] as string;
		if (char in PAIRS) {
			open.push({ mark: char, index });
		} else if (CLOSERS.has(char)) {
			const opener = CLOSERS.get(char) as string;
			const at = open.findLastIndex((item) => item.mark === opener);
			if (at === -1) {
				found.push(problem(index, `右侧的 ${char} 前面缺少与之配对的 ${opener}（closing ${char} without an opening ${opener}）`));
			} else {
				open.splice(at);
			}
		}
	}
	for (const item of open) {
		found.push(problem(item.index, `左侧的 ${item.mark} 后面缺少与之配对的 ${PAIRS[item.mark]}（opening ${item.mark} without a closing ${PAIRS[item.mark]}）`));
	}
	return found.sort((a, b) => a.index - b.index);
}

let toSimplified: ((text: string) => string) | undefined;

/**
 * Traditional characters in Simplified text (繁简混用). OpenCC's Traditional → Simplified
 * (mainland) conversion leaves characters that are also Simplified (著, 乾, 余) alone,
 * so whatever it changes was Traditional.
 */
function traditionalCharacters(text: string): TextFinding[] {
	if (!/[\u3000-\u{10ffff}]/u.test(text)) return [];
	toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
	const converted = toSimplified(text);
	// Phrase conversions can change the length; then compare character by character.
	const simplified = converted.length === text.length ? converted : [...text].map((char) => toSimplified?.(char) ?? char).join('');
	const found: TextFinding[] = [];
	let start = -1;
	for (let index = 0; index <= text.length; index++) {
		const differs = index < text.length && text[index] !== simplified[index];
		if (differs && start === -1) start = index;
		if (!differs && start !== -1) {
			const written = text.slice(start, index);
			found.push({
				index: start,
				rule: 'traditional-chinese',
				severity: 'warning',
				message: `繁体字“${written}”混在简体文字中，应为“${simplified.slice(start, index)}”（Traditional characters in Simplified text）`,
			});
			start = -1;
		}
	}
	return found;
}

/** Mojibake: U+FFFD and 锟斤拷 are certain; a ? between Chinese characters is likely. */
function mojibake(text: string): TextFinding[] {
	const found: TextFinding[] = [];
	for (const match of text.matchAll(/\uFFFD+|(?:锟斤拷)+/g)) {
		found.push({
			index: match.index,
			rule: 'mojibake',
			severity: 'error',
			message: `出现乱码“${match[0]}”，原文在复制或转换编码时已损坏，请从原始文件重新复制（garbled text）`,
		});
	}
	for (const match of text.matchAll(/(?<=\p{Script=Han})\?+(?=\p{Script=Han})|(?<=\p{Script=Han})\?{2,}|\?{2,}(?=\p{Script=Han})/gu)) {
		found.push({
			index: match.index,
			rule: 'mojibake',
			severity: 'warning',
			message: `中文之间的“${match[0]}”可能是无法显示的字符（乱码）；如是问号，请改为全角“？”（possibly garbled text）`,
		});
	}
	return found;
}

/** A known wrong form of a fixed expression, unless it is part of the correct form right there. */
function wrongTerms(text: string, terms: readonly Term[]): TextFinding[] {
	const found: TextFinding[] = [];
	for (const term of terms) {
		const correct = indexesOf(text, term.correct).map((index) => [index, index + term.correct.length] as const);
		for (const wrong of term.wrong) {
			for (const index of indexesOf(text, wrong)) {
				if (correct.some(([start, end]) => start <= index && index + wrong.length <= end)) continue;
				found.push({
					index,
					rule: 'term',
					severity: 'error',
					message: `“${wrong}”是错误表述，应为“${term.correct}”${term.note ? `；依据：${term.note}` : ''}（fixed expression: write ${term.correct}）`,
				});
			}
		}
	}
	return found;
}

function indexesOf(text: string, needle: string): number[] {
	const indexes: number[] = [];
	for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) indexes.push(index);
	return indexes;
}

/** Every Chinese text rule over one piece of prose, in text order. */
export function lintChinese(text: string, terms: readonly Term[] = []): TextFinding[] {
	const prose = maskNonProse(text);
	return [
		...halfWidthPunctuation(prose),
		...fullWidthAlphanumerics(prose),
		...abbreviatedYears(prose),
		...unbalancedPairs(prose),
		...traditionalCharacters(prose),
		...mojibake(prose),
		...wrongTerms(prose, terms),
	].sort((a, b) => a.index - b.index);
}
