/**
 * Charts for pages and downloads: an indicator's chart as inline-ready SVG and as PNG, each
 * rendered once per distinct content and renderer version (cache.ts). ANJU_NO_CHARTS=1
 * turns charts off (the benchmark compares build times with and without them).
 */
import { Chart } from 'chart.js';
import type { Indicator } from '../schemas/indicator.ts';
import { cached, cacheKey } from './cache.ts';
import { cleanSvg } from './clean-svg.ts';
import { readEnvironment } from '../config/environment.ts';
import { CHART_HEIGHT, CHART_WIDTH, drawChart } from './draw.ts';
import { renderPng } from './png.ts';
import { chartSpec, type ChartSpec } from './spec.ts';
import { comparisonChartSpec } from './comparison-spec.ts';
import type { ComparisonView } from '../utils/comparison.ts';

/** Bump when a change to the renderer changes its output, so cached charts are redrawn. */
const RENDERER_VERSION = `anju-chart-4 chart.js-${Chart.version}`;
/** The same for comparison charts, which add the second series, the level line and the legend. */
const COMPARISON_RENDERER_VERSION = `anju-comparison-1 ${RENDERER_VERSION}`;

export function chartsEnabled(): boolean {
	return !readEnvironment().ANJU_NO_CHARTS;
}

/** Whether an indicator gets a chart: charts are on and there is at least one value. */
export function hasChart(indicator: Indicator): boolean {
	return chartsEnabled() && indicator.series.length > 0;
}

/** Draws `spec` to the finished SVG text, without the cache. */
export function renderSvg(spec: ChartSpec): string {
	return cleanSvg(drawChart(spec), {
		id: spec.id,
		title: spec.sample ? `${spec.title}（示例数据）` : spec.title,
		description: spec.summary,
		width: CHART_WIDTH,
		height: CHART_HEIGHT,
	});
}

/** The chart of indicator `slug`, as SVG text; `summary` is its accessible description. */
export function indicatorChartSvg(slug: string, indicator: Indicator, summary: string): string {
	const spec = chartSpec(slug, indicator, summary);
	return cached(cacheKey(RENDERER_VERSION, spec), 'svg', () => Buffer.from(renderSvg(spec))).toString('utf8');
}

/** The same chart as PNG. */
export function indicatorChartPng(slug: string, indicator: Indicator, summary: string): Buffer {
	const spec = chartSpec(slug, indicator, summary);
	return cached(cacheKey(RENDERER_VERSION, spec), 'png', () => renderPng(indicatorChartSvg(slug, indicator, summary)));
}

/** Whether a comparison gets a chart: charts are on and both sides have a value (a comparison in words has none). */
export function hasComparisonChart(view: ComparisonView): boolean {
	return chartsEnabled() && view.benchmarkSeries.length > 0 && view.anjuSeries.length > 0;
}

/** A comparison's chart as SVG text; `anjuPublisher` is the Anju indicator's publisher, printed in the chart. */
export function comparisonChartSvg(view: ComparisonView, anjuPublisher: string): string {
	const spec = comparisonChartSpec(view, anjuPublisher);
	return cached(cacheKey(COMPARISON_RENDERER_VERSION, spec), 'svg', () => Buffer.from(renderSvg(spec))).toString('utf8');
}

/** The same comparison chart as PNG. */
export function comparisonChartPng(view: ComparisonView, anjuPublisher: string): Buffer {
	const spec = comparisonChartSpec(view, anjuPublisher);
	return cached(cacheKey(COMPARISON_RENDERER_VERSION, spec), 'png', () => renderPng(comparisonChartSvg(view, anjuPublisher)));
}
