/** The most telling 对标 gap of a benchmark group (src/utils/headline-gap.ts), over the real comparisons and made-up ones. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { benchmarkSchema } from '../../src/schemas/benchmark.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { buildComparison, type ComparisonView } from '../../src/utils/comparison.ts';
import { mostTellingGap } from '../../src/utils/headline-gap.ts';

const load = <T>(schema: { parse: (data: unknown) => T }, path: string): T =>
	schema.parse(parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')));
const region = (slug: string) => ({ slug, data: load(benchmarkSchema, `benchmarks/${slug}.yaml`) });
const indicator = (slug: string) => ({ slug, data: load(indicatorSchema, `indicators/${slug}.yaml`) });

/** Every comparison of the real regions, built as getComparisons() builds it. */
const real = ['zhejiang-anji', 'chongqing-tongliang', 'mianyang-youxian', 'nanchong-jialing'].flatMap((slug) =>
	(region(slug).data.comparisons ?? []).map((comparison, index) => buildComparison(region(slug), index, comparison, indicator(comparison.indicator))),
);
const group = (key: 'overall' | 'specialty') => real.filter((view) => view.benchmark.group === key);

const source = { title: '《统计公报》', publisher: '某区统计局', trust: 'official' } as const;
/** 安吉's 农民收入 against Anju's real series, at one period. */
function income(id: number, period: string, value: number): ComparisonView {
	const comparison = comparisonSchema.parse({
		figure: '农民收入',
		definition: '测试口径',
		unit: '元',
		indicator: 'nongcun-jumin-renjun-kezhipei-shouru',
		sample: false,
		series: [{ period, value, source }],
	});
	return buildComparison(region('zhejiang-anji'), id, comparison, indicator('nongcun-jumin-renjun-kezhipei-shouru'));
}

describe('mostTellingGap', () => {
	it('picks 游仙 for 比拼综合实力: 嘉陵 has no common period, so no gap in figures', () => {
		expect(group('overall').map((view) => view.id)).toEqual(['mianyang-youxian-1', 'nanchong-jialing-1']);
		expect(mostTellingGap(group('overall'))?.id).toBe('mianyang-youxian-1');
	});

	it('picks 安吉 农民收入 for 较量优势特色, over a comparison in words and one without a common period', () => {
		expect(group('specialty').map((view) => view.id)).toEqual(['zhejiang-anji-1', 'zhejiang-anji-2', 'chongqing-tongliang-1']);
		expect(mostTellingGap(group('specialty'))?.id).toBe('zhejiang-anji-1');
	});

	it('weighs gaps against the benchmark’s value, not in the unit, and counts a lead as telling as a gap', () => {
		// 2025: Anju 24000元.
		const behind = income(0, '2025', 32000); // 8000元 behind, 25%
		const slightlyAhead = income(1, '2025', 22000); // 2000元 ahead, 9.1%
		const farBehind = income(2, '2025', 40000); // 16000元 behind, 40%
		const farAhead = income(3, '2025', 12000); // 12000元 ahead, 100%
		expect(mostTellingGap([slightlyAhead, behind])).toBe(behind);
		expect(mostTellingGap([farBehind, farAhead])).toBe(farAhead);
		expect(farAhead.gapLabel).toBe('安居领先12000元（2025年同期）');
	});

	it('takes the first of equal gaps', () => {
		const one = income(0, '2025', 32000);
		const same = income(1, '2025', 32000);
		expect(mostTellingGap([one, same])).toBe(one);
	});

	it('passes over comparisons in words and those without a common period, as the overview gives them no gap', () => {
		const none = real.filter((view) => ['zhejiang-anji-2', 'chongqing-tongliang-1', 'nanchong-jialing-1'].includes(view.id));
		expect(none.map((view) => view.gapLabel)).toEqual(['—（文字成绩，不作数字比较）', '—（两地年份不同，不计算差距）', '—（两地年份不同，不计算差距）']);
		expect(mostTellingGap(none)).toBeUndefined();
		expect(mostTellingGap([])).toBeUndefined();
	});
});
