/**
 * The open-data downloads, from one description of the columns: each indicator as CSV
 * (`/data/<slug>.csv`, Chinese headers) and JSON (`/data/<slug>.json`, English keys), and
 * `/datapackage.json`, a Frictionless Data Package describing every CSV. The data page
 * documents the columns from the same list, so the three never disagree.
 */
import type { Indicator } from '../schemas/indicator.ts';
import { indicatorDataPath } from '../site-map.ts';
import { csvText, toCsv } from './csv.ts';
import { OBSERVATION_STATUS_LABELS } from './indicator-labels.ts';
import { computeProgress, summarizeIndicator } from './progress.ts';

/** What a CSV row holds: an observed value, or the indicator's baseline or target. */
export const ROW_KINDS = { observation: '实际值', baseline: '基期值', target: '目标值' } as const;
export type RowKind = keyof typeof ROW_KINDS;

/** How a boolean cell is written. */
export const YES = '是';
export const NO = '否';

/** One column of a published table. */
export interface Column {
	/** English key: the same name in the JSON download. */
	key: string;
	/** Chinese CSV header. */
	header: string;
	/** Frictionless field type. */
	type: 'string' | 'number' | 'boolean' | 'date';
	/** What the column means, for the data page and datapackage.json. */
	description: string;
	/** Allowed values, when the column is a code list. */
	values?: readonly string[];
}

/** The indicator CSV's columns, in order. */
export const CSV_COLUMNS: readonly Column[] = [
	{ key: 'indicator', header: '指标代码', type: 'string', description: '指标的代码，即文件名和网址的一部分，如 qiongjiang-shengtai-zoulang-licheng。' },
	{ key: 'title', header: '指标名称', type: 'string', description: '指标的中文名称。' },
	{
		key: 'kind',
		header: '数据类型',
		type: 'string',
		description: '实际值为各期公布的数据；基期值、目标值是衡量进度的起点和终点。',
		values: Object.values(ROW_KINDS),
	},
	{ key: 'period', header: '统计期', type: 'string', description: '数据所属时期：年写作 2024，季度写作 2024-Q3，月份写作 2024-07。' },
	{ key: 'value', header: '数值', type: 'number', description: '以“单位”列的单位计的数值，小数点用“.”，不含千位分隔符。' },
	{ key: 'unit', header: '单位', type: 'string', description: '数值的单位，如 公里、亿元、%。' },
	{
		key: 'status',
		header: '数据状态',
		type: 'string',
		description: '初步数、最终核实数或修订数；为空表示未注明。',
		values: Object.values(OBSERVATION_STATUS_LABELS),
	},
	{ key: 'note', header: '备注', type: 'string', description: '对该期数据的说明，如修订原因。' },
	{ key: 'sample', header: '示例数据', type: 'boolean', description: '“是”表示该数值为示例数据，不是官方统计，不能引用。', values: [YES, NO] },
	{ key: 'source', header: '数据来源', type: 'string', description: '提供数据的单位（及资料名称）。' },
	{ key: 'updated', header: '更新日期', type: 'date', description: '该指标数据最近一次更新的日期，格式 2026-11-15。' },
];

/** The licence the data is published under. The host organisation should confirm it before launch. */
export const DATA_LICENSE = {
	name: 'CC-BY-4.0',
	title: '知识共享署名 4.0 国际许可协议（CC BY 4.0）：可自由使用，须注明来源',
	path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** An indicator's source in one line: its publisher, and the publication in 《》 where given. */
export function sourceText(source: Pick<Indicator['source'], 'publisher' | 'title'>): string {
	return source.title ? `${source.publisher}《${source.title}》` : source.publisher;
}

/** The CSV rows (without header) of one indicator: baseline, observed values, target. */
export function csvRows(slug: string, indicator: Indicator): string[][] {
	const row = (kind: RowKind, period: string, value: number, status = '', note = '') => [
		slug,
		csvText(indicator.title),
		ROW_KINDS[kind],
		period,
		String(value),
		csvText(indicator.unit),
		status,
		csvText(note),
		indicator.sample ? YES : NO,
		csvText(sourceText(indicator.source)),
		indicator.updated,
	];
	return [
		...(indicator.baseline ? [row('baseline', indicator.baseline.period, indicator.baseline.value)] : []),
		...indicator.series.map((o) => row('observation', o.period, o.value, o.status ? OBSERVATION_STATUS_LABELS[o.status] : '', o.note)),
		...(indicator.target ? [row('target', indicator.target.period, indicator.target.value)] : []),
	];
}

export function indicatorCsv(slug: string, indicator: Indicator): string {
	return toCsv([CSV_COLUMNS.map((column) => column.header), ...csvRows(slug, indicator)]);
}

/** The JSON download: the indicator as in its YAML file, plus its slug, summary and evaluation. */
export function indicatorJson(slug: string, indicator: Indicator): string {
	const progress = computeProgress(indicator);
	const document = {
		indicator: slug,
		...indicator,
		summary: summarizeIndicator(indicator, progress),
		evaluation: progress.evaluation,
		license: DATA_LICENSE,
	};
	return `${JSON.stringify(document, null, 2)}\n`;
}

export interface PackageSite {
	title: string;
	/** Public URL of the site, with its base path. */
	url: string;
	host_org: string;
}

/** A Frictionless table schema: one field per column, named as its CSV header. */
export function tableSchema(columns: readonly Column[]): object {
	return {
		fields: columns.map((column) => ({
			name: column.header,
			title: column.key,
			type: column.type,
			description: column.description,
			...(column.type === 'boolean' ? { trueValues: [YES], falseValues: [NO] } : {}),
			// An empty cell is a missing value in Frictionless, so it need not be listed.
			...(column.values && column.type === 'string' ? { constraints: { enum: column.values } } : {}),
		})),
	};
}

/**
 * `/datapackage.json`: every indicator CSV as a tabular data resource, paths relative to it,
 * then `tables`, the site-wide tables (the 对标 comparisons, utils/comparison-data.ts).
 */
export function dataPackage(site: PackageSite, indicators: readonly { slug: string; indicator: Indicator }[], tables: readonly object[] = []): object {
	const sources = new Map<string, { title: string; path?: string }>();
	for (const { indicator } of indicators) {
		sources.set(indicator.source.publisher, { title: indicator.source.publisher, ...(indicator.source.url ? { path: indicator.source.url } : {}) });
	}
	const anySample = indicators.some(({ indicator }) => indicator.sample);
	return {
		profile: 'tabular-data-package',
		name: 'anju-dbjj-indicators',
		title: `${site.title}：指标数据`,
		description: `安居区对标竞进各项指标的数据，每个指标一个 CSV 文件（UTF-8 带 BOM），同名 JSON 文件含完整说明。${tables.length > 0 ? '对标比较另为一个表，每个比较、每个时期一行。' : ''}${anySample ? '“示例数据”列为“是”的数值为示例，不是官方统计。' : ''}`,
		homepage: site.url,
		sample: anySample,
		licenses: [DATA_LICENSE],
		contributors: [{ title: site.host_org, role: 'publisher' }],
		sources: [...sources.values()],
		resources: [
			...indicators.map(({ slug, indicator }) => ({
				profile: 'tabular-data-resource',
				name: slug,
				path: indicatorDataPath(slug, 'csv'),
				title: indicator.title,
				description: indicator.definition,
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8-sig',
				sample: indicator.sample,
				sources: [{ title: sourceText(indicator.source), ...(indicator.source.url ? { path: indicator.source.url } : {}) }],
				schema: tableSchema(CSV_COLUMNS),
			})),
			...tables,
		],
	};
}
