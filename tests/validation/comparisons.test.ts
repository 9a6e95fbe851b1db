/**
 * A benchmark's comparisons (对标比较) against the Anju indicators they name: the unit, the
 * periods and the direction must agree with the indicator's (comparison-unit, comparison-period,
 * comparison-direction), a missing indicator is a reference problem, and hostile values (NaN,
 * huge factors, an indicator that is not a slug or does not load) give a clear message, never a crash.
 */
import { describe, expect, it } from 'vitest';
import { comparedIndicators } from '../../src/validation/comparisons.ts';
import type { LoadedEntry } from '../../src/validation/check-references.ts';
import { comparisonDirection } from '../../src/validation/rules/comparison-direction.ts';
import { comparisonPeriod } from '../../src/validation/rules/comparison-period.ts';
import { comparisonUnit } from '../../src/validation/rules/comparison-unit.ts';
import { BENCHMARK, brief, checkWith, expectBriefs, expectMessage, fixtureText, INDICATOR, lineNumberOf, shown, single } from './helpers.ts';

const file = shown(BENCHMARK);

/** One period's figure, from an official source. */
const point = (period: string, value: string) =>
	`      - period: ${period}\n        value: ${value}\n        source:\n          title: 《安吉县统计公报》\n          publisher: 安吉县统计局\n          trust: official\n`;

/** The valid fixture's benchmark with one comparison: `fields` (indented four spaces) and `points`. */
const withComparison = (fields: string, points: string[] = [point('"2023"', '40')]) =>
	`${fixtureText(BENCHMARK)}comparisons:\n  - figure: 绿道建成里程\n    definition: 安吉县绿道累计建成里程。\n${fields}    series:${points.length === 0 ? ' []' : ''}\n${points.join('')}    sample: false\n`;

/** A comparison with the annual indicator in 公里, increasing, with `fields` added. */
const againstLvdao = (fields = '', points?: string[]) => withComparison(`    unit: 公里\n    indicator: qiongjiang-lvdao-licheng\n${fields}`, points);

describe('a comparison that agrees with its indicator', () => {
	it('passes: same unit, periods of the indicator’s frequency, the same direction', async () => {
		expect((await checkWith({ [BENCHMARK]: againstLvdao('    direction: increase\n', [point('"2022"', '30'), point('2023', '40')]) })).map(brief)).toEqual([]);
	});

	it('passes with quarters against a quarterly indicator, and in words only without values', async () => {
		const quarterly = withComparison('    unit: 亿元\n    indicator: gongye-yuanqu-yingye-shouru\n', [point('2025-Q4', '52.3'), point('2026-Q1', '49.8')]);
		expect((await checkWith({ [BENCHMARK]: quarterly })).map(brief)).toEqual([]);
		const inWords = withComparison('    indicator: qiongjiang-lvdao-licheng\n    text: 建成绿道 100 公里。\n', []);
		expect((await checkWith({ [BENCHMARK]: inWords })).map(brief)).toEqual([]);
	});
});

describe('comparison-unit', () => {
	it('reports a unit other than the indicator’s at its line, when no conversion is given', async () => {
		const text = withComparison('    unit: 米\n    indicator: qiongjiang-lvdao-licheng\n');
		const problems = await checkWith({ [BENCHMARK]: text });
		const wanted = `error ${file}:${lineNumberOf(text, 'unit: 米')} comparisons[0].unit [comparison-unit]`;
		expect(problems.map(brief)).toEqual([wanted]);
		expect(problems[0]?.column).toBe(5);
		expectMessage(
			single(problems, wanted),
			'单位“米”与安居区指标“琼江生态走廊建成里程”（qiongjiang-lvdao-licheng）的单位“公里”不同',
			'请填写换算系数 conversion.factor，使数值乘以它后以“公里”计',
			'（the unit differs from the indicator\'s "公里" and no conversion is given）',
		);
	});

	it('lets the units differ when a conversion is declared', async () => {
		const text = withComparison('    unit: 米\n    indicator: qiongjiang-lvdao-licheng\n    conversion:\n      factor: 0.001\n', [point('"2023"', '40000')]);
		expect((await checkWith({ [BENCHMARK]: text })).map(brief)).toEqual([]);
	});
});

describe('comparison-period', () => {
	it('reports each period not written as the indicator’s frequency requires, at its own line', async () => {
		const text = withComparison('    unit: 亿元\n    indicator: gongye-yuanqu-yingye-shouru\n', [
			point('"2024"', '180'),
			point('2025-Q4', '52.3'),
			point('2026-03', '17.1'),
		]);
		const problems = await checkWith({ [BENCHMARK]: text });
		const [annual, monthly] = [lineNumberOf(text, 'period: "2024"'), lineNumberOf(text, 'period: 2026-03')];
		expectBriefs(problems, file, [
			`error ${file}:${annual} comparisons[0].series[0].period [comparison-period]`,
			`error ${file}:${monthly} comparisons[0].series[2].period [comparison-period]`,
		]);
		expectMessage(
			single(problems, `error ${file}:${annual} comparisons[0].series[0].period [comparison-period]`),
			'安居区指标“工业园区营业收入”（gongye-yuanqu-yingye-shouru）的频率为 quarterly，统计期应写作 2024-Q3 的形式，实为 "2024"',
			'（the indicator is quarterly: expected a period such as 2024-Q3）',
		);
		expect(problems.map((problem) => problem.column)).toEqual([9, 9]);
	});
});

describe('comparison-direction', () => {
	it('reports a direction that contradicts the indicator’s at its line', async () => {
		const text = againstLvdao('    direction: decrease\n');
		const problems = await checkWith({ [BENCHMARK]: text });
		const wanted = `error ${file}:${lineNumberOf(text, 'direction: decrease')} comparisons[0].direction [comparison-direction]`;
		expect(problems.map(brief)).toEqual([wanted]);
		expectMessage(
			single(problems, wanted),
			'变化方向为 decrease（越低越好），与安居区指标“琼江生态走廊建成里程”（qiongjiang-lvdao-licheng）的 increase（越高越好）相反',
			'请删去 direction（默认与指标一致）',
			'（the direction contradicts the indicator\'s "increase"）',
		);
	});
});

describe('a comparison whose indicator does not exist', () => {
	it('is a reference problem at the indicator’s line, and nothing else is held against it', async () => {
		const text = withComparison('    unit: 米\n    indicator: qiongjiang-lvdao-lichen\n    direction: decrease\n', [point('2024-Q2', '40')]);
		const problems = await checkWith({ [BENCHMARK]: text });
		const wanted = `error ${file}:${lineNumberOf(text, 'indicator: qiongjiang-lvdao-lichen')} comparisons[0].indicator [reference]`;
		expect(problems.map(brief)).toEqual([wanted]);
		expectMessage(
			single(problems, wanted),
			'找不到指标 "qiongjiang-lvdao-lichen"（content/indicators/ 下没有这个文件，是否应为 "qiongjiang-lvdao-licheng"？）',
			'（no indicators entry with slug "qiongjiang-lvdao-lichen"）',
		);
	});
});

describe('hostile comparisons', () => {
	const factorLine = (text: string) => lineNumberOf(text, 'factor:');

	it.each([
		['.nan', 'value-type', '应为有限的数字，实为 .nan'],
		['.inf', 'value-type', '应为有限的数字，实为 .inf'],
		['1e400', 'value-type', '应为有限的数字，实为 .inf'],
		['0', 'range', '应大于 0，实为 0'],
		['-10000', 'range', '应大于 0，实为 -10000'],
		['一万', 'value-type', '应为数字，实为 "一万"，数值中不能带单位或汉字'],
		['"10000"', 'value-type', '应为数字，实为 "10000"'],
	])('refuses the conversion factor %s with a clear message at its line', async (factor, rule, words) => {
		const text = withComparison(`    unit: 万元\n    indicator: gongye-yuanqu-yingye-shouru\n    conversion:\n      factor: ${factor}\n`, [
			point('2025-Q4', '3500'),
		]);
		const problems = await checkWith({ [BENCHMARK]: text });
		expectBriefs(problems, file, [`error ${file}:${factorLine(text)} comparisons[0].conversion.factor [${rule}]`]);
		expectMessage(problems[0]!, words);
	});

	it('refuses a factor so large the converted figure is no longer a number', async () => {
		const text = withComparison('    unit: 万元\n    indicator: gongye-yuanqu-yingye-shouru\n    conversion:\n      factor: 1e308\n', [
			point('2025-Q4', '3500'),
		]);
		const problems = await checkWith({ [BENCHMARK]: text });
		const wanted = `error ${file}:${factorLine(text)} comparisons[0].conversion.factor [comparison-unit]`;
		expect(problems.map(brief)).toEqual([wanted]);
		expectMessage(
			single(problems, wanted),
			'换算系数 1e+308 乘以 2025-Q4 的数值 3500 超出了可以计算的范围，请核对换算系数',
			'（the converted value is not a finite number; check the factor）',
		);
	});

	it.each([
		['2024', '应为文本，实为 2024'],
		['~', '应为文本，实为 空值'],
		['[qiongjiang-lvdao-licheng]', '应为文本，实为 列表'],
	])('refuses the indicator %s, which is not a slug, at its line', async (indicator, words) => {
		const text = withComparison(`    unit: 公里\n    indicator: ${indicator}\n`);
		const problems = await checkWith({ [BENCHMARK]: text });
		expect(problems.map(brief)).toEqual([`error ${file}:${lineNumberOf(text, 'indicator:')} comparisons[0].indicator [type]`]);
		expectMessage(problems[0]!, words);
	});

	it('holds nothing against a comparison whose indicator has a null frequency: only the indicator is reported', async () => {
		const problems = await checkWith({
			[BENCHMARK]: againstLvdao('    direction: decrease\n', [point('2024-Q2', '40'), point('2024-07', '41')]),
			[INDICATOR]: fixtureText(INDICATOR).replace('frequency: annual', 'frequency: ~'),
		});
		expect(problems.map(brief)).toEqual([`error ${shown(INDICATOR)}:6 frequency [enum]`]);
	});

	it('reports periods that YAML reads as other numbers, and accepts a year written as a number', async () => {
		const text = againstLvdao('', [point('2022', '30'), point('2023.5', '35'), point('.inf', '40')]);
		const problems = await checkWith({ [BENCHMARK]: text });
		expectBriefs(problems, file, [
			`error ${file}:${lineNumberOf(text, 'period: 2023.5')} comparisons[0].series[1].period [format]`,
			`error ${file}:${lineNumberOf(text, 'period: .inf')} comparisons[0].series[2].period [format]`,
		]);
	});

	it('refuses comparisons written as text instead of a list', async () => {
		const problems = await checkWith({ [BENCHMARK]: `${fixtureText(BENCHMARK)}comparisons: 农民收入\n` });
		expect(problems.map(brief)).toEqual([`error ${file}:${fixtureText(BENCHMARK).split('\n').length} comparisons [type]`]);
	});

	it('checks entries built by hand, which know lines only, and skips an indicator that did not load', () => {
		const benchmark: LoadedEntry = {
			collection: 'benchmarks',
			slug: 'x',
			file: 'content/benchmarks/x.yaml',
			data: {
				comparisons: [
					{ figure: '收入', unit: '万元', indicator: 'y', series: [{ period: '2024-Q1', value: 1 }], direction: 'decrease', sample: false },
					{ figure: '收入', unit: '万元', indicator: 'missing', series: [{ period: '2024-Q1', value: 1 }], sample: false },
				],
			},
			lineOf: (path) => (path.length === 3 ? 7 : undefined),
		};
		const indicator: LoadedEntry = {
			collection: 'indicators',
			slug: 'y',
			file: 'content/indicators/y.yaml',
			data: { title: '收入', unit: '亿元', frequency: 'annual', direction: 'increase' },
			lineOf: () => undefined,
		};
		const compared = comparedIndicators([benchmark, indicator]);
		expect(compared.map((item) => item.index)).toEqual([0]);
		const problems = [...comparisonUnit.check(compared), ...comparisonPeriod.check(compared), ...comparisonDirection.check(compared)];
		expect(problems.map(brief)).toEqual([
			'error content/benchmarks/x.yaml:7 comparisons[0].unit [comparison-unit]',
			'error content/benchmarks/x.yaml comparisons[0].series[0].period [comparison-period]',
			'error content/benchmarks/x.yaml:7 comparisons[0].direction [comparison-direction]',
		]);
		expect(problems.map((problem) => problem.column)).toEqual([undefined, undefined, undefined]);
	});
});

describe('an indicator named like the site’s own data files', () => {
	it('is refused, since its data/comparisons.csv would replace the comparisons table', async () => {
		const problems = await checkWith({ 'indicators/comparisons.yaml': fixtureText(INDICATOR) });
		expect(problems.filter((problem) => problem.file.endsWith('indicators/comparisons.yaml')).map((problem) => [problem.rule, problem.message])).toEqual([
			[
				'file-name',
				"文件名 comparisons 已被网站自己的数据文件（data/comparisons.csv）使用，指标请换一个文件名（the name is taken by the site's own data files）",
			],
		]);
	});
});
