/**
 * What a chart shows, worked out from an indicator: the x-axis periods and their labels,
 * the values, the latest value, and where the baseline and target sit. Pure data, no
 * drawing, so it can be tested and hashed for the chart cache.
 */
import type { Indicator } from '../schemas/indicator.ts';
import { formatFigure, formatMonth, formatPeriod, formatValue } from '../utils/format.ts';
import { parsePeriod, type Frequency } from '../utils/period.ts';
import { CHART_LAYOUTS, type ChartLayoutName } from './layout.ts';
import { textWidth } from './measure.ts';

/** A reference value (baseline or target) as drawn. */
export interface ChartReference {
	value: number;
	/** Label drawn next to the line or marker, e.g. `目标 50公里（2027年）`. */
	label: string;
	/** Position on the x-axis, when the reference period is one of the axis periods. */
	index: number | undefined;
}

export interface ChartSpec {
	/** The indicator slug, used for element ids. */
	id: string;
	/** Which of the layouts (layout.ts) it is drawn in. */
	layout: ChartLayoutName;
	kind: 'line' | 'bar';
	title: string;
	/** Second line under the title, e.g. `单位：公里`. */
	unitLine: string;
	/** Plain-language summary: the chart's description for assistive technology. */
	summary: string;
	sample: boolean;
	/** Source and update month, printed inside the chart so they travel with a downloaded image. */
	source: string[];
	/** Periods on the x-axis, as written in the data (`2024`, `2024-Q3`, `2024-07`). */
	periods: string[];
	/** Axis labels, one or two lines each (the year is shown where it changes); none (`[]`) for periods left unlabelled to fit. */
	labels: string[][];
	/** The value for each axis period; null where there is none. */
	values: (number | null)[];
	/** Axis position and display text of the latest value. */
	latest: { index: number; label: string } | undefined;
	baseline: ChartReference | undefined;
	target: ChartReference | undefined;
	/** Unit and decimals for the y-axis tick labels. */
	unit: string;
	decimals: number | undefined;
	/** A second series drawn against the first (a benchmark region's figures): dashed, square markers. */
	second?: ChartSecondSeries;
	/** A labelled horizontal line at another region's level, e.g. `浙江省安吉县2020年水平 35699元`. */
	level?: ChartReference;
	/** Legend entries in words, under the axis, so the series are told apart without colour. */
	legend?: ChartLegendItem[];
}

/** The second series of a comparison chart. */
export interface ChartSecondSeries {
	/** The value for each axis period; null where there is none. */
	values: (number | null)[];
	/** Axis position and display text of its latest value. */
	latest: { index: number; label: string } | undefined;
}

/** One legend entry: its words and the line it stands for. */
export interface ChartLegendItem {
	label: string;
	/** The main series (solid, round markers), the second series (dashed, square markers) or the level line (dashed). */
	mark: 'series' | 'second' | 'level';
}

/** Beyond this many axis periods the axis is not stretched to reach the baseline or target. */
export const MAX_AXIS_PERIODS = 40;

const QUARTER_NAMES = ['一季度', '二季度', '三季度', '四季度'];

/** The period of `frequency` that contains month `month` (counted as in parsePeriod). */
export function periodContaining(month: number, frequency: Frequency): string {
	const year = Math.floor(month / 12);
	const monthOfYear = month - year * 12;
	if (frequency === 'annual') return String(year);
	if (frequency === 'quarterly') return `${year}-Q${Math.floor(monthOfYear / 3) + 1}`;
	return `${year}-${String(monthOfYear + 1).padStart(2, '0')}`;
}

/** Every period of `frequency` from the one containing `fromMonth` to the one containing `toMonth`. */
export function periodRange(fromMonth: number, toMonth: number, frequency: Frequency): string[] {
	const step = frequency === 'annual' ? 12 : frequency === 'quarterly' ? 3 : 1;
	const first = parsePeriod(periodContaining(fromMonth, frequency));
	if (!first) return [];
	const periods: string[] = [];
	for (let month = first.firstMonth; month <= toMonth; month += step) periods.push(periodContaining(month, frequency));
	return periods;
}

/**
 * Axis labels for every `every`-th period from the first: a year alone for annual data; quarter or
 * month with the year where it changes from the previous label. The others get none (`[]`).
 */
export function axisLabels(periods: readonly string[], every = 1): string[][] {
	let previousYear: number | undefined;
	return periods.map((text, index) => {
		if (index % every !== 0) return [];
		const period = parsePeriod(text);
		if (!period) return [text];
		const showYear = period.year !== previousYear;
		previousYear = period.year;
		if (period.frequency === 'annual') return [`${period.year}年`];
		const part = period.frequency === 'quarterly' ? (QUARTER_NAMES[period.part - 1] ?? '') : `${period.part}月`;
		return showYear ? [part, `${period.year}年`] : [part];
	});
}

/** What a chart's width holds besides the plot: the y-axis's padding beside its labels, and the plot's right padding. */
const Y_AXIS_PADDING = 14;
const PLOT_PADDING = 6;
/** Space kept between neighbouring axis labels. */
const LABEL_GAP = 6;

/**
 * Every how many periods an axis label fits in `layout`'s width, given the values the y-axis
 * spans: for quarters and months a step that divides the year, so the same quarters or months
 * are labelled every year.
 */
export function labelStep(spec: Pick<ChartSpec, 'periods' | 'layout' | 'kind' | 'unit'>, axisValues: readonly number[]): number {
	const { width, font } = CHART_LAYOUTS[spec.layout];
	const widthOf = (text: string) => textWidth(text, font.text);
	const widest = Math.max(0, ...axisLabels(spec.periods).flatMap((lines) => lines.map(widthOf)));
	const yAxis = Math.max(0, ...axisValues.map((value) => widthOf(tickLabel(spec, value)))) + Y_AXIS_PADDING;
	// Bars sit in the middle of equal slots; a line's points run from edge to edge.
	const gaps = spec.kind === 'bar' ? spec.periods.length : Math.max(1, spec.periods.length - 1);
	const needed = Math.ceil((widest + LABEL_GAP) / ((width - yAxis - PLOT_PADDING) / gaps));
	const perYear = { annual: 1, quarterly: 4, monthly: 12 }[parsePeriod(spec.periods[0] ?? '')?.frequency ?? 'annual'];
	const steps = [1, 2, 3, 4, 6, 12].filter((step) => perYear % step === 0);
	return needed <= 1 ? 1 : (steps.find((step) => step >= needed) ?? Math.ceil(needed / perYear) * perYear);
}

/**
 * The axis: the series' periods, stretched back to the baseline and on to the target when
 * they fall outside, so both can be marked where they belong in time.
 */
export function axisPeriods(indicator: Indicator): string[] {
	const months = [indicator.series[0]?.period, indicator.series.at(-1)?.period, indicator.baseline?.period, indicator.target?.period]
		.map((text) => (text === undefined ? undefined : parsePeriod(text)))
		.filter((period) => period !== undefined);
	const own = indicator.series.map((observation) => observation.period);
	if (months.length === 0) return own;
	const stretched = periodRange(
		Math.min(...months.map((period) => period.lastMonth)),
		Math.max(...months.map((period) => period.lastMonth)),
		indicator.frequency,
	);
	const inOrder = [...new Set([...stretched, ...own])].sort();
	return inOrder.length <= MAX_AXIS_PERIODS ? inOrder : own;
}

/** Where on the axis a reference period falls: the axis period ending in the same month. */
function indexOf(periods: readonly string[], text: string): number | undefined {
	const month = parsePeriod(text)?.lastMonth;
	const index = periods.findIndex((period) => parsePeriod(period)?.lastMonth === month);
	return index === -1 ? undefined : index;
}

export function chartSpec(id: string, indicator: Indicator, summary: string, layout: ChartLayoutName = 'wide'): ChartSpec {
	const periods = axisPeriods(indicator);
	const byPeriod = new Map(indicator.series.map((observation) => [observation.period, observation.value]));
	const show = (value: number) => formatValue(value, indicator.unit, indicator.decimals);
	const last = indicator.series.at(-1);
	const reference = (name: string, point: { period: string; value: number } | undefined): ChartReference | undefined =>
		point && {
			value: point.value,
			label: `${name} ${show(point.value)}（${formatPeriod(point.period)}）`,
			index: indexOf(periods, point.period),
		};
	const values = periods.map((period) => byPeriod.get(period) ?? null);
	const kind = indicator.chart ?? 'line';
	const references = [indicator.baseline?.value, indicator.target?.value].filter((value) => value !== undefined);
	return {
		id,
		layout,
		kind,
		title: indicator.title,
		unitLine: `单位：${indicator.unit}`,
		summary,
		sample: indicator.sample,
		source: [`数据来源：${indicator.source.publisher}`, `更新于 ${formatMonth(indicator.updated)}`],
		periods,
		labels: axisLabels(periods, labelStep({ periods, layout, kind, unit: indicator.unit }, [...values.filter((v) => v !== null), ...references])),
		values,
		latest: last && { index: periods.indexOf(last.period), label: show(last.value) },
		baseline: reference('基期', indicator.baseline),
		target: reference('目标', indicator.target),
		unit: indicator.unit,
		decimals: indicator.decimals,
	};
}

/** A y-axis tick: the figure without the unit (the unit is in the title block). */
export function tickLabel(spec: Pick<ChartSpec, 'unit'>, value: number): string {
	return formatFigure(value, spec.unit);
}
