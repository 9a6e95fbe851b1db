import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatMonth, formatNumber, formatPeriod, formatValue } from '../../src/utils/format.ts';

describe('dates', () => {
	it('writes full dates and months the Chinese way, without leading zeros', () => {
		expect(formatDate('2025-03-31')).toBe('2025年3月31日');
		expect(formatDate('2025-12-01')).toBe('2025年12月1日');
		expect(formatMonth('2025-03')).toBe('2025年3月');
		expect(formatMonth('2025-03-31')).toBe('2025年3月');
	});
});

describe('periods', () => {
	it('names years, quarters and months', () => {
		expect(formatPeriod('2024')).toBe('2024年');
		expect(formatPeriod('2024-Q1')).toBe('2024年第一季度');
		expect(formatPeriod('2024-Q4')).toBe('2024年第四季度');
		expect(formatPeriod('2024-07')).toBe('2024年7月');
	});
	it('leaves text that is not a period as it is', () => {
		expect(formatPeriod('近年')).toBe('近年');
	});
});

describe('numbers', () => {
	it('writes small numbers without separators and uses 万 and 亿 for large ones', () => {
		expect(formatNumber(9999)).toBe('9999');
		expect(formatNumber(99_999)).toBe('99999');
		expect(formatNumber(123_456)).toBe('12.35万');
		expect(formatNumber(345_000_000)).toBe('3.45亿');
		expect(formatNumber(-250_000)).toBe('-25万');
	});
	it('fixes decimal places when asked', () => {
		expect(formatNumber(6.5, 1)).toBe('6.5');
		expect(formatNumber(6, 1)).toBe('6.0');
		expect(formatNumber(0.125)).toBe('0.13');
	});
	it('keeps official money in the unit it was given in', () => {
		expect(formatValue(1005, '亿元')).toBe('1005亿元');
		expect(formatValue(35699, '元')).toBe('35699元');
		expect(formatValue(17.9, '亿元')).toBe('17.9亿元');
		expect(formatFigure(123_456, '万元')).toBe('123456');
	});
	it('puts the unit right after the number', () => {
		expect(formatValue(42, '公里')).toBe('42公里');
		expect(formatValue(8.25, '%', 1)).toBe('8.3%');
		expect(formatValue(500_000, '人')).toBe('50万人');
	});
});
