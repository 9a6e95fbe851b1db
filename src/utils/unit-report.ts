/**
 * What a responsible unit answers for, as a 督查通报 reports it: the initiatives it leads (which
 * it is held to account for) and those it supports, the statuses of the ones it leads, their
 * overdue milestones, and the evaluations of their indicators. Counted by lead unit, as bulletins do.
 */
import type { Initiative, Milestone } from '../schemas/initiative.ts';
import { countInOrder } from './count-in-order.ts';
import { overdueMilestones } from './milestones.ts';
import { EVALUATIONS, EVALUATION_INFO, type Evaluation, type EvaluationInfo } from './progress.ts';
import { countByStatus, type StatusInfo } from './status.ts';

/** The part a unit plays in an initiative. */
export type UnitRole = 'lead' | 'partner';

export const ROLE_LABELS: Readonly<Record<UnitRole, string>> = { lead: '牵头', partner: '配合' };

export type InitiativeOfUnit = { slug: string; data: Pick<Initiative, 'title' | 'status' | 'lead_unit' | 'partner_units' | 'milestones' | 'indicators'> };

export interface OverdueMilestone {
	/** The initiative's slug. */
	initiative: string;
	milestone: Milestone;
}

export interface UnitReport {
	/** Initiatives the unit leads, then those it supports, each in the order given. */
	initiatives: { slug: string; role: UnitRole }[];
	lead: number;
	partner: number;
	/** Statuses of the initiatives it leads, in display order, leaving out statuses with none. */
	statuses: { info: StatusInfo; count: number }[];
	/** Overdue milestones of the initiatives it leads, or supports, by planned month. */
	overdue: (OverdueMilestone & { role: UnitRole })[];
	/** Evaluations of the indicators of the initiatives it leads, each indicator counted once. */
	evaluations: { info: EvaluationInfo; count: number }[];
}

/**
 * @param initiatives every initiative, in the site's order
 * @param evaluationOf the evaluation of an indicator, by slug (undefined for one that does not exist)
 * @param today the build date, YYYY-MM-DD
 */
export function unitReport(
	unit: string,
	initiatives: readonly InitiativeOfUnit[],
	evaluationOf: (indicator: string) => Evaluation | undefined,
	today: string,
): UnitReport {
	const led = initiatives.filter((initiative) => initiative.data.lead_unit === unit);
	const supported = initiatives.filter((initiative) => initiative.data.lead_unit !== unit && initiative.data.partner_units?.includes(unit));
	const withRole = [
		...led.map((initiative) => ({ initiative, role: 'lead' as const })),
		...supported.map((initiative) => ({ initiative, role: 'partner' as const })),
	];
	const indicators = [...new Set(led.flatMap((initiative) => initiative.data.indicators ?? []))];
	const evaluations = indicators.flatMap((slug) => evaluationOf(slug) ?? []);
	return {
		initiatives: withRole.map(({ initiative, role }) => ({ slug: initiative.slug, role })),
		lead: led.length,
		partner: supported.length,
		statuses: countByStatus(led.map((initiative) => initiative.data)),
		overdue: withRole
			.flatMap(({ initiative, role }) => overdueMilestones(initiative.data, today).map((milestone) => ({ initiative: initiative.slug, milestone, role })))
			.sort((a, b) => a.milestone.planned.localeCompare(b.milestone.planned)),
		evaluations: countInOrder(EVALUATIONS, evaluations).map(({ code, count }) => ({ info: EVALUATION_INFO[code], count })),
	};
}
