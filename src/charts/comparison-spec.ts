/**
 * What a comparison chart shows (对标差距): Anju's series and a benchmark region's, on one axis
 * of periods, in the Anju indicator's unit. A benchmark with one figure is a labelled level line
 * instead of a one-point series. Pure data, like spec.ts, so it can be tested and hashed.
 */
import type { ComparisonView } from '../utils/comparison.ts';
import { formatPeriod, formatValue } from '../utils/format.ts';
import { parsePeriod } from '../utils/period.ts';
import type { ChartLayoutName } from './layout.ts';
import { axisLabels, labelStep, MAX_AXIS_PERIODS, periodRange, type ChartSpec } from './spec.ts';

/** Both sides' periods in time order, with the years between filled in when both share one frequency. */
export function comparisonPeriods(view: Pick<ComparisonView, 'anjuSeries' | 'benchmarkSeries'>): string[] {
	const own = [...new Set([...view.anjuSeries, ...view.benchmarkSeries].map((point) => point.period))];
	const parsed = own.map((text) => parsePeriod(text)).filter((period) => period !== undefined);
	const frequency = parsed[0]?.frequency;
	const byTime = (a: string, b: string) => (parsePeriod(a)?.lastMonth ?? 0) - (parsePeriod(b)?.lastMonth ?? 0);
	if (frequency === undefined || parsed.length !== own.length || parsed.some((period) => period.frequency !== frequency)) return own.sort(byTime);
	const months = parsed.map((period) => period.lastMonth);
	const filled = periodRange(Math.min(...months), Math.max(...months), frequency);
	return filled.length <= MAX_AXIS_PERIODS ? filled : own.sort(byTime);
}

/**
 * The chart of one comparison; `anjuPublisher` is who publishes the Anju indicator, printed in
 * the chart beside the benchmark's sources.
 */
export function comparisonChartSpec(view: ComparisonView, anjuPublisher: string, layout: ChartLayoutName = 'wide'): ChartSpec {
	const periods = comparisonPeriods(view);
	const unit = view.indicator.unit;
	const axisValues = [...view.anjuSeries, ...view.benchmarkSeries].map((point) => point.value);
	const valuesOf = (series: readonly { period: string; value: number }[]) => {
		const byPeriod = new Map(series.map((point) => [point.period, point.value]));
		return periods.map((period) => byPeriod.get(period) ?? null);
	};
	const anjuLast = view.anjuSeries.at(-1);
	const benchmarkLast = view.benchmarkSeries.at(-1);
	// A benchmark's figure as its source writes it: no decimals added, with its 近 or 超过.
	const asWritten = (point: (typeof view.benchmarkSeries)[number]) => `${point.qualifier ?? ''}${formatValue(point.value, view.indicator.unit)}`;
	const latestOf = (point: { period: string } | undefined, label: string) => point && { index: periods.indexOf(point.period), label };
	const onePoint = view.benchmarkSeries.length === 1 && benchmarkLast !== undefined;
	const levelName = benchmarkLast && `${view.benchmark.name}${formatPeriod(benchmarkLast.period)}水平`;
	const publishers = [...new Set(view.benchmarkSeries.map((point) => point.source.publisher))];
	return {
		id: view.id,
		layout,
		kind: 'line',
		title: `安居区与${view.benchmark.name}：${view.indicator.title}`,
		unitLine: `单位：${view.indicator.unit}`,
		summary: view.summary,
		sample: view.sample.anju || view.sample.benchmark,
		source: [`安居区数据来源：${anjuPublisher}`, `${view.benchmark.name}数据来源：${publishers.join('、')}`],
		periods,
		labels: axisLabels(periods, labelStep({ periods, layout, kind: 'line', unit }, axisValues)),
		values: valuesOf(view.anjuSeries),
		latest: anjuLast && latestOf(anjuLast, formatValue(anjuLast.value, view.indicator.unit, view.indicator.decimals)),
		baseline: undefined,
		target: undefined,
		unit,
		decimals: view.indicator.decimals,
		...(onePoint
			? {
					level: {
						value: benchmarkLast.value,
						label: `${levelName} ${asWritten(benchmarkLast)}`,
						index: periods.indexOf(benchmarkLast.period),
					},
				}
			: { second: { values: valuesOf(view.benchmarkSeries), latest: benchmarkLast && latestOf(benchmarkLast, asWritten(benchmarkLast)) } }),
		legend: [
			{ label: '安居区', mark: 'series' },
			onePoint ? { label: levelName ?? view.benchmark.name, mark: 'level' } : { label: view.benchmark.name, mark: 'second' },
		],
	};
}
