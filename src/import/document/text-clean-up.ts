/**
 * The character-level clean-up of text from Word, WPS or a WeChat or web-page paste: what
 * those programs leave behind that no reader sees but the site's typography rules trip over
 * (src/validation/prose.ts and the text rules). Each step is safe on its own: it only
 * rewrites what has one reading (a zero-width space, a `&nbsp;` written out, a half-width
 * comma between two Chinese characters). Anything that needs judgement is left for the
 * content check to explain. The same table tells paste-artefacts.ts what to look for.
 */

const HAN = /\p{Script=Han}/u;

/** What a step cleaned, for the import's report. */
export type TextCleanUp = 'invisible' | 'full-width-alphanumeric' | 'quotes' | 'punctuation';

export interface TextStep {
	kind: TextCleanUp;
	/** Global: every match is one thing cleaned. */
	pattern: RegExp;
	replace: (match: string, ...groups: string[]) => string;
}

/** Zero-width spaces and joiners, the byte-order mark and the soft hyphen: WeChat and web pages scatter them through copied text. */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** A non-breaking space written out as an entity, as pasted HTML leaves it. */
export const NBSP_ENTITY = /&(?:nbsp|#160|#x0*a0);/gi;
/** A non-breaking space (Word's Ctrl+Shift+Space, and every `&nbsp;` of a web page). */
export const NBSP = /\u00a0/g;
/** A pair of straight double quotes with Chinese inside: Chinese text quotes with “ ”. */
export const STRAIGHT_QUOTES = /"([^"\n]*\p{Script=Han}[^"\n]*)"/gu;

const FULL_WIDTH_OF: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

/** A space is kept between words of Latin text, and dropped between Chinese characters, where it is only spacing. */
function spaceBetween(before: string | undefined, after: string | undefined): string {
	return (before !== undefined && HAN.test(before)) || (after !== undefined && HAN.test(after)) ? '' : ' ';
}

/** The steps, in order: invisible characters go first, so the others see the characters next to each other. */
export const TEXT_STEPS: readonly TextStep[] = [
	{ kind: 'invisible', pattern: INVISIBLE, replace: () => '' },
	{ kind: 'invisible', pattern: NBSP_ENTITY, replace: () => '\u00a0' },
	{
		kind: 'invisible',
		pattern: /(.?)\u00a0+(?=(.?))/gsu,
		replace: (_match, before = '', after = '') => before + spaceBetween(before || undefined, after || undefined),
	},
	// GB/T 15835: digits and Latin letters are half-width; the full-width forms are a typing slip.
	{
		kind: 'full-width-alphanumeric',
		pattern: /[０-９Ａ-Ｚａ-ｚ]/g,
		replace: (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0),
	},
	{ kind: 'quotes', pattern: STRAIGHT_QUOTES, replace: (_match, inner = '') => `“${inner}”` },
	// GB/T 15834: a half-width mark with Chinese on both sides is one an input method left in English mode.
	{
		kind: 'punctuation',
		pattern: /(?<=\p{Script=Han})[,;:!?](?=\p{Script=Han})/gu,
		replace: (mark) => FULL_WIDTH_OF[mark] ?? mark,
	},
	{ kind: 'punctuation', pattern: /\(([^()\n]*\p{Script=Han}[^()\n]*)\)/gu, replace: (_match, inner = '') => `（${inner}）` },
];

/**
 * `text` with every step applied.
 * @param cleaned called once for each thing cleaned, with its kind
 */
export function cleanText(text: string, cleaned: (kind: TextCleanUp) => void = () => {}): string {
	return TEXT_STEPS.reduce(
		(current, step) =>
			current.replace(step.pattern, (match: string, ...rest: unknown[]) => {
				// The arguments after the groups start with the match's offset, the first number.
				const groups = rest.slice(
					0,
					rest.findIndex((value) => typeof value === 'number'),
				) as string[];
				const replacement = step.replace(match, ...groups);
				if (replacement !== match) cleaned(step.kind);
				return replacement;
			}),
		text,
	);
}

/** Spaces, full-width spaces (used as 首行缩进) and non-breaking spaces at the start of a paragraph. */
export const INDENTATION = /^[\s\u3000\u00a0]+/;

/** True when `text` has nothing a reader would see. */
export function isBlank(text: string): boolean {
	return text.replace(INVISIBLE, '').replace(NBSP_ENTITY, '').trim() === '';
}
