import { describe, expect, it } from 'vitest';
import { computeProgress, EVALUATION_INFO, EVALUATIONS, evaluate, formatShare, PROGRESS_METHOD, summarizeIndicator } from '../../src/utils/progress.ts';

type Input = Parameters<typeof summarizeIndicator>[0];

const greenway: Input = {
	unit: '公里',
	decimals: 1,
	direction: 'increase',
	baseline: { period: '2021', value: 5 },
	target: { period: '2025', value: 60 },
	series: [
		{ period: '2021', value: 5 },
		{ period: '2022', value: 12 },
		{ period: '2023', value: 30 },
		{ period: '2024', value: 42 },
	],
};

describe('computeProgress', () => {
	it('measures progress from the baseline to the target against the time elapsed', () => {
		const result = computeProgress(greenway);
		expect(result.latest).toEqual({ period: '2024', value: 42 });
		expect(result.previous).toEqual({ period: '2023', value: 30 });
		expect(result.change).toEqual({ absolute: 12, percent: 40 });
		expect(result.progress).toBeCloseTo(37 / 55);
		expect(result.expected).toBeCloseTo(3 / 4);
		expect(result.evaluation).toBe('on_track');
	});

	it('counts months, so a quarterly series is measured against an annual schedule correctly', () => {
		const result = computeProgress({
			direction: 'increase',
			baseline: { period: '2024-Q1', value: 8 },
			target: { period: '2026-Q4', value: 15 },
			series: [
				{ period: '2024-Q1', value: 8 },
				{ period: '2025-Q2', value: 9 },
			],
		});
		expect(result.expected).toBeCloseTo(15 / 33);
		expect(result.progress).toBeCloseTo(1 / 7);
		expect(result.evaluation).toBe('behind');
	});

	it('treats a fall as progress when lower is better', () => {
		const result = computeProgress({
			direction: 'decrease',
			baseline: { period: '2020', value: 9 },
			target: { period: '2026', value: 3 },
			series: [
				{ period: '2020', value: 9 },
				{ period: '2023', value: 5 },
			],
		});
		expect(result.progress).toBeCloseTo(4 / 6);
		expect(result.expected).toBeCloseTo(0.5);
		expect(result.evaluation).toBe('ahead');
	});

	it('calls a move away from the target 退步, whichever way is better', () => {
		const rising = computeProgress({
			...greenway,
			series: [
				{ period: '2021', value: 5 },
				{ period: '2023', value: 4 },
			],
		});
		expect(rising.evaluation).toBe('regressing');
		const falling = computeProgress({
			direction: 'decrease',
			baseline: { period: '2020', value: 9 },
			target: { period: '2026', value: 3 },
			series: [{ period: '2024', value: 11 }],
		});
		expect(falling.evaluation).toBe('regressing');
	});

	it('uses the first value as the start when no baseline is given', () => {
		const { baseline: _omitted, ...withoutBaseline } = greenway;
		const result = computeProgress(withoutBaseline);
		expect(result.start).toEqual({ period: '2021', value: 5 });
		expect(result.progress).toBeCloseTo(37 / 55);
	});

	it('says 无目标 without a target and 暂无数据 without data since the baseline', () => {
		const { target: _omitted, ...withoutTarget } = greenway;
		expect(computeProgress(withoutTarget).evaluation).toBe('no_target');
		expect(computeProgress({ ...greenway, series: [] }).evaluation).toBe('no_data');
		expect(computeProgress({ ...greenway, series: [{ period: '2021', value: 5 }] }).evaluation).toBe('no_data');
	});

	it('leaves the percentage change out when the previous value is 0', () => {
		const result = computeProgress({
			direction: 'decrease',
			series: [
				{ period: '2026-02', value: 0 },
				{ period: '2026-03', value: 2 },
			],
		});
		expect(result.change).toEqual({ absolute: 2 });
	});

	it('removes floating-point noise from changes', () => {
		const result = computeProgress({
			direction: 'increase',
			series: [
				{ period: '2024', value: 0.1 },
				{ period: '2025', value: 0.3 },
			],
		});
		expect(result.change?.absolute).toBe(0.2);
	});
});

describe('evaluate', () => {
	it.each([
		[0.5, 0.5, 'on_track'],
		[0.6, 0.5, 'on_track'],
		[0.61, 0.5, 'ahead'],
		[0.39, 0.5, 'behind'],
		[1, 0.8, 'ahead'],
		[1.2, 1, 'on_track'],
		[0.95, 1, 'on_track'],
		[-0.01, 0.3, 'regressing'],
	] as const)('progress %s at expected %s is %s', (progress, expected, evaluation) => {
		expect(evaluate(progress, expected)).toBe(evaluation);
	});
});

describe('formatShare', () => {
	it('never claims 100% before the target is reached', () => {
		expect(formatShare(0.996)).toBe('99%');
		expect(formatShare(1)).toBe('100%');
		expect(formatShare(0.6727)).toBe('67%');
	});
});

describe('summarizeIndicator', () => {
	it('says where the figure started, where it is, and how far to the target', () => {
		expect(summarizeIndicator(greenway)).toBe('2021年至2024年由5.0公里增至42.0公里，已完成2025年目标（60.0公里）的67%，序时进度75%。评估：达到序时进度。');
	});

	it('says when the target is reached, the figure fell, or there is no target', () => {
		expect(
			summarizeIndicator({
				...greenway,
				decimals: 0,
				series: [
					{ period: '2021', value: 5 },
					{ period: '2024', value: 61 },
				],
			}),
		).toBe('2021年至2024年由5公里增至61公里，已达到2025年目标（60公里）。评估：超序时进度。');
		const { target: _omitted, ...withoutTarget } = greenway;
		expect(summarizeIndicator({ ...withoutTarget, decimals: 0 })).toBe('2021年至2024年由5公里增至42公里，未设定目标。评估：无目标。');
		expect(summarizeIndicator({ ...greenway, decimals: 0, series: [{ period: '2023', value: 3 }] })).toBe(
			'2021年至2023年由5公里降至3公里，比基期退步，离2025年目标（60公里）更远。评估：退步。',
		);
	});

	it('reads a single value and an empty series plainly', () => {
		const { baseline: _omitted, ...withoutBaseline } = greenway;
		expect(summarizeIndicator({ ...withoutBaseline, decimals: 0, series: [{ period: '2024-Q3', value: 7 }] })).toBe(
			'2024年第三季度为7公里，2025年目标（60公里）暂无可比数据。评估：暂无数据。',
		);
		expect(summarizeIndicator({ ...greenway, series: [] })).toBe('暂无数据。');
	});
});

describe('the published wording', () => {
	it('judges progress against 序时进度 in the words of county bulletins, each label with a symbol and a criterion', () => {
		expect(EVALUATIONS.map((code) => [EVALUATION_INFO[code].symbol, EVALUATION_INFO[code].label])).toEqual([
			['▲', '超序时进度'],
			['●', '达到序时进度'],
			['▼', '未达到序时进度'],
			['✕', '退步'],
			['–', '无目标'],
			['…', '暂无数据'],
		]);
		expect(EVALUATION_INFO.ahead.definition).toBe('完成进度比序时进度快 10 个百分点以上，或在目标期之前已达到目标。');
		expect(EVALUATION_INFO.on_track.definition).toBe('完成进度与序时进度相差不超过 10 个百分点，或到目标期已达到目标。');
		expect(EVALUATION_INFO.behind.definition).toBe('完成进度比序时进度慢 10 个百分点以上。');
		// Short enough for a badge and a chart summary.
		for (const code of EVALUATIONS) expect(EVALUATION_INFO[code].label.length).toBeLessThanOrEqual(7);
	});

	it('defines 序时进度 and no longer speaks of 时间进度', () => {
		expect(PROGRESS_METHOD).toContain(
			'序时进度 = 从基期到最新数据所经过的月数 ÷ 从基期到目标期的月数，最高为 100%，即到最新一期数据时，从基期到目标期这段时间已过去的比例。',
		);
		const published = [...PROGRESS_METHOD, ...EVALUATIONS.map((code) => EVALUATION_INFO[code].definition), summarizeIndicator(greenway)].join('');
		expect(published).not.toMatch(/时间进度|应完成/);
	});
});
