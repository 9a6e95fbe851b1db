/**
 * `stale-status`: a status nobody has confirmed for months misleads readers, so an
 * initiative's status_as_of may be at most STATUS_MAX_AGE_DAYS old on the build date, unless
 * the status no longer changes.
 */
import type { InitiativeStatus } from '../../schemas/initiative.ts';
import { fieldPlace, type LoadedEntry } from '../check-references.ts';
import { daysBetween } from '../days-between.ts';
import type { Problem } from '../problem.ts';
import { defineRule, problemOf } from './rule.ts';

/** How old an initiative's status_as_of may be before it is flagged. */
export const STATUS_MAX_AGE_DAYS = 90;

/** Statuses that no longer change, so an old status_as_of is expected. */
const SETTLED: readonly InitiativeStatus[] = ['completed', 'completed_modified', 'discontinued'];

export const staleStatus = defineRule({
	id: 'stale-status',
	severity: 'warning',
	title: '状态过期',
	anchor: 'stale-status状态过期',
	source: 'cross-file',
	/** @param today the build date, YYYY-MM-DD */
	check(entries: readonly LoadedEntry[], today: string): Problem[] {
		return entries.flatMap((entry) => {
			const asOf = entry.data['status_as_of'];
			if (entry.collection !== 'initiatives' || typeof asOf !== 'string' || SETTLED.includes(entry.data['status'] as InitiativeStatus)) return [];
			const age = daysBetween(asOf, today);
			if (age <= STATUS_MAX_AGE_DAYS) return [];
			return [
				problemOf(staleStatus, {
					file: entry.file,
					field: 'status_as_of',
					...fieldPlace(entry, ['status_as_of']),
					message: `状态截至 ${asOf}，到生成日期 ${today} 已 ${age} 天（超过 ${STATUS_MAX_AGE_DAYS} 天）；请核实当前状态并更新 status_as_of（status older than ${STATUS_MAX_AGE_DAYS} days）`,
				}),
			];
		});
	},
});
