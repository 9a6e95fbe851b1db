import { describe, expect, it } from 'vitest';
import { annualGrowth, catchUpYear, compareSeries, periodYears, type GapPoint } from '../../src/utils/benchmark-gap.ts';

const points = (values: Record<string, number>): GapPoint[] => Object.entries(values).map(([period, value]) => ({ period, value }));

describe('periodYears', () => {
	it('places a period at the middle of its span', () => {
		expect(periodYears('2025')).toBe(2025.5);
		expect(periodYears('2025-Q1')).toBe(2025.125);
		expect(periodYears('2025-07')).toBeCloseTo(2025 + 6.5 / 12);
	});

	it('refuses what is not a period', () => {
		expect(() => periodYears('2025年')).toThrow('not a period');
	});
});

describe('compareSeries: the gap', () => {
	it('gives the absolute gap, the ratio and the percentage of the benchmark', () => {
		const result = compareSeries({ anju: points({ 2024: 80 }), benchmark: points({ 2024: 100 }), direction: 'increase' });
		expect(result.state).toBe('one-point');
		expect(result.latest).toEqual({ period: '2024', anju: 80, benchmark: 100, absolute: 20, ratio: 0.8, percent: 20 });
		expect(result.trend).toBeUndefined();
	});

	it('is negative where Anju is ahead', () => {
		const result = compareSeries({ anju: points({ 2024: 120 }), benchmark: points({ 2024: 100 }), direction: 'increase' });
		expect(result.latest).toMatchObject({ absolute: -20, ratio: 1.2, percent: -20 });
		expect(result.catchUp).toEqual({ kind: 'ahead' });
	});

	it('is reversed where lower is better: Anju − benchmark', () => {
		const behind = compareSeries({ anju: points({ 2024: 6 }), benchmark: points({ 2024: 4 }), direction: 'decrease' });
		expect(behind.latest).toMatchObject({ absolute: 2, percent: 50, ratio: 1.5 });
		const ahead = compareSeries({ anju: points({ 2024: 3 }), benchmark: points({ 2024: 4 }), direction: 'decrease' });
		expect(ahead.latest?.absolute).toBe(-1);
		expect(ahead.catchUp).toEqual({ kind: 'ahead' });
	});

	it('uses only the periods both sides have, whatever order they are written in', () => {
		const result = compareSeries({ anju: points({ 2023: 60, 2021: 40, 2022: 50 }), benchmark: points({ 2022: 100, 2020: 90 }), direction: 'increase' });
		expect(result.state).toBe('one-point');
		expect(result.latest).toMatchObject({ period: '2022', absolute: 50 });
	});
});

describe('compareSeries: the trend', () => {
	it('finds a widening gap', () => {
		const result = compareSeries({ anju: points({ 2020: 50, 2024: 60 }), benchmark: points({ 2020: 100, 2024: 130 }), direction: 'increase' });
		expect(result).toMatchObject({ state: 'trend', trend: 'widened', trendBasis: 'common' });
		expect(result.earliest?.absolute).toBe(50);
		expect(result.latest?.absolute).toBe(70);
		expect(result.trendPercent).toBeCloseTo(40);
	});

	it('finds a narrowing gap', () => {
		const result = compareSeries({ anju: points({ 2020: 50, 2024: 90 }), benchmark: points({ 2020: 100, 2024: 110 }), direction: 'increase' });
		expect(result).toMatchObject({ state: 'trend', trend: 'narrowed' });
		expect(result.trendPercent).toBeCloseTo(-60);
	});

	it('finds an unchanged gap, and no percentage where the earliest gap was nil', () => {
		const unchanged = compareSeries({ anju: points({ 2020: 50, 2024: 60 }), benchmark: points({ 2020: 60, 2024: 70 }), direction: 'increase' });
		expect(unchanged.trend).toBe('unchanged');
		const fromLevel = compareSeries({ anju: points({ 2020: 60, 2024: 60 }), benchmark: points({ 2020: 60, 2024: 70 }), direction: 'increase' });
		expect(fromLevel.trend).toBe('widened');
		expect(fromLevel.trendPercent).toBeUndefined();
	});

	it('counts a falling figure as closing the gap where lower is better', () => {
		const result = compareSeries({ anju: points({ 2020: 9, 2024: 5 }), benchmark: points({ 2020: 4, 2024: 3 }), direction: 'decrease' });
		expect(result).toMatchObject({ trend: 'narrowed' });
		expect(result.latest?.absolute).toBe(2);
		expect(result.earliest?.absolute).toBe(5);
	});

	it('measures against the benchmark’s last level when it published nothing later', () => {
		const result = compareSeries({ anju: points({ 2020: 17500, 2025: 24000 }), benchmark: points({ 2020: 35699 }), direction: 'increase' });
		expect(result).toMatchObject({ state: 'one-point', trend: 'narrowed', trendBasis: 'level' });
		expect(result.againstLatestBenchmark).toMatchObject({ period: '2020', anjuPeriod: '2025', anju: 24000, benchmark: 35699, absolute: 11699 });
		expect(result.trendPercent).toBeCloseTo(((11699 - 18199) / 18199) * 100);
	});
});

describe('compareSeries: missing data', () => {
	it('has no gap without a common period, but shows each side’s latest', () => {
		const result = compareSeries({ anju: points({ 2021: 8.7 }), benchmark: points({ 2024: 2.2 }), direction: 'increase' });
		expect(result.state).toBe('no-common-period');
		expect(result.latest).toBeUndefined();
		expect(result.trend).toBeUndefined();
		expect(result.againstLatestBenchmark).toMatchObject({ period: '2024', anjuPeriod: '2021' });
	});

	it('says no data when one side has no values', () => {
		expect(compareSeries({ anju: [], benchmark: points({ 2024: 1 }), direction: 'increase' })).toEqual({
			state: 'no-data',
			growth: {},
			catchUp: { kind: 'unknown' },
		});
	});
});

describe('annualGrowth', () => {
	it('is the average annual rate between the first and last values', () => {
		expect(annualGrowth(points({ 2020: 100, 2022: 121 }))).toBeCloseTo(0.1);
		expect(annualGrowth(points({ 2022: 121, 2021: 999, 2020: 100 }))).toBeCloseTo(0.1);
	});

	it('counts quarters as parts of a year', () => {
		expect(annualGrowth(points({ '2024-Q1': 100, '2025-Q1': 110 }))).toBeCloseTo(0.1);
	});

	it('is unknown with one value or a value that is not positive', () => {
		expect(annualGrowth(points({ 2020: 100 }))).toBeUndefined();
		expect(annualGrowth([])).toBeUndefined();
		expect(annualGrowth(points({ 2020: 0, 2022: 121 }))).toBeUndefined();
		expect(annualGrowth(points({ 2020: 100, 2022: -1 }))).toBeUndefined();
	});
});

describe('catchUpYear', () => {
	it('finds the year at both sides’ pace', () => {
		// Anju doubles every year, the benchmark grows 10 % a year.
		const catchUp = catchUpYear({ anju: points({ 2020: 100, 2021: 200 }), benchmark: points({ 2020: 800, 2021: 880 }), direction: 'increase' });
		// 200 · 2^t = 880 · 1.1^t → t = ln 4.4 ÷ ln(2 ÷ 1.1) ≈ 2.48 years after the middle of 2021, late in 2023:
		// the first year whose figure is past it is 2024.
		expect(catchUp).toEqual({ kind: 'year', year: 2024, against: 'pace' });
	});

	it('holds the benchmark’s level when its pace is unknown', () => {
		const catchUp = catchUpYear({ anju: points({ 2020: 17500, 2025: 24000 }), benchmark: points({ 2020: 35699 }), direction: 'increase' });
		expect(catchUp).toEqual({ kind: 'year', year: 2032, against: 'level' });
	});

	it('never catches up where the benchmark grows as fast or faster', () => {
		expect(catchUpYear({ anju: points({ 2020: 50, 2024: 60 }), benchmark: points({ 2020: 100, 2024: 130 }), direction: 'increase' })).toEqual({
			kind: 'never',
		});
		expect(catchUpYear({ anju: points({ 2020: 50, 2024: 40 }), benchmark: points({ 2020: 100 }), direction: 'increase' })).toEqual({ kind: 'never' });
	});

	it('needs Anju to fall faster where lower is better', () => {
		expect(catchUpYear({ anju: points({ 2020: 8, 2022: 2 }), benchmark: points({ 2022: 1 }), direction: 'decrease' })).toEqual({
			kind: 'year',
			year: 2023,
			against: 'level',
		});
		expect(catchUpYear({ anju: points({ 2020: 8, 2022: 9 }), benchmark: points({ 2022: 1 }), direction: 'decrease' })).toEqual({ kind: 'never' });
	});

	it('is ahead where Anju already is', () => {
		expect(catchUpYear({ anju: points({ 2024: 120 }), benchmark: points({ 2024: 100 }), direction: 'increase' })).toEqual({ kind: 'ahead' });
	});

	it('is unknown with one Anju value or a value that is not positive', () => {
		expect(catchUpYear({ anju: points({ 2024: 80 }), benchmark: points({ 2024: 100 }), direction: 'increase' })).toEqual({ kind: 'unknown' });
		expect(catchUpYear({ anju: points({ 2020: 0, 2024: 0 }), benchmark: points({ 2024: 100 }), direction: 'increase' })).toEqual({ kind: 'unknown' });
		expect(catchUpYear({ anju: [], benchmark: points({ 2024: 100 }), direction: 'increase' })).toEqual({ kind: 'unknown' });
	});
});
