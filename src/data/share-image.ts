/** The picture a shared page shows: its first chart when it has one (issue 5), else its generated card. */
import { hasChart } from '../charts/index.ts';
import { chartPath } from '../site-map.ts';
import type { IndicatorEntry } from './content.ts';

export interface ShareImage {
	/** Site path, without the base. */
	path: string;
	alt: string;
	width?: number;
	height?: number;
}

/** The first of `indicators` that has a chart, as `/charts/<slug>.png`; undefined when none has. */
export function chartShareImage(indicators: readonly IndicatorEntry[]): ShareImage | undefined {
	const entry = indicators.find((candidate) => hasChart(candidate.data));
	return entry && { path: chartPath(entry.id, 'png'), alt: `${entry.data.title}的图表` };
}
