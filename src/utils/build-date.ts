/**
 * The date the site is built, as YYYY-MM-DD (Beijing time). SOURCE_DATE_EPOCH, when set,
 * fixes it, so a rebuild of the same content gives the same pages.
 */
import { readEnvironment } from '../config/environment.ts';

/** YYYY-MM-DD in Beijing time; built once, as building a formatter costs far more than using it. */
const BEIJING_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function buildDate(now: Date = sourceDate()): string {
	return BEIJING_DAY.format(now);
}

function sourceDate(): Date {
	const epoch = readEnvironment().SOURCE_DATE_EPOCH;
	return epoch === undefined ? new Date() : new Date(epoch * 1000);
}
