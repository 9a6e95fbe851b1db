/**
 * `term`: a known wrong form of a fixed expression of content/terms.yaml (names of bodies,
 * campaigns, projects and places). An error: a serious misstatement fails a government site's
 * inspection.
 */
import type { Term } from '../../schemas/terms.ts';
import { findingOf, type TextFinding } from '../text-finding.ts';
import { defineRule } from './rule.ts';

function indexesOf(text: string, needle: string): number[] {
	const indexes: number[] = [];
	for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) indexes.push(index);
	return indexes;
}

export const term = defineRule({
	id: 'term',
	severity: 'error',
	title: '错误表述',
	anchor: 'term错误表述',
	source: 'text',
	/** Each wrong form, unless it is part of the correct form right there. */
	check(text: string, terms: readonly Term[]): TextFinding[] {
		const found: TextFinding[] = [];
		for (const { correct, wrong, note } of terms) {
			const spans = indexesOf(text, correct).map((index) => [index, index + correct.length] as const);
			for (const form of wrong) {
				for (const index of indexesOf(text, form)) {
					if (spans.some(([start, end]) => start <= index && index + form.length <= end)) continue;
					found.push(findingOf(term, index, `“${form}”是错误表述，应为“${correct}”${note ? `；依据：${note}` : ''}（fixed expression: write ${correct}）`));
				}
			}
		}
		return found;
	},
});
