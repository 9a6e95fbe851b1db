/**
 * 对标差距: how far Anju is from a benchmark region on one figure, whether the gap is closing,
 * and when Anju would catch up at the current pace. Pure functions over two series of
 * (period, value); the direction says which way is better, so a gap is always "how far Anju
 * is behind" (negative when Anju is ahead). Periods are compared by their time (utils/period.ts);
 * growth is counted per year of that time.
 */
import { parsePeriod } from './period.ts';

/** One value of one side, in the comparison's common unit. */
export interface GapPoint {
	period: string;
	value: number;
}

export interface GapInput {
	/** Anju's values, in the indicator's unit (baseline and series, any order). */
	anju: readonly GapPoint[];
	/** The benchmark's values, converted to the same unit. */
	benchmark: readonly GapPoint[];
	/** Which way is better. */
	direction: 'increase' | 'decrease';
}

/** The gap at one period both sides have. */
export interface GapAt {
	period: string;
	anju: number;
	benchmark: number;
	/** How far Anju is behind, in the unit: benchmark − Anju (Anju − benchmark where lower is better). Negative: Anju is ahead. */
	absolute: number;
	/** Anju ÷ benchmark. */
	ratio: number;
	/** The gap as a percentage of the benchmark's value. */
	percent: number;
}

/** Whether the gap has closed since the earliest common period: by the absolute gap. */
export type GapTrend = 'narrowed' | 'widened' | 'unchanged';

/** When Anju reaches the benchmark at the current pace. */
export type CatchUp =
	| { kind: 'ahead' }
	/** Reaches the benchmark's level (its latest value, held where its own pace is unknown) in `year`. */
	| { kind: 'year'; year: number; against: 'pace' | 'level' }
	/** At this pace the gap does not close. */
	| { kind: 'never' }
	/** Not enough data to say: one side has fewer than two values, or a value is not positive. */
	| { kind: 'unknown' };

export type GapState =
	/** The two sides have no period in common: each side's latest value is shown, no gap. */
	| 'no-common-period'
	/** One common period: a gap, but no trend. */
	| 'one-point'
	/** Two or more common periods: a gap and its trend. */
	| 'trend'
	/** One side has no values at all. */
	| 'no-data';

export interface GapResult {
	state: GapState;
	/** The gap at the latest period both sides have. */
	latest?: GapAt;
	/** The gap at the earliest common period, when there is a trend. */
	earliest?: GapAt;
	trend?: GapTrend;
	/** What the trend's gap now is: at the latest common period, or against the benchmark's last level (it published nothing later). */
	trendBasis?: 'common' | 'level';
	/** Change of the absolute gap from the earliest common period to now, as a percentage of the earliest gap. */
	trendPercent?: number;
	/** Anju's latest value against the benchmark's latest, where they are of different periods (the benchmark's level). */
	againstLatestBenchmark?: GapAt & { anjuPeriod: string };
	/** Average annual growth of each side over its own first and last values, as a fraction (0.05 = 5 %). */
	growth: { anju?: number; benchmark?: number };
	catchUp: CatchUp;
}

/** The time of a period in years (the middle of its span), for growth per year. */
export function periodYears(period: string): number {
	const parsed = parsePeriod(period);
	if (parsed === undefined) throw new Error(`not a period: ${period}`);
	return (parsed.firstMonth + parsed.lastMonth + 1) / 2 / 12;
}

function sorted(points: readonly GapPoint[]): GapPoint[] {
	return [...points].sort((a, b) => periodYears(a.period) - periodYears(b.period));
}

/** How far Anju is behind the benchmark, in the unit: benchmark − Anju, or Anju − benchmark where lower is better. Negative: Anju is ahead. */
export function gapBetween(benchmark: number, anju: number, direction: GapInput['direction']): number {
	return direction === 'increase' ? benchmark - anju : anju - benchmark;
}

function gapAt(period: string, anju: number, benchmark: number, direction: GapInput['direction']): GapAt {
	const absolute = gapBetween(benchmark, anju, direction);
	return { period, anju, benchmark, absolute, ratio: anju / benchmark, percent: (absolute / benchmark) * 100 };
}

/** Average annual growth between a series' first and last values; undefined with one value or a value that is not positive. */
export function annualGrowth(points: readonly GapPoint[]): number | undefined {
	const ordered = sorted(points);
	const first = ordered[0];
	const last = ordered.at(-1);
	if (first === undefined || last === undefined || first === last || first.value <= 0 || last.value <= 0) return undefined;
	const years = periodYears(last.period) - periodYears(first.period);
	if (years <= 0) return undefined;
	return (last.value / first.value) ** (1 / years) - 1;
}

/**
 * The year Anju's value, growing at its pace, meets the benchmark's, growing at its own (or held
 * at its latest level when its pace is unknown). Years are counted from each side's latest value.
 */
export function catchUpYear(input: GapInput): CatchUp {
	const anju = sorted(input.anju).at(-1);
	const benchmark = sorted(input.benchmark).at(-1);
	if (anju === undefined || benchmark === undefined || anju.value <= 0 || benchmark.value <= 0) return { kind: 'unknown' };
	if (gapBetween(benchmark.value, anju.value, input.direction) <= 0) return { kind: 'ahead' };
	const anjuGrowth = annualGrowth(input.anju);
	if (anjuGrowth === undefined) return { kind: 'unknown' };
	const benchmarkGrowth = annualGrowth(input.benchmark);
	const against = benchmarkGrowth === undefined ? 'level' : 'pace';
	const a = Math.log(1 + anjuGrowth);
	const b = Math.log(1 + (benchmarkGrowth ?? 0));
	// Anju closes the gap only if it moves towards the benchmark faster than the benchmark moves away.
	const closing = input.direction === 'increase' ? a > b : a < b;
	if (!closing) return { kind: 'never' };
	// anju · e^(a·(t − ta)) = benchmark · e^(b·(t − tb)), solved for t.
	const ta = periodYears(anju.period);
	const tb = periodYears(benchmark.period);
	const t = (Math.log(benchmark.value) - Math.log(anju.value) + a * ta - b * tb) / (a - b);
	return { kind: 'year', year: Math.ceil(t - 0.5), against };
}

/**
 * The whole comparison: gap, trend, growth and catch-up, with the state that says which of them exist.
 * The trend compares the gap at the earliest common period with the gap now: at the latest common
 * period, or, when Anju has later values and the benchmark none, Anju's latest against the
 * benchmark's last published level (basis `level`, which a page must say).
 */
export function compareSeries(input: GapInput): GapResult {
	const growth = Object.fromEntries(
		Object.entries({ anju: annualGrowth(input.anju), benchmark: annualGrowth(input.benchmark) }).filter(([, rate]) => rate !== undefined),
	) as GapResult['growth'];
	if (input.anju.length === 0 || input.benchmark.length === 0) return { state: 'no-data', growth, catchUp: { kind: 'unknown' } };
	const catchUp = catchUpYear(input);
	const anjuByPeriod = new Map(input.anju.map((point) => [point.period, point.value]));
	const common = sorted(input.benchmark).filter((point) => anjuByPeriod.has(point.period));
	const anjuLatest = sorted(input.anju).at(-1)!;
	const benchmarkLatest = sorted(input.benchmark).at(-1)!;
	const againstLatestBenchmark =
		anjuLatest.period === benchmarkLatest.period
			? undefined
			: { ...gapAt(benchmarkLatest.period, anjuLatest.value, benchmarkLatest.value, input.direction), anjuPeriod: anjuLatest.period };
	const level = againstLatestBenchmark ? { againstLatestBenchmark } : {};
	const first = common[0];
	const last = common.at(-1);
	if (first === undefined || last === undefined) return { state: 'no-common-period', growth, ...level, catchUp };
	const latest = gapAt(last.period, anjuByPeriod.get(last.period)!, last.value, input.direction);
	const earliest = gapAt(first.period, anjuByPeriod.get(first.period)!, first.value, input.direction);
	const benchmarkEnded = last.period === benchmarkLatest.period && periodYears(anjuLatest.period) > periodYears(last.period);
	const now = benchmarkEnded && againstLatestBenchmark ? { gap: againstLatestBenchmark, basis: 'level' as const } : { gap: latest, basis: 'common' as const };
	const state: GapState = first === last ? 'one-point' : 'trend';
	if (first === last && now.basis === 'common') return { state, latest, growth, ...level, catchUp };
	const change = now.gap.absolute - earliest.absolute;
	return {
		state,
		latest,
		earliest,
		trend: change < 0 ? 'narrowed' : change > 0 ? 'widened' : 'unchanged',
		trendBasis: now.basis,
		...(earliest.absolute !== 0 ? { trendPercent: (change / Math.abs(earliest.absolute)) * 100 } : {}),
		growth,
		...level,
		catchUp,
	};
}
