/** The static paths of the chart files (`/charts/<slug>.svg` and `.png`): one per indicator with a chart. */
import { hasChart } from '../charts/index.ts';
import { getIndicators, type IndicatorEntry } from './content.ts';

export async function chartPaths(): Promise<{ params: { slug: string }; props: { entry: IndicatorEntry } }[]> {
	return (await getIndicators()).filter((entry) => hasChart(entry.data)).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
