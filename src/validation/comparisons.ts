/**
 * The benchmarks' comparisons (对标比较), each with the Anju indicator it is set against: what
 * the rules comparison-unit, comparison-period and comparison-direction hold together. A
 * comparison whose indicator did not load is left out: the `reference` rule reports a missing
 * one, and an indicator with mistakes of its own has its own problems.
 */
import type { Comparison } from '../schemas/comparison.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { fieldPlace, type LoadedEntry } from './check-references.ts';
import { formatFieldPath } from './problem.ts';
import type { ProblemFacts } from './rules/rule.ts';

/** One comparison of a benchmark's file, with the indicator it names. */
export interface ComparedIndicator {
	/** The benchmark's file. */
	benchmark: LoadedEntry;
	/** The comparison's place in the file: `comparisons[index]`. */
	index: number;
	comparison: Comparison;
	/** The indicator's slug, as the comparison names it. */
	slug: string;
	indicator: Indicator;
}

/** Every comparison of the loaded benchmarks whose indicator loaded too, in file order. */
export function comparedIndicators(entries: readonly LoadedEntry[]): ComparedIndicator[] {
	const indicators = new Map(entries.filter((entry) => entry.collection === 'indicators').map((entry) => [entry.slug, entry.data as unknown as Indicator]));
	return entries
		.filter((entry) => entry.collection === 'benchmarks')
		.flatMap((benchmark) =>
			((benchmark.data['comparisons'] ?? []) as Comparison[]).flatMap((comparison, index) => {
				const indicator = indicators.get(comparison.indicator);
				return indicator ? [{ benchmark, index, comparison, slug: comparison.indicator, indicator }] : [];
			}),
		);
}

/** The indicator as messages name it: 安居区指标“title”（slug）. */
export function indicatorName({ indicator, slug }: ComparedIndicator): string {
	return `安居区指标“${indicator.title}”（${slug}）`;
}

/** A problem's facts at a field of the comparison, e.g. `['series', 1, 'period']` for `comparisons[0].series[1].period`. */
export function factsAt(compared: ComparedIndicator, at: readonly PropertyKey[], message: string): ProblemFacts {
	const path = ['comparisons', compared.index, ...at];
	return { file: compared.benchmark.file, field: formatFieldPath(path), message, ...fieldPlace(compared.benchmark, path) };
}
