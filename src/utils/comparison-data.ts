/**
 * The 对标 open data: every comparison (utils/comparison.ts) as one table, a row per comparison
 * and period that either side has (a comparison in words only is one row without values), as
 * JSON (`/data/comparisons.json`, English keys, sources nested) and CSV (`/data/comparisons.csv`,
 * Chinese headers, sources flattened). The data page and datapackage.json document the columns
 * from the same list, so the files and their description never disagree.
 */
import { SOURCE_TRUST_LABELS, type SourceTrust } from '../schemas/comparison.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { comparisonsDataPath } from '../site-map.ts';
import { gapBetween, periodYears } from './benchmark-gap.ts';
import type { ComparisonView } from './comparison.ts';
import { csvText, toCsv } from './csv.ts';
import { type Column, NO, sourceText, tableSchema, YES } from './open-data.ts';

/** Where the benchmark's figure for one period was published. */
export interface BenchmarkRowSource {
	title: string;
	publisher: string;
	url: string | null;
	trust: SourceTrust;
}

/** Where Anju's figures come from: the indicator's source. */
export interface AnjuRowSource {
	title: string | null;
	publisher: string;
	url: string | null;
}

/** One row of the table: one comparison at one period. Missing values are null, never left out, so every row has every key. */
export interface ComparisonRow {
	/** The comparison's id, the anchor on its region's page. */
	comparison: string;
	benchmark: string;
	benchmark_name: string;
	indicator: string;
	indicator_title: string;
	figure: string;
	/** Null only for a comparison in words only. */
	period: string | null;
	/** In the indicator's unit (converted where the benchmark's unit differs). */
	benchmark_value: number | null;
	anju_value: number | null;
	unit: string;
	/** How far Anju is behind: benchmark − Anju, Anju − benchmark where lower is better; negative where Anju is ahead. */
	gap: number | null;
	/** Either side is illustrative. */
	sample: boolean;
	text: string | null;
	comparability: string | null;
	sources: { benchmark: BenchmarkRowSource | null; anju: AnjuRowSource };
}

/** The table's columns, in CSV order; `key` is the path of the value in a JSON row. */
export const COMPARISON_COLUMNS: readonly Column[] = [
	{
		key: 'comparison',
		header: '对标编号',
		type: 'string',
		description: '比较的编号（对标地区代码加序号），也是对标地区页面上该比较的锚点，如 zhejiang-anji-1。',
	},
	{ key: 'benchmark', header: '对标地区代码', type: 'string', description: '对标地区的代码，即其页面网址的一部分，如 zhejiang-anji。' },
	{ key: 'benchmark_name', header: '对标地区', type: 'string', description: '对标地区的名称。' },
	{ key: 'indicator', header: '安居指标代码', type: 'string', description: '与之比较的安居区指标的代码，同指标数据文件名。' },
	{ key: 'indicator_title', header: '安居指标名称', type: 'string', description: '安居区指标的中文名称。' },
	{ key: 'figure', header: '对标指标', type: 'string', description: '对标地区数字的名称，按原文的叫法。' },
	{ key: 'period', header: '统计期', type: 'string', description: '数据所属时期；两地任一方有数字的时期各占一行。只有文字成绩的比较为空。' },
	{ key: 'benchmark_value', header: '对标地区数值', type: 'number', description: '对标地区该期的数值，已按需要换算为“单位”列的单位；该期没有数字的为空。' },
	{ key: 'anju_value', header: '安居区数值', type: 'number', description: '安居区该期的数值（含基期值）；该期没有数字的为空。' },
	{ key: 'unit', header: '单位', type: 'string', description: '两列数值共同的单位，即安居区指标的单位。' },
	{
		key: 'gap',
		header: '差距',
		type: 'number',
		description: '对标地区数值 − 安居区数值；越低越好的指标为安居区数值 − 对标地区数值。负数表示安居领先。任一方该期没有数字时为空。',
	},
	{ key: 'sample', header: '示例数据', type: 'boolean', description: '“是”表示任一方的数字为示例数据，不是官方统计，不能引用。', values: [YES, NO] },
	{ key: 'text', header: '文字成绩', type: 'string', description: '没有可比数字时，对标地区成绩的原文表述。' },
	{ key: 'comparability', header: '可比性说明', type: 'string', description: '两地口径不同之处。' },
	{ key: 'sources.benchmark.title', header: '对标数据资料名称', type: 'string', description: '对标地区该期数字的出处。' },
	{ key: 'sources.benchmark.publisher', header: '对标数据发布者', type: 'string', description: '对标地区该期数字的原始发布单位或作者。' },
	{ key: 'sources.benchmark.url', header: '对标数据网址', type: 'string', description: '看到该期数字的网页；没有网址的为空。' },
	{
		key: 'sources.benchmark.trust',
		header: '对标数据可信程度',
		type: 'string',
		description: '该期数字出处的可信程度；JSON 中写作 official、news、quoted、unverified。',
		values: Object.values(SOURCE_TRUST_LABELS),
	},
	{ key: 'sources.anju', header: '安居数据来源', type: 'string', description: '安居区指标数据的提供单位（及资料名称）；JSON 中分为 title、publisher、url。' },
	{ key: 'sources.anju.url', header: '安居数据网址', type: 'string', description: '安居区指标数据的发布网页；没有网址的为空。' },
];

/** A gap in the unit, without the binary noise of subtraction (8.7 − 2.2 is 6.5, not 6.499999999999999). */
export function gapValue(benchmark: number, anju: number, direction: Indicator['direction']): number {
	const decimals = Math.min(10, Math.max(decimalPlaces(benchmark), decimalPlaces(anju)));
	return Number(gapBetween(benchmark, anju, direction).toFixed(decimals));
}

function decimalPlaces(value: number): number {
	const [, fraction = ''] = String(value).split('.');
	return fraction.length;
}

/** The table rows of every comparison; `indicators` (the indicator entries) give Anju's sources. */
export function comparisonRows(
	comparisons: readonly ComparisonView[],
	indicators: readonly { id: string; data: Pick<Indicator, 'source'> }[],
): ComparisonRow[] {
	const anjuSources = new Map(indicators.map((entry) => [entry.id, entry.data.source]));
	return comparisons.flatMap((view) => {
		const source = anjuSources.get(view.indicator.slug);
		if (source === undefined) throw new Error(`no source for indicator ${view.indicator.slug}`);
		const common = {
			comparison: view.id,
			benchmark: view.benchmark.slug,
			benchmark_name: view.benchmark.name,
			indicator: view.indicator.slug,
			indicator_title: view.indicator.title,
			figure: view.figure,
			unit: view.indicator.unit,
			sample: view.sample.anju || view.sample.benchmark,
			text: view.text ?? null,
			comparability: view.comparability ?? null,
		};
		const anjuSource: AnjuRowSource = { title: source.title ?? null, publisher: source.publisher, url: source.url ?? null };
		if (view.benchmarkSeries.length === 0) {
			return [{ ...common, period: null, benchmark_value: null, anju_value: null, gap: null, sources: { benchmark: null, anju: anjuSource } }];
		}
		const periods = [...new Set([...view.benchmarkSeries, ...view.anjuSeries].map((point) => point.period))].sort((a, b) => periodYears(a) - periodYears(b));
		return periods.map((period): ComparisonRow => {
			const benchmark = view.benchmarkSeries.find((point) => point.period === period);
			const anju = view.anjuSeries.find((point) => point.period === period);
			return {
				...common,
				period,
				benchmark_value: benchmark?.value ?? null,
				anju_value: anju?.value ?? null,
				gap: benchmark && anju ? gapValue(benchmark.value, anju.value, view.indicator.direction) : null,
				sources: {
					benchmark: benchmark
						? { title: benchmark.source.title, publisher: benchmark.source.publisher, url: benchmark.source.url ?? null, trust: benchmark.source.trust }
						: null,
					anju: anjuSource,
				},
			};
		});
	});
}

/** `/data/comparisons.json`: the rows as one array (the licence is in datapackage.json and on the data page). */
export function comparisonsJson(rows: readonly ComparisonRow[]): string {
	return `${JSON.stringify(rows, null, 2)}\n`;
}

const cell = (value: string | number | null | undefined) =>
	value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : csvText(value);

/** The CSV rows (without header), in the order of COMPARISON_COLUMNS. */
export function comparisonCsvRows(rows: readonly ComparisonRow[]): string[][] {
	return rows.map((row) => {
		const benchmarkSource = row.sources.benchmark;
		const anju = row.sources.anju;
		return [
			cell(row.comparison),
			cell(row.benchmark),
			cell(row.benchmark_name),
			cell(row.indicator),
			cell(row.indicator_title),
			cell(row.figure),
			cell(row.period),
			cell(row.benchmark_value),
			cell(row.anju_value),
			cell(row.unit),
			cell(row.gap),
			row.sample ? YES : NO,
			cell(row.text),
			cell(row.comparability),
			cell(benchmarkSource?.title),
			cell(benchmarkSource?.publisher),
			cell(benchmarkSource?.url),
			benchmarkSource ? SOURCE_TRUST_LABELS[benchmarkSource.trust] : '',
			cell(sourceText({ publisher: anju.publisher, ...(anju.title ? { title: anju.title } : {}) })),
			cell(anju.url),
		];
	});
}

/** `/data/comparisons.csv`: UTF-8 with BOM, Chinese headers. */
export function comparisonsCsv(rows: readonly ComparisonRow[]): string {
	return toCsv([COMPARISON_COLUMNS.map((column) => column.header), ...comparisonCsvRows(rows)]);
}

/** The table as a resource of datapackage.json, its path relative to the package. */
export function comparisonsResource(rows: readonly ComparisonRow[]): object {
	const sources = new Map<string, { title: string; path?: string }>();
	for (const source of rows.flatMap((row) => (row.sources.benchmark ? [row.sources.benchmark] : []))) {
		const title = `${source.publisher}${source.title.startsWith('《') ? source.title : `《${source.title}》`}`;
		sources.set(title, { title, ...(source.url ? { path: source.url } : {}) });
	}
	return {
		profile: 'tabular-data-resource',
		name: 'comparisons',
		path: comparisonsDataPath('csv'),
		title: '对标比较',
		description: '安居区各项指标与对标地区同类数字的比较：每个比较、每个时期一行，含两地数值、差距和出处；同名 JSON 文件内容相同，出处分层列出。',
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8-sig',
		sample: rows.some((row) => row.sample),
		sources: [...sources.values()],
		schema: tableSchema(COMPARISON_COLUMNS),
	};
}
