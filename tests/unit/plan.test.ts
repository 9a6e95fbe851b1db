import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/utils/build-date.ts';
import { isIsoDate, isYearMonth } from '../../src/utils/calendar.ts';
import { planPhases } from '../../src/utils/phases.ts';
import { countByStatus, STATUS_INFO } from '../../src/utils/status.ts';

describe('plan phases', () => {
	it('anchors 一年、三年、五年 on the start year', () => {
		const phases = planPhases(2021, '2022-06-01');
		expect(phases.map((phase) => [phase.label, phase.startYear, phase.endYear, phase.state])).toEqual([
			['一年初步见效', 2021, 2021, 'past'],
			['三年基本目标', 2022, 2023, 'current'],
			['五年总体谋划', 2024, 2025, 'future'],
		]);
	});
	it('marks every phase past once the five years are over', () => {
		expect(planPhases(2021, '2026-11-26').every((phase) => phase.state === 'past')).toBe(true);
	});
});

describe('statuses', () => {
	it('counts in the published order and leaves out empty statuses', () => {
		const rows = countByStatus([{ status: 'delayed' }, { status: 'on_track' }, { status: 'delayed' }]);
		expect(rows.map((row) => [row.info.label, row.count])).toEqual([
			['按计划推进', 1],
			['进度滞后', 2],
		]);
	});
	it('gives every status a label, a symbol and a definition, and asks a reason for bad news', () => {
		for (const info of Object.values(STATUS_INFO)) {
			expect(info.label).not.toBe('');
			expect(info.symbol).not.toBe('');
			expect(info.definition).toMatch(/。$/);
		}
		expect(
			Object.values(STATUS_INFO)
				.filter((info) => info.needsReason)
				.map((info) => info.code),
		).toEqual(['at_risk', 'delayed', 'completed_modified', 'discontinued']);
	});
});

describe('calendar', () => {
	it('accepts real dates only', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2025-02-29')).toBe(false);
		expect(isIsoDate('2025-02-30')).toBe(false);
		expect(isIsoDate('2025-3-1')).toBe(false);
		expect(isYearMonth('2025-03')).toBe(true);
		expect(isYearMonth('2025-13')).toBe(false);
	});
	it('dates the build in Beijing time', () => {
		expect(buildDate(new Date('2025-03-31T17:00:00Z'))).toBe('2025-04-01');
		expect(buildDate(new Date('2025-03-31T15:00:00Z'))).toBe('2025-03-31');
	});
});
