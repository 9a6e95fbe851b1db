/**
 * `stale-site`: an inspection fails a government site whose home page has not been updated
 * for two weeks, so the newest update of the whole site is held to site.yaml's
 * update_cycle_days, counted from the build date (src/utils/build-date.ts).
 */
import { fieldPlace, type LoadedEntry } from '../check-references.ts';
import { daysBetween } from '../days-between.ts';
import type { Problem } from '../problem.ts';
import { defineRule, problemOf } from './rule.ts';

/** The dated field of each kind of file that counts as an update of the site. */
const UPDATE_DATE_FIELD: Partial<Record<LoadedEntry['collection'], string>> = {
	updates: 'date',
	initiatives: 'updated',
	indicators: 'updated',
};

export const staleSite = defineRule({
	id: 'stale-site',
	severity: 'warning',
	title: '网站未按期更新',
	anchor: 'stale-site网站未按期更新',
	source: 'cross-file',
	/**
	 * @param today the build date, YYYY-MM-DD
	 * @param updateCycleDays site.yaml's update_cycle_days
	 */
	check(entries: readonly LoadedEntry[], today: string, updateCycleDays: number): Problem[] {
		let newest: { entry: LoadedEntry; field: string; date: string } | undefined;
		for (const entry of entries) {
			const field = UPDATE_DATE_FIELD[entry.collection];
			const date = field === undefined ? undefined : entry.data[field];
			if (field !== undefined && typeof date === 'string' && (newest === undefined || date > newest.date)) newest = { entry, field, date };
		}
		if (!newest || daysBetween(newest.date, today) <= updateCycleDays) return [];
		const age = daysBetween(newest.date, today);
		return [
			problemOf(staleSite, {
				file: newest.entry.file,
				field: newest.field,
				...fieldPlace(newest.entry, [newest.field]),
				message: `全站最近一次更新是本文件的 ${newest.date}，到生成日期 ${today} 已 ${age} 天，超过 site.yaml 中 update_cycle_days 规定的 ${updateCycleDays} 天；请发布新的动态或更新数据（no update within ${updateCycleDays} days）`,
			}),
		];
	},
});
