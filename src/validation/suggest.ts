/**
 * “Did you mean”: the name nearest to one that was not found (fewest edits, fastest-levenshtein),
 * and the clause that offers it in a message.
 */
import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `wanted`, or undefined when there is none. With `typo`, only one
 * near enough to be a misspelling of it: two edits away, or a third of `wanted` if that is more.
 */
export function nearest(wanted: string, candidates: readonly string[], { typo = false } = {}): string | undefined {
	if (candidates.length === 0) return undefined;
	const found = closest(wanted, candidates);
	return !typo || distance(wanted, found) <= Math.max(2, Math.floor(wanted.length / 3)) ? found : undefined;
}

/**
 * `，是否应为“x”？` (or `，是否应为 "x"？` with ASCII quotes, for field names and slugs as YAML
 * writes them), or nothing without a suggestion.
 */
export function didYouMean(suggestion: string | undefined, quotes: 'chinese' | 'ascii' = 'chinese'): string {
	if (suggestion === undefined) return '';
	return quotes === 'chinese' ? `，是否应为“${suggestion}”？` : `，是否应为 "${suggestion}"？`;
}
