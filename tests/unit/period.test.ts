import { describe, expect, it } from 'vitest';
import { matchesFrequency, parsePeriod } from '../../src/utils/period.ts';

describe('parsePeriod', () => {
	it('reads years, quarters and months with the months they cover', () => {
		expect(parsePeriod('2024')).toMatchObject({ frequency: 'annual', year: 2024, firstMonth: 2024 * 12, lastMonth: 2024 * 12 + 11 });
		expect(parsePeriod('2024-Q3')).toMatchObject({ frequency: 'quarterly', part: 3, firstMonth: 2024 * 12 + 6, lastMonth: 2024 * 12 + 8 });
		expect(parsePeriod('2024-07')).toMatchObject({ frequency: 'monthly', part: 7, firstMonth: 2024 * 12 + 6, lastMonth: 2024 * 12 + 6 });
	});
	it('refuses anything else', () => {
		for (const bad of ['24', '2024-Q5', '2024-13', '2024/07', '2024年', '2024-7']) expect(parsePeriod(bad)).toBeUndefined();
	});
	it('checks a period against a frequency', () => {
		expect(matchesFrequency('2024-Q1', 'quarterly')).toBe(true);
		expect(matchesFrequency('2024-01', 'quarterly')).toBe(false);
		expect(matchesFrequency('2024', 'monthly')).toBe(false);
	});
});
