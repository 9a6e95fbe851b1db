import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { benchmarkSchema } from '../../src/schemas/benchmark.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { buildComparison } from '../../src/utils/comparison.ts';
import {
	COMPARISON_COLUMNS,
	comparisonCsvRows,
	comparisonRows,
	comparisonsCsv,
	comparisonsJson,
	comparisonsResource,
	gapValue,
} from '../../src/utils/comparison-data.ts';
import { dataPackage } from '../../src/utils/open-data.ts';

const read = (path: string): unknown => parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8'));

/** The real content, as getIndicators() and getComparisons() give it. */
const indicators = [
	'nongcun-jumin-renjun-kezhipei-shouru',
	'anquan-shengchan-shigu-siwang-renshu',
	'diqu-shengchan-zongzhi-zengsu',
	'gongye-yuanqu-yingye-shouru',
	'diqu-shengchan-zongzhi',
].map((id) => ({ id, data: indicatorSchema.parse(read(`indicators/${id}.yaml`)) }));
const comparisons = ['zhejiang-anji', 'chongqing-tongliang', 'mianyang-youxian', 'nanchong-jialing'].flatMap((slug) => {
	const data = benchmarkSchema.parse(read(`benchmarks/${slug}.yaml`));
	return (data.comparisons ?? []).map((comparison, index) =>
		buildComparison({ slug, data }, index, comparison, {
			slug: comparison.indicator,
			data: indicators.find((entry) => entry.id === comparison.indicator)!.data,
		}),
	);
});
const rows = comparisonRows(comparisons, indicators);

describe('gapValue', () => {
	it('is benchmark − Anju, reversed where lower is better, without binary noise', () => {
		expect(gapValue(35699, 17500, 'increase')).toBe(18199);
		expect(gapValue(2.2, 8.7, 'increase')).toBe(-6.5);
		expect(gapValue(236, 210.42, 'increase')).toBe(25.58);
		expect(gapValue(2, 4, 'decrease')).toBe(2);
	});
});

describe('comparisonRows', () => {
	it('has a row per comparison and period either side has, oldest first', () => {
		const anji = rows.filter((row) => row.comparison === 'zhejiang-anji-1');
		expect(anji.map((row) => row.period)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
		expect(anji[0]).toMatchObject({
			benchmark: 'zhejiang-anji',
			indicator: 'nongcun-jumin-renjun-kezhipei-shouru',
			figure: '农民收入',
			benchmark_value: 35699,
			anju_value: 17500,
			unit: '元',
			gap: 18199,
			sample: true,
		});
		expect(anji[0]?.sources.benchmark).toEqual({
			title: '《激情担当 跨越赶超 努力推动安居各项工作走在全市前列》',
			publisher: '中共遂宁市安居区委书记 吴军',
			url: null,
			trust: 'quoted',
		});
		expect(anji[5]).toMatchObject({ period: '2025', benchmark_value: null, anju_value: 24000, gap: null });
		expect(anji[5]?.sources).toEqual({ benchmark: null, anju: { title: '示例数据，非官方统计', publisher: '示例数据（拟由区统计局提供）', url: null } });
	});

	it('has no gap where the periods differ', () => {
		const tongliang = rows.filter((row) => row.comparison === 'chongqing-tongliang-1');
		expect(tongliang.map((row) => [row.period, row.benchmark_value, row.anju_value, row.gap])).toEqual([
			['2021', null, 8.7, null],
			['2024', 2.2, null, null],
		]);
		expect(tongliang[1]?.sources.benchmark).toMatchObject({ url: 'https://cqstl.gov.cn/qq_171/202210/t20221020_11207719.html', trust: 'official' });
	});

	it('gives a comparison in words one row without values', () => {
		expect(rows.filter((row) => row.comparison === 'zhejiang-anji-2')).toEqual([
			expect.objectContaining({
				period: null,
				benchmark_value: null,
				anju_value: null,
				gap: null,
				unit: '人',
				text: '连续十三年获省平安县，连续两届获全国平安建设先进县。',
				sources: expect.objectContaining({ benchmark: null }),
			}),
		]);
	});

	it('needs the indicator’s source', () => {
		expect(() => comparisonRows(comparisons, [])).toThrow('no source');
	});
});

describe('the downloads', () => {
	it('writes the JSON as one array with every key on every row', () => {
		const json = JSON.parse(comparisonsJson(rows)) as Record<string, unknown>[];
		expect(json).toHaveLength(rows.length);
		for (const row of json) expect(Object.keys(row)).toEqual(Object.keys(json[0]!));
	});

	it('writes the CSV with a BOM, Chinese headers and one cell per column', () => {
		const csv = comparisonsCsv(rows);
		expect(csv.startsWith(`\uFEFF${COMPARISON_COLUMNS.map((column) => column.header).join(',')}\r\n`)).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
		const cells = comparisonCsvRows(rows);
		for (const row of cells) expect(row).toHaveLength(COMPARISON_COLUMNS.length);
		const first = cells[0]!;
		const at = (header: string) => first[COMPARISON_COLUMNS.findIndex((column) => column.header === header)];
		expect([at('对标编号'), at('统计期'), at('对标地区数值'), at('安居区数值'), at('差距'), at('示例数据')]).toEqual([
			'zhejiang-anji-1',
			'2020',
			'35699',
			'17500',
			'18199',
			'是',
		]);
		expect(at('对标数据可信程度')).toBe('转引（文章引用，未见原始统计）');
		expect(at('安居数据来源')).toBe('示例数据（拟由区统计局提供）《示例数据，非官方统计》');
	});

	it('is described in datapackage.json after the indicators', () => {
		const pkg = dataPackage({ title: '网站', url: 'https://example.gov.cn/', host_org: '区政府办' }, [], [comparisonsResource(rows)]) as {
			resources: { name: string; path: string; sample: boolean; schema: { fields: { name: string; title: string }[] } }[];
		};
		const [resource] = pkg.resources;
		expect(resource).toMatchObject({ name: 'comparisons', path: 'data/comparisons.csv', sample: true });
		expect(resource?.schema.fields.map((field) => field.name)).toEqual(COMPARISON_COLUMNS.map((column) => column.header));
	});
});
