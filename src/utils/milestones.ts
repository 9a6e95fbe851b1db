/**
 * When a milestone is overdue: its planned month has ended and it is not done. A planned month is
 * the whole month, so “2026-09” is overdue from 2026年10月1日, never while September lasts. The
 * pages, the unit tables and the check's `overdue-milestone` warning all ask this one function.
 */
import type { InitiativeStatus } from '../schemas/initiative-status.ts';
import type { Milestone } from '../schemas/initiative.ts';

/** An initiative that will not be carried out has no milestones left to miss. */
const NO_LONGER_PLANNED: readonly InitiativeStatus[] = ['discontinued'];

/** @param today YYYY-MM-DD, the build date */
export function isOverdue(milestone: Pick<Milestone, 'planned' | 'done'>, today: string): boolean {
	return !milestone.done && milestone.planned < today.slice(0, 7);
}

/** The overdue milestones of an initiative, in planned order; none once it has been discontinued. */
export function overdueMilestones<Item extends Pick<Milestone, 'planned' | 'done'>>(
	initiative: { status: InitiativeStatus; milestones?: readonly Item[] | undefined },
	today: string,
): Item[] {
	if (NO_LONGER_PLANNED.includes(initiative.status)) return [];
	return (initiative.milestones ?? []).filter((milestone) => isOverdue(milestone, today)).sort((a, b) => a.planned.localeCompare(b.planned));
}

/** The next milestone still to be reached: the earliest planned one not done, overdue or not. */
export function nextMilestone<Item extends Pick<Milestone, 'planned' | 'done'>>(milestones: readonly Item[] | undefined): Item | undefined {
	return [...(milestones ?? [])].filter((milestone) => !milestone.done).sort((a, b) => a.planned.localeCompare(b.planned))[0];
}
