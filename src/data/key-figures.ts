/**
 * The home page's 关键指标: the indicators site.yaml chooses, in its order, as cards; and the
 * most telling 对标 gap of each benchmark group, for the line under them.
 */
import { BENCHMARK_GROUPS_SHOWN, type BenchmarkGroupInfo } from '../components/benchmark-groups.ts';
import type { ComparisonView } from '../utils/comparison.ts';
import { mostTellingGap } from '../utils/headline-gap.ts';
import { keyFigure, type KeyFigure } from '../utils/key-figure.ts';
import { getComparisons, getIndicatorsBySlug, getSite } from './content.ts';

/** The chosen indicators' cards, in site.yaml's order. */
export async function getKeyFigures(): Promise<KeyFigure[]> {
	const [site, indicators] = await Promise.all([getSite(), getIndicatorsBySlug()]);
	return (site.key_indicators ?? []).flatMap((slug) => {
		const indicator = indicators.get(slug);
		// The check refuses a slug with no file; `npm run dev` only warns, so the page leaves it out rather than fail.
		return indicator ? [keyFigure(slug, indicator)] : [];
	});
}

/** One benchmark group's most telling gap. */
export interface HeadlineGap {
	group: BenchmarkGroupInfo;
	view: ComparisonView;
}

/** Each benchmark group's most telling gap, in the order the benchmark pages show the groups; a group without a gap in figures is left out. */
export async function getHeadlineGaps(): Promise<HeadlineGap[]> {
	const comparisons = await getComparisons();
	return BENCHMARK_GROUPS_SHOWN.flatMap((group) => {
		const view = mostTellingGap(comparisons.filter((candidate) => candidate.benchmark.group === group.key));
		return view ? [{ group, view }] : [];
	});
}
