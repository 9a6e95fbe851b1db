/**
 * The date the site is built, as YYYY-MM-DD (Beijing time). SOURCE_DATE_EPOCH, when set,
 * fixes it, so a rebuild of the same content gives the same pages.
 */
import { readEnvironment } from '../config/environment.ts';

export function buildDate(now: Date = sourceDate()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function sourceDate(): Date {
	const epoch = readEnvironment().SOURCE_DATE_EPOCH;
	return epoch === undefined ? new Date() : new Date(epoch * 1000);
}
