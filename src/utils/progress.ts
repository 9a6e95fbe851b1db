/**
 * Progress of an indicator, computed the same way on every page, chart, download and check.
 * The method and its thresholds are published on the about page (PROGRESS_METHOD), before
 * any indicator is judged by them.
 *
 * - Progress to target = (latest − baseline) ÷ (target − baseline). The baseline is the
 *   indicator's `baseline`, or its first value when none is given.
 * - 序时进度 (expected progress, the term county bulletins use) = the share of the time from the
 *   baseline period to the target period that has passed by the latest period (by months, 0 to
 *   100%). Work is judged 超序时进度, 达到序时进度 or 未达到序时进度 against it.
 * - 当期 (`measure: period`) values are never summed: the target of a 当期 indicator is the
 *   value to reach in one period (e.g. the year's revenue), compared with the latest
 *   period's value like any level. 累计 values are already running totals; 时点 and 比率
 *   values are levels.
 */
import type { Indicator } from '../schemas/indicator.ts';
import { formatPeriod, formatValue } from './format.ts';
import { parsePeriod } from './period.ts';

export const EVALUATIONS = ['ahead', 'on_track', 'behind', 'regressing', 'no_target', 'no_data'] as const;
export type Evaluation = (typeof EVALUATIONS)[number];

export interface EvaluationInfo {
	code: Evaluation;
	/** Public label, in the words of county bulletins: 超序时进度, 达到序时进度, 未达到序时进度, 退步, 无目标, 暂无数据. */
	label: string;
	/** A text symbol read with the label; never colour alone. */
	symbol: string;
	/** The published criterion. */
	definition: string;
	/** Colour family for CSS (`status-<tone>`), as for initiative statuses. */
	tone: 'good' | 'warn' | 'bad' | 'neutral' | 'muted';
}

/** How far ahead of or behind 序时进度 progress may be and still count as 达到序时进度. */
export const ON_TRACK_MARGIN = 0.1;

export const EVALUATION_INFO: Record<Evaluation, EvaluationInfo> = {
	ahead: {
		code: 'ahead',
		label: '超序时进度',
		symbol: '▲',
		tone: 'good',
		definition: `完成进度比序时进度快 ${ON_TRACK_MARGIN * 100} 个百分点以上，或在目标期之前已达到目标。`,
	},
	on_track: {
		code: 'on_track',
		label: '达到序时进度',
		symbol: '●',
		tone: 'good',
		definition: `完成进度与序时进度相差不超过 ${ON_TRACK_MARGIN * 100} 个百分点，或到目标期已达到目标。`,
	},
	behind: {
		code: 'behind',
		label: '未达到序时进度',
		symbol: '▼',
		tone: 'warn',
		definition: `完成进度比序时进度慢 ${ON_TRACK_MARGIN * 100} 个百分点以上。`,
	},
	regressing: {
		code: 'regressing',
		label: '退步',
		symbol: '✕',
		tone: 'bad',
		definition: '最新数值比基期更差（朝目标的反方向变化）。',
	},
	no_target: { code: 'no_target', label: '无目标', symbol: '–', tone: 'muted', definition: '尚未设定目标值，只公布数据和变化，不作评估。' },
	no_data: { code: 'no_data', label: '暂无数据', symbol: '…', tone: 'neutral', definition: '基期之后还没有公布数据，暂不评估。' },
};

export interface Observation {
	period: string;
	value: number;
}

export interface IndicatorProgress {
	/** The most recent value. */
	latest?: Observation;
	/** The value before it. */
	previous?: Observation;
	/** Latest minus previous; percent is relative to the previous value (absent when that is 0). */
	change?: { absolute: number; percent?: number };
	/** What progress is measured from: the baseline, or the first value. */
	start?: Observation;
	/** Share of the way from start to target achieved (1 = target reached; negative = moved away). */
	progress?: number;
	/** 序时进度: share of the time from the start period to the target period elapsed at the latest period, 0–1. */
	expected?: number;
	evaluation: Evaluation;
}

type ProgressInput = Pick<Indicator, 'series' | 'baseline' | 'target' | 'direction'>;

export function computeProgress(indicator: ProgressInput): IndicatorProgress {
	const { series, target } = indicator;
	const latest = pick(series.at(-1));
	const previous = pick(series.at(-2));
	const start = indicator.baseline ?? pick(series[0]);
	const change = latest && previous ? describeChange(latest.value, previous.value) : undefined;
	const known = { ...(latest && { latest }), ...(previous && { previous }), ...(change && { change }), ...(start && { start }) };

	if (!target) return { ...known, evaluation: latest ? 'no_target' : 'no_data' };
	const startMonth = start && parsePeriod(start.period)?.lastMonth;
	const latestMonth = latest && parsePeriod(latest.period)?.lastMonth;
	const targetMonth = parsePeriod(target.period)?.lastMonth;
	if (!start || !latest || startMonth === undefined || latestMonth === undefined || targetMonth === undefined || latestMonth <= startMonth) {
		return { ...known, evaluation: 'no_data' };
	}

	const expected = clamp((latestMonth - startMonth) / (targetMonth - startMonth), 0, 1);
	const progress = shareOfWay(start.value, latest.value, target.value, indicator.direction);
	return { ...known, progress, expected, evaluation: evaluate(progress, expected) };
}

/** The published rule, in one place: progress against 序时进度. Roll-ups (utils/rollup.ts) use it too. */
export function evaluate(progress: number, expected: number): Evaluation {
	if (progress < 0) return 'regressing';
	if (progress >= 1) return expected < 1 ? 'ahead' : 'on_track';
	if (progress - expected > ON_TRACK_MARGIN) return 'ahead';
	if (expected - progress > ON_TRACK_MARGIN) return 'behind';
	return 'on_track';
}

function shareOfWay(start: number, latest: number, target: number, direction: Indicator['direction']): number {
	if (target === start) {
		// A target equal to the start means "hold the line": met unless it got worse.
		const worse = direction === 'increase' ? latest < start : latest > start;
		return worse ? -1 : 1;
	}
	return (latest - start) / (target - start);
}

function describeChange(latest: number, previous: number): { absolute: number; percent?: number } {
	const absolute = roundOff(latest - previous);
	return previous === 0 ? { absolute } : { absolute, percent: roundOff((absolute / Math.abs(previous)) * 100) };
}

/** Removes floating-point noise (0.1 + 0.2) without rounding real decimals. */
function roundOff(value: number): number {
	return Number(value.toPrecision(12));
}

function pick(observation: Observation | undefined): Observation | undefined {
	return observation && { period: observation.period, value: observation.value };
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(high, Math.max(low, value));
}

/** A share as a whole percentage that never claims 100% before the target is reached. */
export function formatShare(share: number): string {
	const percent = Math.round(share * 100);
	return `${share < 1 && percent >= 100 ? 99 : percent}%`;
}

type SummaryInput = ProgressInput & Pick<Indicator, 'unit' | 'decimals'>;

/**
 * The plain-language summary, used as a chart's accessible name and shown beside it:
 * “2021年至2024年由5公里增至42公里，已完成2025年目标（60公里）的70%，序时进度75%。评估：达到序时进度。”
 */
export function summarizeIndicator(indicator: SummaryInput, progress: IndicatorProgress = computeProgress(indicator)): string {
	const value = (figure: number) => formatValue(figure, indicator.unit, indicator.decimals);
	const { latest, start } = progress;
	if (!latest) return '暂无数据。';

	const parts: string[] = [];
	if (start && start.period !== latest.period) {
		const verb = latest.value > start.value ? '增至' : latest.value < start.value ? '降至' : '保持';
		const span = `${formatPeriod(start.period)}至${formatPeriod(latest.period)}`;
		parts.push(verb === '保持' ? `${span}保持${value(latest.value)}` : `${span}由${value(start.value)}${verb}${value(latest.value)}`);
	} else {
		parts.push(`${formatPeriod(latest.period)}为${value(latest.value)}`);
	}

	parts.push(describeTarget(indicator, progress));
	return `${parts.join('，')}。评估：${EVALUATION_INFO[progress.evaluation].label}。`;
}

/**
 * The summary's clause on the target: “已完成2025年目标（60公里）的70%，序时进度75%”, “已达到…”,
 * “未设定目标”. The home page's key figures show it on its own, beside the latest value.
 */
export function describeTarget(indicator: SummaryInput, progress: IndicatorProgress = computeProgress(indicator)): string {
	const target = indicator.target;
	if (!target) return '未设定目标';
	const goal = `${formatPeriod(target.period)}目标（${formatValue(target.value, indicator.unit, indicator.decimals)}）`;
	if (progress.progress === undefined || progress.expected === undefined) return `${goal}暂无可比数据`;
	if (progress.progress >= 1) return `已达到${goal}`;
	if (progress.progress < 0) return `比基期退步，离${goal}更远`;
	return `已完成${goal}的${formatShare(progress.progress)}，序时进度${formatShare(progress.expected)}`;
}

/** The method as published on the about page: each line a rule readers can check. */
export const PROGRESS_METHOD: readonly string[] = [
	'完成进度 =（最新值 − 基期值）÷（目标值 − 基期值）。没有公布基期值的，以第一个数据为基期。',
	'序时进度 = 从基期到最新数据所经过的月数 ÷ 从基期到目标期的月数，最高为 100%，即到最新一期数据时，从基期到目标期这段时间已过去的比例。',
	'“当期”指标（如某年的营业收入）不把各期数值相加：目标值是目标期这一期应达到的数值，与最新一期的数值比较。“累计”指标的数值本身就是累计数。',
	'“越低越好”的指标（如事故起数），数值下降即为向目标前进，计算方法相同。',
	'评估只比较完成进度和序时进度，各档的标准见下表。规则公布在先、评估在后；举措的状态由责任单位另行填报，两者不一致时，内容检查会提示编辑核实。',
];
