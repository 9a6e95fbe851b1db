import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { benchmarkSchema } from '../../src/schemas/benchmark.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';
import { indicatorSchema, type Indicator } from '../../src/schemas/indicator.ts';
import { anjuValues, buildComparison, type ComparisonView } from '../../src/utils/comparison.ts';

/** A content file, read and checked by its schema as the build does. */
const load = <T>(schema: { parse: (data: unknown) => T }, path: string, overrides: object = {}): T =>
	schema.parse({ ...parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')), ...overrides });

const indicator = (slug: string, overrides: object = {}) => ({ slug, data: load(indicatorSchema, `indicators/${slug}.yaml`, overrides) });
const benchmark = (slug: string) => ({ slug, data: load(benchmarkSchema, `benchmarks/${slug}.yaml`) });

/** Every real comparison, built as getComparisons() builds it. */
function realComparisons(): ComparisonView[] {
	return ['zhejiang-anji', 'chongqing-tongliang', 'mianyang-youxian', 'nanchong-jialing'].flatMap((slug) => {
		const region = benchmark(slug);
		return (region.data.comparisons ?? []).map((comparison, index) => buildComparison(region, index, comparison, indicator(comparison.indicator)));
	});
}

const source = { title: '《统计公报》', publisher: '某区统计局', trust: 'official' } as const;

/** An inline comparison against the real Anji region, for the cases the content does not have. */
function inline(comparison: object, anju: { slug: string; data: Indicator }): ComparisonView {
	return buildComparison(benchmark('zhejiang-anji'), 0, comparisonSchema.parse({ definition: '测试口径', sample: false, ...comparison }), anju);
}

/** 安吉's 农民收入 with the given figures, each from `source`. */
const farmersIncome = (values: Record<string, number>) => ({
	figure: '农民收入',
	unit: '元',
	indicator: 'nongcun-jumin-renjun-kezhipei-shouru',
	series: Object.entries(values).map(([period, value]) => ({ period, value, source })),
});
const series = (values: Record<string, number>) => Object.entries(values).map(([period, value]) => ({ period, value, status: 'final' }));
const income = (values: Record<string, number>) =>
	indicator('nongcun-jumin-renjun-kezhipei-shouru', { baseline: undefined, target: undefined, sample: false, series: series(values) });

describe('the five real comparisons', () => {
	const views = new Map(realComparisons().map((view) => [view.id, view]));

	it('has one id per comparison, counted in its file', () => {
		expect([...views.keys()]).toEqual(['zhejiang-anji-1', 'zhejiang-anji-2', 'chongqing-tongliang-1', 'mianyang-youxian-1', 'nanchong-jialing-1']);
	});

	it('安吉 农民收入: against the 2020 level, 35699元 written without separators', () => {
		const view = views.get('zhejiang-anji-1')!;
		expect(view.summary).toBe(
			'2020年浙江省安吉县农民收入35699元；2025年安居区农村居民人均可支配收入24000元（示例数据），与浙江省安吉县2020年的水平相比差距11699元，比2020年缩小35.7%。按安居近年的增长速度，预计2032年达到浙江省安吉县2020年的水平（此后的数字未找到）。',
		);
		expect(view.summary).not.toMatch(/35,699|3\.57万/);
		expect(view.trendLabel).toBe('▼ 差距缩小');
		expect(view.sample).toEqual({ anju: true, benchmark: false });
	});

	it('安吉 平安建设: words only', () => {
		const view = views.get('zhejiang-anji-2')!;
		expect(view.gap).toBeUndefined();
		expect(view.summary).toBe(
			'浙江省安吉县：连续十三年获省平安县，连续两届获全国平安建设先进县（文字成绩，没有可比的数字）。2025年安居区生产安全事故死亡人数3人（示例数据）。',
		);
		expect(view.trendLabel).toBe('— 只有文字成绩');
		expect(view.catchUpLabel).toBe('');
	});

	it('铜梁 地区生产总值增速: no common period', () => {
		const view = views.get('chongqing-tongliang-1')!;
		expect(view.summary).toBe(
			'2024年重庆市铜梁区地区生产总值增速2.2%；2021年安居区地区生产总值增速8.7%（示例数据）。两地没有同一时期的数字，无法计算同期差距。',
		);
		expect(view.trendLabel).toBe('— 没有同期数字');
		expect(view.catchUpLabel).toBe('没有同期数字，无法估算追平时间。');
	});

	it('游仙 高新区主营业务收入: against the 2020 level', () => {
		const view = views.get('mianyang-youxian-1')!;
		expect(view.summary).toBe(
			'2020年绵阳市游仙区游仙高新区主营业务收入1005亿元；2025年安居区工业园区营业收入860亿元（示例数据），与绵阳市游仙区2020年的水平相比差距145亿元，比2020年缩小73.4%。按安居近年的增长速度，预计2027年达到绵阳市游仙区2020年的水平（此后的数字未找到）。',
		);
	});

	it('嘉陵 地区生产总值: an unverified figure, marked 待核实', () => {
		const view = views.get('nanchong-jialing-1')!;
		expect(view.summary).toBe(
			'2022年南充市嘉陵区地区生产总值236亿元（示例数据，待核实）；2021年安居区地区生产总值210.42亿元（示例数据）。两地没有同一时期的数字，无法计算同期差距。',
		);
		expect(view.sample).toEqual({ anju: true, benchmark: true });
	});
});

describe('buildComparison', () => {
	it('converts the benchmark into the indicator’s unit by the declared factor', () => {
		const view = inline(
			{
				figure: '农民收入',
				unit: '万元',
				indicator: 'nongcun-jumin-renjun-kezhipei-shouru',
				conversion: { factor: 10000 },
				series: [{ period: '2024', value: 3, source }],
			},
			income({ 2024: 24000 }),
		);
		expect(view.factor).toBe(10000);
		expect(view.benchmarkUnit).toBe('万元');
		expect(view.benchmarkSeries[0]).toMatchObject({ period: '2024', value: 30000, source });
		expect(view.gap?.latest?.absolute).toBe(6000);
		expect(view.summary).toBe('2024年浙江省安吉县农民收入30000元；同期2024年安居区农村居民人均可支配收入24000元，差距6000元。数据不足，无法估算追平时间。');
	});

	it('says a widening gap and when Anju never catches up', () => {
		const view = inline(farmersIncome({ 2020: 30000, 2024: 40000 }), income({ 2020: 20000, 2024: 22000 }));
		expect(view.trendLabel).toBe('▲ 差距扩大');
		expect(view.summary).toContain('差距18000元，比2020年扩大80.0%');
		expect(view.catchUpLabel).toBe('按目前的速度，安居追不上。');
	});

	it('says the year at both sides’ pace', () => {
		const view = inline(farmersIncome({ 2020: 800, 2021: 880 }), income({ 2020: 100, 2021: 200 }));
		expect(view.catchUpLabel).toBe('按双方近年的增长速度，预计2024年追平。');
		expect(view.trendLabel).toBe('▼ 差距缩小');
	});

	it('speaks of Anju’s lead, not of the gap, where Anju is ahead', () => {
		const view = inline(farmersIncome({ 2020: 100, 2024: 110 }), income({ 2020: 110, 2024: 115 }));
		expect(view.trendLabel).toBe('✓ 安居领先');
		expect(view.summary).toBe(
			'2024年浙江省安吉县农民收入110元；同期2024年安居区农村居民人均可支配收入115元，安居领先5元，领先幅度比2020年缩小50.0%。安居已领先。',
		);
	});

	it('says so in words where Anju has overtaken the benchmark', () => {
		const view = inline(farmersIncome({ 2020: 100, 2024: 110 }), income({ 2020: 90, 2024: 120 }));
		expect(view.summary).toContain('安居领先10元，2020年时差距10元，现在安居已反超。');
	});

	it('counts fewer as better where lower is better, and writes a rate’s gap in 个百分点', () => {
		const deaths = indicator('anquan-shengchan-shigu-siwang-renshu', { baseline: undefined, target: undefined, series: series({ 2024: 4 }) });
		const view = inline({ figure: '死亡人数', unit: '人', indicator: deaths.slug, series: [{ period: '2024', value: 2, source }] }, deaths);
		expect(view.gap?.latest?.absolute).toBe(2);
		expect(view.summary).toContain('差距2人');
		const growth = indicator('diqu-shengchan-zongzhi-zengsu', { series: series({ 2024: 6.1 }) });
		const rate = inline({ figure: '增速', unit: '%', indicator: growth.slug, series: [{ period: '2024', value: 7.5, source }] }, growth);
		expect(rate.summary).toContain('差距1.4个百分点');
		expect(rate.trendLabel).toBe('— 只有一期，看不出趋势');
	});
});

describe('anjuValues', () => {
	it('puts the baseline first and keeps one value per period', () => {
		const { data } = indicator('nongcun-jumin-renjun-kezhipei-shouru', { series: series({ 2020: 17500, 2021: 19000 }) });
		expect(anjuValues(data)).toEqual([
			{ period: '2020', value: 17500 },
			{ period: '2021', value: 19000 },
		]);
	});
});
