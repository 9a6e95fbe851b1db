/**
 * `overdue-milestone`: a milestone whose planned month has ended and that is not marked done. The
 * site flags it to readers either way; the warning asks editors to record that it was reached, or
 * to say in status_reason why it was not.
 */
import type { InitiativeStatus } from '../../schemas/initiative-status.ts';
import type { Milestone } from '../../schemas/initiative.ts';
import { formatMonth } from '../../utils/format.ts';
import { overdueMilestones } from '../../utils/milestones.ts';
import { fieldPlace, type LoadedEntry } from '../check-references.ts';
import type { Problem } from '../problem.ts';
import { defineRule, problemOf } from './rule.ts';

export const overdueMilestone = defineRule({
	id: 'overdue-milestone',
	severity: 'warning',
	title: '里程碑逾期',
	anchor: 'overdue-milestone里程碑逾期',
	source: 'cross-file',
	/** @param today the build date, YYYY-MM-DD */
	check(entries: readonly LoadedEntry[], today: string): Problem[] {
		return entries.flatMap((entry) => {
			if (entry.collection !== 'initiatives') return [];
			const milestones = (entry.data['milestones'] ?? []) as Milestone[];
			const title = String(entry.data['title']);
			const overdue = overdueMilestones({ status: entry.data['status'] as InitiativeStatus, milestones }, today);
			return overdue.map((milestone) => {
				const path = ['milestones', milestones.indexOf(milestone), 'planned'];
				return problemOf(overdueMilestone, {
					file: entry.file,
					field: `milestones[${milestones.indexOf(milestone)}].planned`,
					...fieldPlace(entry, path),
					message: `里程碑“${milestone.title}”（举措：${title}）计划${formatMonth(milestone.planned)}完成，到生成日期 ${today} 仍未完成；已完成的请填写 actual 并把 done 改为 true，未完成的请在 status_reason 中说明原因（milestone overdue）`,
				});
			});
		});
	},
});
