/**
 * Chinese display forms: dates as 2025年3月31日, periods as 2025年第三季度, large numbers
 * with 万/亿 (GB/T 15835). Pure functions over the ISO strings the schemas produce.
 */
import { parsePeriod } from './period.ts';

const QUARTERS = ['', '第一季度', '第二季度', '第三季度', '第四季度'];

/** 12.3万, 3.45亿. Formatters are built once: building one costs far more than formatting with it. */
const COMPACT = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 });
const PLAIN = new Map<number | undefined, Intl.NumberFormat>();

/** Digits without thousands separators (Chinese official texts write 35699元, never 35,699元); `decimals` fixed, else up to two. */
function plainFormat(decimals: number | undefined): Intl.NumberFormat {
	let format = PLAIN.get(decimals);
	if (!format) {
		format = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: decimals ?? 0, maximumFractionDigits: decimals ?? 2, useGrouping: false });
		PLAIN.set(decimals, format);
	}
	return format;
}

/** `2025-03-31` → `2025年3月31日`. */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${year}年${month}月${day}日`;
}

/** `2025-03` (or a full date) → `2025年3月`. */
export function formatMonth(iso: string): string {
	const [year, month] = iso.split('-').map(Number);
	return `${year}年${month}月`;
}

/** `2024` → `2024年`, `2024-Q3` → `2024年第三季度`, `2024-07` → `2024年7月`. */
export function formatPeriod(text: string): string {
	const period = parsePeriod(text);
	if (!period) return text;
	if (period.frequency === 'annual') return `${period.year}年`;
	if (period.frequency === 'quarterly') return `${period.year}年${QUARTERS[period.part]}`;
	return `${period.year}年${period.part}月`;
}

/**
 * A number for reading: plain digits below 10万 (35699, as official documents write it), then 万/亿 (12.3万, 3.45亿).
 * `decimals` fixes the decimal places of small numbers; large ones keep up to two.
 */
export function formatNumber(value: number, decimals?: number): string {
	if (Math.abs(value) >= 100_000) return COMPACT.format(value);
	return plainFormat(decimals).format(value);
}

/**
 * A figure without its unit, for table cells whose header names the unit. Official money
 * keeps the unit it was given in: a unit that already carries 万 or 亿 (亿元, 万人) is not
 * compacted again, so 1005 亿元 stays 1005, never 1005 converted.
 */
export function formatFigure(value: number, unit: string | undefined, decimals?: number): string {
	if (unit !== undefined && /^[万亿]/.test(unit)) return plainFormat(decimals).format(value);
	return formatNumber(value, decimals);
}

/** A figure with its unit: `42公里`, `12.3万人`, `1005亿元`, `6.5%`. */
export function formatValue(value: number, unit: string | undefined, decimals?: number): string {
	return `${formatFigure(value, unit, decimals)}${unit ?? ''}`;
}
