/**
 * Value rules: real ISO calendar dates, periods that match the frequency and are unique
 * and in order, baseline before target, and finite numbers.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, CHILD, expectBriefs, expectMessage, fixtureWith, INDICATOR, lineNumberOf, PARENT, QUARTERLY, shown, single, UPDATE } from './helpers.ts';

describe('dates', () => {
	it('refuses 2025-02-30, a date that does not exist (YAML keeps it as a string)', async () => {
		const problems = await checkWith({ [INDICATOR]: fixtureWith(INDICATOR, ['updated: 2026-11-15', 'updated: 2025-02-30']) });
		const file = shown(INDICATOR);
		expectBriefs(problems, file, [`error ${file}:19 updated [format]`]);
		expectMessage(
			single(problems, `error ${file}:19 updated [format]`),
			'应为真实存在的日期，格式 YYYY-MM-DD',
			'实为 "2025-02-30"',
			'（expected a real date in ISO form）',
		);
	});

	it('refuses 2025/3/1, a date not in ISO form, in front matter', async () => {
		const problems = await checkWith({ [UPDATE]: fixtureWith(UPDATE, ['date: 2026-09-18', 'date: 2025/3/1']) });
		const file = shown(UPDATE);
		expectBriefs(problems, file, [`error ${file}:3 date [format]`]);
		expectMessage(single(problems, `error ${file}:3 date [format]`), '应为真实存在的日期', '实为 "2025/3/1"', '（expected a real date in ISO form）');
	});

	it('refuses 29 February in a year that is not a leap year, and a date without leading zeros, in nested fields', async () => {
		const text = fixtureWith(
			PARENT,
			['    actual: 2021-12-16', '    actual: 2021-2-29'],
			['commitment_source:\n  title: 《激情担当', 'commitment_source:\n  date: "2025-02-29"\n  title: 《激情担当'],
		);
		const problems = await checkWith({ [PARENT]: text });
		const file = shown(PARENT);
		const actualLine = lineNumberOf(text, 'actual: 2021-2-29');
		const dateLine = lineNumberOf(text, 'date: "2025-02-29"');
		expectBriefs(problems, file, [`error ${file}:${actualLine} milestones[0].actual [format]`, `error ${file}:${dateLine} commitment_source.date [format]`]);
		expectMessage(single(problems, `error ${file}:${actualLine} milestones[0].actual [format]`), '实为 "2021-2-29"');
		expectMessage(single(problems, `error ${file}:${dateLine} commitment_source.date [format]`), '实为 "2025-02-29"');
	});

	it('accepts 29 February in a leap year', async () => {
		const problems = await checkWith({ [UPDATE]: fixtureWith(UPDATE, ['date: 2026-09-18', 'date: 2024-02-29']) });
		expectBriefs(problems, shown(UPDATE), []);
	});
});

describe('periods', () => {
	it('refuses a quarter (2024-Q3) in an annual series', async () => {
		const text = fixtureWith(INDICATOR, ['  - period: "2022"', '  - period: 2024-Q3']);
		const problems = await checkWith({ [INDICATOR]: text });
		const file = shown(INDICATOR);
		expect(lineNumberOf(text, '2024-Q3')).toBe(25);
		expectBriefs(problems, file, [`error ${file}:25 series[1].period [format]`]);
		expectMessage(
			single(problems, `error ${file}:25 series[1].period [format]`),
			'频率为 annual 时统计期应写作 2024 的形式',
			'实为 "2024-Q3"',
			'（expected a',
			'annual period such as 2024）',
		);
	});

	it('refuses a year (2026, unquoted) in a quarterly series', async () => {
		const text = fixtureWith(QUARTERLY, ['  - period: 2026-Q2', '  - period: 2026']);
		const problems = await checkWith({ [QUARTERLY]: text });
		const file = shown(QUARTERLY);
		expectBriefs(problems, file, [`error ${file}:27 series[3].period [format]`]);
		expectMessage(single(problems, `error ${file}:27 series[3].period [format]`), '频率为 quarterly 时统计期应写作 2024-Q3 的形式', '实为 "2026"');
	});

	it('refuses a period that is not one at all', async () => {
		const text = fixtureWith(INDICATOR, ['  - period: "2022"', '  - period: 2022年']);
		const problems = await checkWith({ [INDICATOR]: text });
		const file = shown(INDICATOR);
		const found = problems.filter((problem) => problem.file === file);
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((problem) => problem.line === 25 && problem.field === 'series[1].period' && problem.severity === 'error')).toBe(true);
		const general = found.find((problem) => problem.message.startsWith('应为统计期'));
		expect(general).toBeDefined();
		expectMessage(general!, '应为统计期，如 2024、2024-Q3 或 2024-07', '实为 "2022年"', '（expected a period）');
	});

	// Regression: indicatorSchema's superRefine runs even on a rejected period (`when: () => true`),
	// so its frequency check must skip periods parsePeriod() refuses, or the field is reported twice.
	it('reports a malformed period once, not a second time as the wrong frequency', async () => {
		const text = fixtureWith(INDICATOR, ['  - period: "2022"', '  - period: 2022年']);
		const problems = await checkWith({ [INDICATOR]: text });
		const file = shown(INDICATOR);
		expectBriefs(problems, file, [`error ${file}:25 series[1].period [format]`]);
	});

	it('refuses a period that appears twice in a series, even when one is written as a number', async () => {
		const text = fixtureWith(INDICATOR, ['  - period: "2023"', '  - period: 2022']);
		const problems = await checkWith({ [INDICATOR]: text });
		const file = shown(INDICATOR);
		expect(lineNumberOf(text, '  - period: 2022')).toBe(28);
		expectBriefs(problems, file, [`error ${file}:28 series[2].period [format]`]);
		expectMessage(single(problems, `error ${file}:28 series[2].period [format]`), '统计期 2022 重复', '（duplicate period）');
	});

	it('refuses periods out of order', async () => {
		const text = fixtureWith(INDICATOR, ['  - period: "2023"', '  - period: "2020"']);
		const problems = await checkWith({ [INDICATOR]: text });
		const file = shown(INDICATOR);
		expectBriefs(problems, file, [`error ${file}:28 series[2].period [format]`]);
		expectMessage(
			single(problems, `error ${file}:28 series[2].period [format]`),
			'统计期应按时间先后排列：2020 排在 2022 之后',
			'（expected periods in ascending order）',
		);
	});

	it('refuses quarters out of order', async () => {
		const text = fixtureWith(QUARTERLY, ['  - period: 2025-Q4', '  - period: 2025-Q2']);
		const problems = await checkWith({ [QUARTERLY]: text });
		const file = shown(QUARTERLY);
		const line = lineNumberOf(text, '2025-Q2');
		expectBriefs(problems, file, [`error ${file}:${line} series[1].period [format]`]);
		expectMessage(single(problems, `error ${file}:${line} series[1].period [format]`), '2025-Q2 排在 2025-Q3 之后');
	});

	it('refuses a target period before the baseline period', async () => {
		const problems = await checkWith({ [INDICATOR]: fixtureWith(INDICATOR, ['  period: "2027"', '  period: "2019"']) });
		const file = shown(INDICATOR);
		expectBriefs(problems, file, [`error ${file}:13 target.period [format]`]);
		expectMessage(
			single(problems, `error ${file}:13 target.period [format]`),
			'目标期 2019 应晚于基期 2020',
			'（expected the target period after the baseline period）',
		);
	});

	it('refuses a target period equal to the baseline period', async () => {
		const problems = await checkWith({ [INDICATOR]: fixtureWith(INDICATOR, ['  period: "2027"', '  period: 2020']) });
		const file = shown(INDICATOR);
		expectBriefs(problems, file, [`error ${file}:13 target.period [format]`]);
		expectMessage(single(problems, `error ${file}:13 target.period [format]`), '目标期 2020 应晚于基期 2020');
	});

	it('compares baseline and target by the months they cover, across forms (2026-Q4 is not after 2026)', async () => {
		const text = fixtureWith(QUARTERLY, ['  period: 2024-Q1', '  period: 2026-Q4'], ['  period: 2026-Q4\n  value: 60', '  period: 2026\n  value: 60']);
		const problems = await checkWith({ [QUARTERLY]: text });
		const file = shown(QUARTERLY);
		expectBriefs(problems, file, [`error ${file}:13 target.period [format]`]);
	});

	it('reports each period problem of one series in the same run', async () => {
		const text = fixtureWith(
			INDICATOR,
			['  - period: "2022"', '  - period: 2024-Q3'],
			['  - period: "2023"', '  - period: "2021"'],
			['  period: "2027"', '  period: "2020"'],
		);
		const problems = await checkWith({ [INDICATOR]: text });
		const file = shown(INDICATOR);
		expectBriefs(problems, file, [
			`error ${file}:13 target.period [format]`,
			`error ${file}:25 series[1].period [format]`,
			`error ${file}:28 series[2].period [format]`,
		]);
		expectMessage(single(problems, `error ${file}:28 series[2].period [format]`), '统计期 2021 重复');
	});

	it('still checks periods when another field of the indicator is wrong', async () => {
		const text = fixtureWith(INDICATOR, ['unit: 公里', 'unit: ""'], ['  - period: "2023"', '  - period: "2020"']);
		const problems = await checkWith({ [INDICATOR]: text });
		const file = shown(INDICATOR);
		expectBriefs(problems, file, [`error ${file}:3 unit [range]`, `error ${file}:28 series[2].period [format]`]);
	});
});

describe('values', () => {
	const cases = [
		['"12万"', '应为数字，实为 "12万"', '（expected a number）'],
		['12万', '应为数字，实为 "12万"', '（expected a number）'],
		['１２', '实为 "１２"', '全角'],
		['.nan', '应为有限的数字，实为 .nan', '（expected a finite number）'],
		['.inf', '应为有限的数字，实为 .inf', '（expected a finite number）'],
		['-.inf', '应为有限的数字，实为 -.inf', '（expected a finite number）'],
	] as const;

	it.each(cases)('refuses value: %s in a series, saying what was found', async (written, found, expected) => {
		const text = fixtureWith(INDICATOR, ['    value: 31.8', `    value: ${written}`]);
		const problems = await checkWith({ [INDICATOR]: text });
		const file = shown(INDICATOR);
		expect(lineNumberOf(text, `value: ${written}`)).toBe(33);
		expectBriefs(problems, file, [`error ${file}:33 series[3].value [value-type]`]);
		expectMessage(single(problems, `error ${file}:33 series[3].value [value-type]`), found, expected);
	});

	it('explains that a value may not carry a unit or Chinese characters', async () => {
		const problems = await checkWith({ [INDICATOR]: fixtureWith(INDICATOR, ['    value: 31.8', '    value: 12万']) });
		expectMessage(single(problems, `error ${shown(INDICATOR)}:33 series[3].value [value-type]`), '数值中不能带单位或汉字');
	});

	it('explains that full-width digits must be half-width', async () => {
		const problems = await checkWith({ [INDICATOR]: fixtureWith(INDICATOR, ['    value: 31.8', '    value: １２']) });
		expectMessage(single(problems, `error ${shown(INDICATOR)}:33 series[3].value [value-type]`), '其中含全角数字或字母，请改用半角', '（expected a number）');
	});

	it('refuses non-finite numbers in baseline, target and benchmark highlights too', async () => {
		const benchmark = 'benchmarks/zhejiang-anji.yaml';
		const problems = await checkWith({
			[INDICATOR]: fixtureWith(INDICATOR, ['  value: 0', '  value: .NaN'], ['  value: 50', '  value: .Inf']),
			[benchmark]: fixtureWith(benchmark, ['    value: 2800', '    value: 2800万']),
		});
		expectBriefs(problems, shown(INDICATOR), [
			`error ${shown(INDICATOR)}:11 baseline.value [value-type]`,
			`error ${shown(INDICATOR)}:14 target.value [value-type]`,
		]);
		expectMessage(single(problems, `error ${shown(INDICATOR)}:11 baseline.value [value-type]`), '实为 .nan');
		expectMessage(single(problems, `error ${shown(INDICATOR)}:14 target.value [value-type]`), '实为 .inf');
		const line = lineNumberOf(fixtureWith(benchmark, ['    value: 2800', '    value: 2800万']), '2800万');
		expectBriefs(problems, shown(benchmark), [`error ${shown(benchmark)}:${line} highlights[1].value [value-type]`]);
		expectMessage(single(problems, `error ${shown(benchmark)}:${line} highlights[1].value [value-type]`), '实为 "2800万"');
	});

	it('accepts negative and decimal numbers', async () => {
		const problems = await checkWith({ [INDICATOR]: fixtureWith(INDICATOR, ['    value: 31.8', '    value: -0.5']) });
		expectBriefs(problems, shown(INDICATOR), []);
	});
});

describe('initiative date order', () => {
	it('refuses a due month before the start month', async () => {
		const text = fixtureWith(CHILD, ['due: "2026-12"', 'due: "2024-12"']);
		const problems = await checkWith({ [CHILD]: text });
		const file = shown(CHILD);
		const line = lineNumberOf(text, 'due: "2024-12"');
		expectBriefs(problems, file, [`error ${file}:${line} due [format]`]);
		expectMessage(single(problems, `error ${file}:${line} due [format]`), '计划完成时间 2024-12 早于开始时间 2025-03', '（expected due not before start）');
	});
});
