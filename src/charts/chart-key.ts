/**
 * What a chart shows (its spec) and its key in the chart cache (cache.ts): the spec hashed with
 * the renderer's version. Light to load, without the drawing code, so that the build can tell
 * which charts are drawn already before it starts a worker (scripts/build/draw-charts.ts).
 */
import { Chart } from 'chart.js';
import type { Indicator } from '../schemas/indicator.ts';
import type { ComparisonView } from '../utils/comparison.ts';
import { cacheKey } from './cache.ts';
import { comparisonChartSpec } from './comparison-spec.ts';
import type { ChartLayoutName } from './layout.ts';
import { chartSpec, type ChartSpec } from './spec.ts';

/** Bump when a change to the renderer changes its output, so cached charts are redrawn. */
const RENDERER_VERSION = `anju-chart-8 chart.js-${Chart.version}`;
/** The same for comparison charts, which add the second series, the level line and the legend. */
const COMPARISON_RENDERER_VERSION = `anju-comparison-1 ${RENDERER_VERSION}`;

export interface KeyedChart {
	spec: ChartSpec;
	key: string;
}

/** The chart of indicator `slug` in `layout`; `summary` is its accessible description. */
export function keyedIndicatorChart(slug: string, indicator: Indicator, summary: string, layout: ChartLayoutName): KeyedChart {
	const spec = chartSpec(slug, indicator, summary, layout);
	return { spec, key: cacheKey(RENDERER_VERSION, spec) };
}

/** A comparison's chart in `layout`; `anjuPublisher` is the Anju indicator's publisher, printed in the chart. */
export function keyedComparisonChart(view: ComparisonView, anjuPublisher: string, layout: ChartLayoutName): KeyedChart {
	const spec = comparisonChartSpec(view, anjuPublisher, layout);
	return { spec, key: cacheKey(COMPARISON_RENDERER_VERSION, spec) };
}

/** Bump when a change to the PNG rendering (png.ts) changes its output, so cached PNGs are redrawn. */
const PNG_VERSION = 'anju-png-1';

/** The cache key of the PNG drawn from the chart SVG `svg`. */
export function chartPngKey(svg: string): string {
	return cacheKey(PNG_VERSION, svg);
}
