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
 * The name `wanted` most likely stands for: the shortest name it abbreviates (each of its characters
 * in order, as 区发改局 is to 区发展和改革局), else one a slip of the keyboard away (a third of its
 * characters, at least one). Stricter than `nearest` with `typo`: two edits turn 区教育局 into 区水利局.
 */
export function nearestName(wanted: string, names: readonly string[]): string | undefined {
	const abbreviated = names.filter((name) => name !== wanted && abbreviates(wanted, name)).sort((a, b) => a.length - b.length)[0];
	if (abbreviated !== undefined) return abbreviated;
	if (names.length === 0) return undefined;
	const found = closest(wanted, names);
	return distance(wanted, found) <= Math.max(1, Math.floor([...wanted].length / 3)) ? found : undefined;
}

function abbreviates(short: string, name: string): boolean {
	const characters = [...name];
	let at = 0;
	for (const character of short) {
		at = characters.indexOf(character, at) + 1;
		if (at === 0) return false;
	}
	return [...short].length >= 2;
}

/**
 * `，是否应为“x”？` (or `，是否应为 "x"？` with ASCII quotes, for field names and slugs as YAML
 * writes them), or nothing without a suggestion.
 */
export function didYouMean(suggestion: string | undefined, quotes: 'chinese' | 'ascii' = 'chinese'): string {
	if (suggestion === undefined) return '';
	return quotes === 'chinese' ? `，是否应为“${suggestion}”？` : `，是否应为 "${suggestion}"？`;
}
