/**
 * One 对标 comparison as the pages, charts and open data show it: a benchmark region's figure,
 * converted into the Anju indicator's unit, set against the indicator's values, with the gap
 * (utils/benchmark-gap.ts) and the sentences that say it in words. Pure: the caller passes
 * the entries (src/data/comparisons.ts).
 */
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Comparison, FigureValue } from '../schemas/comparison.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { compareSeries, type GapAt, type GapPoint, type GapResult } from './benchmark-gap.ts';
import { formatPeriod, formatValue } from './format.ts';

export interface ComparisonView {
	/** Stable within the site: `<benchmark slug>-<n>`, n counting from 1 in the file; the anchor on the region's page. */
	id: string;
	benchmark: { slug: string; name: string; group: Benchmark['group'] };
	/** The figure as the source names it, and its 口径. */
	figure: string;
	definition: string;
	comparability?: string;
	/** A text-only achievement, compared in words. */
	text?: string;
	indicator: { slug: string; title: string; unit: string; decimals?: number; direction: Indicator['direction']; sample: boolean };
	/** The benchmark's unit as the source gives it, and the factor into the indicator's unit. */
	benchmarkUnit?: string;
	factor: number;
	/** The benchmark's values in the indicator's unit, each with its source. */
	benchmarkSeries: (GapPoint & { qualifier?: string; source: FigureValue['source'] })[];
	/** Anju's values: the baseline and the series. */
	anjuSeries: GapPoint[];
	/** Which side is only illustrative. */
	sample: { anju: boolean; benchmark: boolean };
	/** The gap; none for a comparison in words only. */
	gap?: GapResult;
	/** The gap in words: one paragraph for the summary under the chart. */
	summary: string;
	/** The trend in words and a symbol (never colour alone), for the overview table. */
	trendLabel: string;
	/** The gap now, in words with its period, for the overview table: “差11699元（与对方2020年水平相比）”. */
	gapLabel: string;
	/** When Anju catches up, in words. */
	catchUpLabel: string;
}

/** Anju's values of an indicator: its baseline, then its series, oldest first. */
export function anjuValues(indicator: Indicator): GapPoint[] {
	const points = indicator.baseline ? [{ period: indicator.baseline.period, value: indicator.baseline.value }] : [];
	for (const observation of indicator.series) {
		if (!points.some((point) => point.period === observation.period)) points.push({ period: observation.period, value: observation.value });
	}
	return points;
}

const SAMPLE_NOTE = '（示例数据）';

export function buildComparison(
	benchmark: { slug: string; data: Benchmark },
	index: number,
	comparison: Comparison,
	indicator: { slug: string; data: Indicator },
): ComparisonView {
	const factor = comparison.conversion?.factor ?? 1;
	const benchmarkSeries = comparison.series.map((point) => ({
		period: point.period,
		value: point.value * factor,
		...(point.qualifier ? { qualifier: point.qualifier } : {}),
		source: point.source,
	}));
	const anjuSeries = anjuValues(indicator.data);
	const direction = indicator.data.direction;
	const gap = comparison.series.length > 0 ? compareSeries({ anju: anjuSeries, benchmark: benchmarkSeries, direction }) : undefined;
	const view: Omit<ComparisonView, 'summary' | 'trendLabel' | 'gapLabel' | 'catchUpLabel'> = {
		id: `${benchmark.slug}-${index + 1}`,
		benchmark: { slug: benchmark.slug, name: benchmark.data.name, group: benchmark.data.group },
		figure: comparison.figure,
		definition: comparison.definition,
		...(comparison.comparability ? { comparability: comparison.comparability } : {}),
		...(comparison.text ? { text: comparison.text } : {}),
		indicator: {
			slug: indicator.slug,
			title: indicator.data.title,
			unit: indicator.data.unit,
			...(indicator.data.decimals === undefined ? {} : { decimals: indicator.data.decimals }),
			direction,
			sample: indicator.data.sample,
		},
		...(comparison.unit ? { benchmarkUnit: comparison.unit } : {}),
		factor,
		benchmarkSeries,
		anjuSeries,
		sample: { anju: indicator.data.sample, benchmark: comparison.sample },
		...(gap ? { gap } : {}),
	};
	return { ...view, summary: summaryOf(view), trendLabel: trendLabelOf(view.gap), gapLabel: gapLabelOf(view), catchUpLabel: catchUpLabelOf(view) };
}

type ViewFacts = Omit<ComparisonView, 'summary' | 'trendLabel' | 'gapLabel' | 'catchUpLabel'>;

const value = (view: ViewFacts, amount: number) => formatValue(amount, view.indicator.unit, view.indicator.decimals);
/** A benchmark's figure as its source writes it: no decimals added. */
const asWritten = (view: ViewFacts, amount: number) => formatValue(amount, view.indicator.unit);
/** A difference: of a rate, in 个百分点 (8.7% − 2.2% is 6.5个百分点, not 6.5%). */
const difference = (view: ViewFacts, amount: number) =>
	view.indicator.unit === '%' ? `${formatValue(amount, undefined, view.indicator.decimals)}个百分点` : value(view, amount);
const percent = (share: number) => `${Math.abs(share).toFixed(1)}%`;

/** “2025年安居区农村居民人均可支配收入24000元（示例数据）” */
function anjuAt(view: ViewFacts, point: GapPoint): string {
	return `${formatPeriod(point.period)}安居区${view.indicator.title}${value(view, point.value)}${view.sample.anju ? SAMPLE_NOTE : ''}`;
}

/** “2020年浙江省安吉县农民收入35699元” */
function benchmarkAt(view: ViewFacts, period: string): string {
	const point = view.benchmarkSeries.find((candidate) => candidate.period === period)!;
	return `${formatPeriod(period)}${view.benchmark.name}${view.figure}${point.qualifier ?? ''}${asWritten(view, point.value)}${view.sample.benchmark ? '（示例数据，待核实）' : ''}`;
}

/** “差距11699元” or “安居领先11699元” */
function gapWords(view: ViewFacts, gap: GapAt): string {
	if (gap.absolute === 0) return '两者持平';
	return gap.absolute > 0 ? `差距${difference(view, gap.absolute)}` : `安居领先${difference(view, -gap.absolute)}`;
}

function summaryOf(view: ViewFacts): string {
	const anjuLatest = view.anjuSeries.at(-1);
	const gap = view.gap;
	if (gap === undefined) {
		const anju = anjuLatest ? `${anjuAt(view, anjuLatest)}。` : `安居区${view.indicator.title}暂无数据。`;
		return `${view.benchmark.name}：${(view.text ?? view.figure).replace(/。$/, '')}（文字成绩，没有可比的数字）。${anju}`;
	}
	if (gap.state === 'no-data' || anjuLatest === undefined) {
		return `安居区${view.indicator.title}暂无数据，无法比较。`;
	}
	if (gap.state === 'no-common-period') {
		const benchmarkLatest = view.benchmarkSeries.at(-1)!;
		return `${benchmarkAt(view, benchmarkLatest.period)}；${anjuAt(view, anjuLatest)}。两地没有同一时期的数字，无法计算同期差距。`;
	}
	const latest = gap.latest!;
	const parts = [`${benchmarkAt(view, latest.period)}；`];
	if (gap.trendBasis === 'level' && gap.againstLatestBenchmark) {
		const now = gap.againstLatestBenchmark;
		parts.push(
			`${anjuAt(view, { period: now.anjuPeriod, value: now.anju })}，与${view.benchmark.name}${formatPeriod(now.period)}的水平相比${gapWords(view, now)}`,
		);
	} else {
		parts.push(`同期${anjuAt(view, { period: latest.period, value: latest.anju })}，${gapWords(view, latest)}`);
	}
	parts.push(trendWords(view, gap), `。${catchUpLabelOf(view)}`);
	return parts.join('');
}

/**
 * The gap a comparison states now: the latest common period's, or, where Anju has later figures
 * than the benchmark published, the gap to the benchmark's last published level.
 */
export function gapNow(gap: GapResult): (GapAt & { anjuPeriod?: string }) | undefined {
	return gap.trendBasis === 'level' ? gap.againstLatestBenchmark : gap.latest;
}

/**
 * “，比2020年缩小35.7%”: how the gap moved since the earliest common period. Where Anju is ahead
 * it is Anju's lead that grows or shrinks, and where one side has overtaken the other a
 * percentage of the old gap would mislead, so the sentence says so in words.
 */
function trendWords(view: ViewFacts, gap: GapResult): string {
	const now = gapNow(gap);
	if (gap.trend === undefined || gap.earliest === undefined || now === undefined) return '';
	const since = formatPeriod(gap.earliest.period);
	const was = gap.earliest.absolute;
	if (gap.trend === 'unchanged') return `，与${since}相比差距不变`;
	if (was === 0 || Math.sign(was) !== Math.sign(now.absolute)) {
		const overtaken = now.absolute === 0 ? '两者持平' : now.absolute < 0 ? '安居已反超' : '安居已被反超';
		return `，${since}时${gapWords(view, gap.earliest)}，现在${overtaken}`;
	}
	const grew = gap.trend === 'widened' ? was > 0 : was < 0;
	return `，${was > 0 ? '比' : '领先幅度比'}${since}${grew ? '扩大' : '缩小'}${percent(gap.trendPercent ?? 0)}`;
}

function gapLabelOf(view: ViewFacts): string {
	const gap = view.gap;
	if (gap === undefined) return '—（文字成绩，不作数字比较）';
	if (gap.state === 'no-data') return '—（暂无数据）';
	const now = gapNow(gap);
	if (now === undefined) return '—（两地年份不同，不计算差距）';
	const when = now.anjuPeriod === undefined ? `${formatPeriod(now.period)}同期` : `与对方${formatPeriod(now.period)}水平相比`;
	if (now.absolute === 0) return `持平（${when}）`;
	return now.absolute > 0 ? `差${difference(view, now.absolute)}（${when}）` : `安居领先${difference(view, -now.absolute)}（${when}）`;
}

function trendLabelOf(gap: GapResult | undefined): string {
	if (gap === undefined) return '— 只有文字成绩';
	const now = gapNow(gap);
	if (now !== undefined && now.absolute < 0) return gap.trendBasis === 'level' ? '✓ 已超过对方当年水平' : '✓ 安居领先';
	if (gap.trend === 'narrowed') return '▼ 差距缩小';
	if (gap.trend === 'widened') return '▲ 差距扩大';
	if (gap.trend === 'unchanged') return '＝ 差距不变';
	return gap.state === 'no-common-period' ? '— 没有同期数字' : '— 只有一期，看不出趋势';
}

function catchUpLabelOf(view: ViewFacts): string {
	const catchUp = view.gap?.catchUp;
	if (catchUp === undefined) return '';
	if (view.gap?.state === 'no-common-period') return '没有同期数字，无法估算追平时间。';
	const last = view.benchmarkSeries.at(-1)!;
	const level = `${view.benchmark.name}${formatPeriod(last.period)}的水平`;
	switch (catchUp.kind) {
		case 'ahead':
			return view.gap?.trendBasis === 'level' ? `安居已超过${level}。` : '安居已领先。';
		case 'never':
			return '按目前的速度，安居追不上。';
		case 'unknown':
			return '数据不足，无法估算追平时间。';
		case 'year': {
			if (catchUp.against === 'pace') return `按双方近年的增长速度，预计${catchUp.year}年追平。`;
			return `按安居近年的增长速度，预计${catchUp.year}年达到${level}（此后的数字未找到）。`;
		}
	}
}
