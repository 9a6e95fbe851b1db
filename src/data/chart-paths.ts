/** The static paths of the indicator chart files (`/charts/<slug>.svg` and `.png`): one per indicator with a chart. */
import { hasChart, hasComparisonChart } from '../charts/enabled.ts';
import type { ComparisonView } from '../utils/comparison.ts';
import { getComparisons, getIndicators, getIndicatorsBySlug, type IndicatorEntry } from './content.ts';

export async function chartPaths(): Promise<{ params: { slug: string }; props: { entry: IndicatorEntry } }[]> {
	return (await getIndicators()).filter((entry) => hasChart(entry.data)).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** The static paths of the comparison charts (`/charts/comparisons/<id>.svg` and `.png`): one per comparison with a chart. */
export async function comparisonChartPaths(): Promise<{ params: { id: string }; props: { view: ComparisonView; publisher: string } }[]> {
	const [comparisons, indicators] = await Promise.all([getComparisons(), getIndicatorsBySlug()]);
	return comparisons
		.filter((view) => hasComparisonChart(view))
		.map((view) => ({ params: { id: view.id }, props: { view, publisher: indicators.get(view.indicator.slug)?.source.publisher ?? '' } }));
}
