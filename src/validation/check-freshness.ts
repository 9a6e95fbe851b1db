/**
 * Freshness: an inspection fails a government site whose home page has not been updated
 * for two weeks, and a status nobody has confirmed for months misleads readers. Both are
 * warnings, counted from the build date (src/utils/build-date.ts).
 */
import type { InitiativeStatus } from '../schemas/initiative.ts';
import { fieldPlace, type LoadedEntry } from './check-references.ts';
import type { Problem } from './problem.ts';

/** How old an initiative's status_as_of may be before it is flagged. */
export const STATUS_MAX_AGE_DAYS = 90;

/** Statuses that no longer change, so an old status_as_of is expected. */
const SETTLED: readonly InitiativeStatus[] = ['completed', 'completed_modified', 'discontinued'];

/** The dated field of each kind of file that counts as an update of the site. */
const UPDATE_DATE_FIELD: Partial<Record<LoadedEntry['collection'], string>> = {
	updates: 'date',
	initiatives: 'updated',
	indicators: 'updated',
};

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * @param today the build date, YYYY-MM-DD
 * @param updateCycleDays site.yaml's update_cycle_days
 */
export function checkFreshness(entries: readonly LoadedEntry[], today: string, updateCycleDays: number): Problem[] {
	const problems: Problem[] = [];
	let newest: { entry: LoadedEntry; field: string; date: string } | undefined;
	for (const entry of entries) {
		const field = UPDATE_DATE_FIELD[entry.collection];
		const date = field === undefined ? undefined : entry.data[field];
		if (field !== undefined && typeof date === 'string' && (newest === undefined || date > newest.date)) newest = { entry, field, date };
	}
	if (newest && daysBetween(newest.date, today) > updateCycleDays) {
		const age = daysBetween(newest.date, today);
		problems.push({
			file: newest.entry.file,
			field: newest.field,
			...fieldPlace(newest.entry, [newest.field]),
			rule: 'stale-site',
			severity: 'warning',
			message: `全站最近一次更新是本文件的 ${newest.date}，到生成日期 ${today} 已 ${age} 天，超过 site.yaml 中 update_cycle_days 规定的 ${updateCycleDays} 天；请发布新的动态或更新数据（no update within ${updateCycleDays} days）`,
		});
	}
	for (const entry of entries.filter((candidate) => candidate.collection === 'initiatives')) {
		const asOf = entry.data['status_as_of'];
		if (typeof asOf !== 'string' || SETTLED.includes(entry.data['status'] as InitiativeStatus)) continue;
		const age = daysBetween(asOf, today);
		if (age <= STATUS_MAX_AGE_DAYS) continue;
		problems.push({
			file: entry.file,
			field: 'status_as_of',
			...fieldPlace(entry, ['status_as_of']),
			rule: 'stale-status',
			severity: 'warning',
			message: `状态截至 ${asOf}，到生成日期 ${today} 已 ${age} 天（超过 ${STATUS_MAX_AGE_DAYS} 天）；请核实当前状态并更新 status_as_of（status older than ${STATUS_MAX_AGE_DAYS} days）`,
		});
	}
	return problems;
}
