/** The picture a shared page shows: its first chart when it has one (issue 5), else its generated card. */
import { chartsEnabled, hasChart } from '../charts/enabled.ts';
import { chartPath, SECTIONS } from '../site-map.ts';
import { ogCardPath } from '../utils/og-card.ts';
import type { IndicatorEntry } from './content.ts';

export interface ShareImage {
	/** Site path, without the base. */
	path: string;
	alt: string;
	width?: number;
	height?: number;
}

/**
 * The first of `indicators` that has a chart, as `/charts/<slug>.png`; undefined when none has.
 * With charts off (the bench's comparison run) such a page shares its section's card instead, so
 * that run draws one card per section, not one per page: otherwise it would draw more pictures
 * than the run with charts.
 */
export function chartShareImage(indicators: readonly IndicatorEntry[], section: 'indicators' | 'initiatives'): ShareImage | undefined {
	if (!chartsEnabled() && indicators.length > 0) return { path: ogCardPath(`${section}/`), alt: SECTIONS[section].name };
	const entry = indicators.find((candidate) => hasChart(candidate.data));
	return entry && { path: chartPath(entry.id, 'png'), alt: `${entry.data.title}的图表` };
}
