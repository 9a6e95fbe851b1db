/**
 * The most telling 对标 gap of a benchmark group, for the line under the home page's key figures:
 * of the comparisons with a gap in figures, the one where the gap now is largest against the
 * benchmark's value (Anju furthest behind, or furthest ahead). Comparisons in words, or without a
 * common or latest period, have no such figure and are passed over. Pure: the page passes the
 * comparisons (utils/comparison.ts works out each gap).
 */
import { gapNow, type ComparisonView } from './comparison.ts';

/** The comparison among `views` with the largest gap now relative to the benchmark's value; the first of equals; none without a gap in figures. */
export function mostTellingGap(views: readonly ComparisonView[]): ComparisonView | undefined {
	let best: { view: ComparisonView; size: number } | undefined;
	for (const view of views) {
		const gap = view.gap && gapNow(view.gap);
		if (gap === undefined || !Number.isFinite(gap.percent)) continue;
		const size = Math.abs(gap.percent);
		if (best === undefined || size > best.size) best = { view, size };
	}
	return best?.view;
}
