/**
 * Calendar checks for the ISO forms editors type: `2025-03-31` and `2025-03`.
 * YAML parsers disagree on dates (one turns `2025-02-30` into 2 March, another keeps
 * the string), so every date is checked and kept as its ISO string.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether `text` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
	const match = ISO_DATE.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `text` is a month written as YYYY-MM. */
export function isYearMonth(text: string): boolean {
	return YEAR_MONTH.test(text);
}

/** A Date (as some YAML parsers produce for unquoted dates) as its YYYY-MM-DD string. */
export function dateToIso(date: Date): string {
	return date.toISOString().slice(0, 10);
}
