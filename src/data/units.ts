/** The responsible units' reports for pages: each unit with what it leads and supports, as of the build date. */
import { buildDate } from '../utils/build-date.ts';
import { computeProgress } from '../utils/progress.ts';
import { unitReport, type UnitReport } from '../utils/unit-report.ts';
import { getIndicatorsBySlug, getInitiatives, getUnits, type UnitEntry } from './content.ts';

export interface UnitWithReport {
	unit: UnitEntry;
	report: UnitReport;
}

let reports: Promise<UnitWithReport[]> | undefined;

/** Every unit in the bulletin's order, with its report; worked out once per build. */
export function getUnitReports(): Promise<UnitWithReport[]> {
	reports ??= (async () => {
		const [units, initiatives, indicators] = await Promise.all([getUnits(), getInitiatives(), getIndicatorsBySlug()]);
		const entries = initiatives.map((entry) => ({ slug: entry.id, data: entry.data }));
		const evaluations = new Map([...indicators].map(([slug, data]) => [slug, computeProgress(data).evaluation]));
		const today = buildDate();
		return units.map((unit) => ({ unit, report: unitReport(unit.id, entries, (slug) => evaluations.get(slug), today) }));
	})();
	return reports;
}
