/**
 * Charts for pages and downloads: an indicator's or a comparison's chart as inline-ready SVG,
 * rendered once per distinct content, layout and renderer version (cache.ts, chart-key.ts); the
 * PNG downloads are drawn from the SVG downloads after the pages (scripts/build/chart-pngs.ts). Pages show the
 * wide and the narrow layout (layout.ts) and let CSS choose; downloads are the wide one. Pure
 * functions of their arguments and the disk cache, so they may run in worker threads.
 * Whether a chart exists at all is enabled.ts's to say.
 */
import type { Indicator } from '../schemas/indicator.ts';
import type { ComparisonView } from '../utils/comparison.ts';
import { cached } from './cache.ts';
import { keyedComparisonChart, keyedIndicatorChart, type KeyedChart } from './chart-key.ts';
import { cleanSvg } from './clean-svg.ts';
import { chartSize, drawChart } from './draw.ts';
import type { ChartLayoutName } from './layout.ts';
import type { ChartSpec } from './spec.ts';

/**
 * Draws `spec` to the finished SVG text, without the cache. The narrow layout's element ids end
 * in `_narrow` (slugs have no `_`), so both layouts of a chart can sit on one page.
 */
export function renderSvg(spec: ChartSpec): string {
	return cleanSvg(drawChart(spec), {
		id: spec.layout === 'wide' ? spec.id : `${spec.id}_${spec.layout}`,
		title: spec.sample ? `${spec.title}（示例数据）` : spec.title,
		description: spec.summary,
		...chartSize(spec),
	});
}

function cachedSvg({ spec, key }: KeyedChart): string {
	return cached(key, 'svg', () => Buffer.from(renderSvg(spec))).toString('utf8');
}

/** The chart of indicator `slug` in `layout`, as SVG text; `summary` is its accessible description. */
export function indicatorChartSvg(slug: string, indicator: Indicator, summary: string, layout: ChartLayoutName = 'wide'): string {
	return cachedSvg(keyedIndicatorChart(slug, indicator, summary, layout));
}

/** A comparison's chart in `layout` as SVG text; `anjuPublisher` is the Anju indicator's publisher, printed in the chart. */
export function comparisonChartSvg(view: ComparisonView, anjuPublisher: string, layout: ChartLayoutName = 'wide'): string {
	return cachedSvg(keyedComparisonChart(view, anjuPublisher, layout));
}
