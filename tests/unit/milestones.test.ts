/** When a milestone is overdue (src/utils/milestones.ts), and what a unit answers for (src/utils/unit-report.ts). */
import { describe, expect, it } from 'vitest';
import { isOverdue, nextMilestone, overdueMilestones } from '../../src/utils/milestones.ts';
import { unitReport, type InitiativeOfUnit } from '../../src/utils/unit-report.ts';

const pending = (planned: string) => ({ title: `计划${planned}`, planned, done: false });

describe('overdue milestones', () => {
	it('counts the planned month as a whole: overdue from the first day of the next month', () => {
		expect(isOverdue(pending('2026-09'), '2026-09-30')).toBe(false);
		expect(isOverdue(pending('2026-09'), '2026-10-01')).toBe(true);
		expect(isOverdue(pending('2026-12'), '2027-01-01')).toBe(true);
		expect(isOverdue({ planned: '2025-06', done: true }, '2026-12-01')).toBe(false);
	});

	it('lists an initiative’s overdue milestones by planned month, and none once it is discontinued', () => {
		const milestones = [pending('2026-08'), { title: '已完成', planned: '2026-01', done: true }, pending('2025-12'), pending('2027-03')];
		expect(overdueMilestones({ status: 'delayed', milestones }, '2026-11-20').map((milestone) => milestone.planned)).toEqual(['2025-12', '2026-08']);
		expect(overdueMilestones({ status: 'discontinued', milestones }, '2026-11-20')).toEqual([]);
		expect(overdueMilestones({ status: 'on_track' }, '2026-11-20')).toEqual([]);
	});

	it('finds the next milestone still to be reached, overdue or not', () => {
		expect(nextMilestone([pending('2027-03'), { title: 'x', planned: '2020-01', done: true }, pending('2026-08')])?.planned).toBe('2026-08');
		expect(nextMilestone([{ title: 'x', planned: '2020-01', done: true }])).toBeUndefined();
		expect(nextMilestone(undefined)).toBeUndefined();
	});
});

describe('a unit’s report', () => {
	const initiative = (slug: string, data: Partial<InitiativeOfUnit['data']>): InitiativeOfUnit => ({
		slug,
		data: { title: slug, status: 'on_track', lead_unit: 'zhujian', ...data },
	});
	const initiatives = [
		initiative('a', { status: 'delayed', milestones: [pending('2026-06')], indicators: ['x', 'y'] }),
		initiative('b', { indicators: ['y', 'z'] }),
		initiative('c', { lead_unit: 'shuili', partner_units: ['zhujian'], milestones: [pending('2026-03')], indicators: ['w'] }),
		initiative('d', { lead_unit: 'shuili' }),
	];
	const evaluations: Record<string, 'behind' | 'on_track'> = { x: 'behind', y: 'on_track', w: 'behind' };
	const report = unitReport('zhujian', initiatives, (slug) => evaluations[slug], '2026-11-20');

	it('counts what the unit leads, as bulletins do, and lists what it supports after', () => {
		expect(report.initiatives).toEqual([
			{ slug: 'a', role: 'lead' },
			{ slug: 'b', role: 'lead' },
			{ slug: 'c', role: 'partner' },
		]);
		expect([report.lead, report.partner]).toEqual([2, 1]);
		expect(report.statuses.map((row) => [row.info.code, row.count])).toEqual([
			['on_track', 1],
			['delayed', 1],
		]);
	});

	it('lists overdue milestones of led and supported initiatives, by planned month, with the role', () => {
		expect(report.overdue.map((row) => [row.initiative, row.role, row.milestone.planned])).toEqual([
			['c', 'partner', '2026-03'],
			['a', 'lead', '2026-06'],
		]);
	});

	it('counts each indicator of the initiatives it leads once; one without an evaluation is left out', () => {
		expect(report.evaluations.map((row) => [row.info.code, row.count])).toEqual([
			['on_track', 1],
			['behind', 1],
		]);
	});

	it('reports nothing for a unit that leads and supports nothing', () => {
		expect(unitReport('nobody', initiatives, () => undefined, '2026-11-20')).toEqual({
			initiatives: [],
			lead: 0,
			partner: 0,
			statuses: [],
			overdue: [],
			evaluations: [],
		});
	});
});
