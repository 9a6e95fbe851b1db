/** The key figures' sparkline (src/utils/sparkline.ts): values to a polyline in a 120 × 36 box, 4 px from every edge. */
import { describe, expect, it } from 'vitest';
import { SPARKLINE_BOX, sparkline } from '../../src/utils/sparkline.ts';

/** The polyline's points as numbers. */
const points = (values: number[]) =>
	sparkline(values)
		?.points?.split(' ')
		.map((pair) => pair.split(',').map(Number));

describe('sparkline', () => {
	it('spans the box: the oldest value at the left, the latest at the right, the highest at the top', () => {
		expect(SPARKLINE_BOX).toEqual({ width: 120, height: 36 });
		expect(points([10, 30, 20])).toEqual([
			[4, 32],
			[60, 4],
			[116, 18],
		]);
		expect(sparkline([10, 30, 20])?.end).toEqual({ x: 116, y: 18 });
	});

	it('draws a flat series as a level line at mid-height', () => {
		expect(points([5, 5, 5])).toEqual([
			[4, 18],
			[60, 18],
			[116, 18],
		]);
	});

	it('draws one value as the dot alone, at the right and mid-height', () => {
		expect(sparkline([210.42])).toEqual({ end: { x: 116, y: 18 } });
	});

	it('draws nothing without values', () => {
		expect(sparkline([])).toBeUndefined();
	});

	it('scales negative values between the series’ own lowest and highest', () => {
		expect(points([-5, 0, 5])).toEqual([
			[4, 32],
			[60, 18],
			[116, 4],
		]);
	});

	it('draws a falling count falling, whichever way is better (a decreasing indicator is not turned upside down)', () => {
		// 生产安全事故死亡人数, lower is better: 7, 5, 5, 4, 3.
		const drawn = points([7, 5, 5, 4, 3])!;
		expect(drawn.map(([, y]) => y)).toEqual([4, 18, 18, 25, 32]);
		expect(drawn.map(([x]) => x)).toEqual([4, 32, 60, 88, 116]);
	});

	it('writes coordinates to a tenth of a pixel', () => {
		expect(sparkline([0, 1, 3])?.points).toBe('4,32 60,22.7 116,4');
	});

	it('fits another box', () => {
		expect(sparkline([0, 1], { width: 20, height: 10 })?.points).toBe('4,6 16,4');
	});
});
