/**
 * The text step: the rules of the wording (GB/T 15834 punctuation, GB/T 15835 numbers, the
 * fixed expressions of content/terms.yaml) over one piece of prose: a paragraph, a heading or
 * a YAML string. Each finding carries its index in the text, so callers can map it back to a
 * line and column in the file.
 */
import type { Term } from '../schemas/terms.ts';
import { abbreviatedYear } from './rules/abbreviated-year.ts';
import { fullWidthAlphanumeric } from './rules/full-width-alphanumeric.ts';
import { mojibake } from './rules/mojibake.ts';
import { pasteArtefact } from './rules/paste-artefact.ts';
import { punctuation } from './rules/punctuation.ts';
import { term } from './rules/term.ts';
import { traditionalChinese } from './rules/traditional-chinese.ts';
import { unbalancedPair } from './rules/unbalanced-pair.ts';
import type { TextFinding, TextRule } from './text-finding.ts';

/**
 * URLs, e-mail addresses and HTML entities (`&nbsp;`, pasted from web pages: paste-artefact names them) are not prose: blanked out (same length, so indexes hold). An address
 * starts only where a word does (the lookbehind): otherwise a long word is retried from every
 * character, which takes minutes on one long line.
 */
const NOT_PROSE = /\b(?:https?:\/\/|www\.)[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|&(?:[a-zA-Z]+|#\d+);/gu;

export function maskNonProse(text: string): string {
	return text.replace(NOT_PROSE, (match) => ' '.repeat(match.length));
}

/** The rules of the wording; findings at the same index are listed in this order. */
const TEXT_RULES: readonly TextRule[] = [punctuation, fullWidthAlphanumeric, abbreviatedYear, unbalancedPair, traditionalChinese, mojibake, term];

/** Every rule of the wording over one piece of prose, in text order; what a paste left behind is looked for in the text as written. */
export function lintChinese(text: string, terms: readonly Term[] = []): TextFinding[] {
	const prose = maskNonProse(text);
	return [...TEXT_RULES.flatMap((rule) => rule.check(prose, terms)), ...pasteArtefact.check(text)].sort((a, b) => a.index - b.index);
}
