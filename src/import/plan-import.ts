/**
 * What an import will do to each indicator, decided before anything is written: the periods it
 * adds (新增), the values, statuses and notes it changes (修改, old → new), and the periods it
 * finds as they are (不变).
 *
 * Only 实际值 rows change a file. 基期值 and 目标值 rows — every download has them — are held
 * against the file's baseline and target: the same is fine, a difference is an error. The
 * baseline and target are the plan's figures, set when the indicator was adopted; a data table
 * from the statistics bureau is no place to move them, and silently ignoring a row that says
 * otherwise would hide a mistake.
 */
import type { Indicator } from '../schemas/indicator.ts';
import { OBSERVATION_STATUS_LABELS } from '../utils/indicator-labels.ts';
import { ROW_KINDS } from '../utils/open-data.ts';
import { parsePeriod } from '../utils/period.ts';
import { cellError, type ImportProblem, type SheetPlace } from './import-problem.ts';
import { headerOf } from './match-columns.ts';
import type { ImportRow, ObservationStatus } from './read-rows.ts';

type Observation = Indicator['series'][number];

/** A field of an observation an import may change. */
export type ChangedField = 'value' | 'status' | 'note';

export interface FieldChange {
	field: ChangedField;
	/** The value before and after; undefined when there was none or the cell empties it. */
	from: number | string | undefined;
	to: number | string | undefined;
}

/** One observation the import adds. */
export interface Addition {
	observation: Observation;
	/** Its index in the new series, which stays in period order. */
	index: number;
	place: SheetPlace;
}

/** The changes to one observation already in the file. */
export interface Modification {
	/** Its index in the file's series. */
	index: number;
	period: string;
	changes: FieldChange[];
	place: SheetPlace;
}

export interface IndicatorPlan {
	slug: string;
	title: string;
	added: Addition[];
	modified: Modification[];
	/** Periods in the sheet that are as the file has them. */
	unchanged: string[];
	/** The new `updated` date when anything changes (the schema asks for the day of each change). */
	updated?: { from: string; to: string };
	/** For each index of the new series, the row it comes from, when it comes from one. */
	rowOf: (SheetPlace | undefined)[];
}

export interface Plan {
	indicators: IndicatorPlan[];
	problems: ImportProblem[];
}

/** The plan for `rows` against the indicators they name; `today` is the date an indicator that changes is updated to. */
export function planImport(rows: readonly ImportRow[], indicators: ReadonlyMap<string, Indicator>, today: string): Plan {
	const problems: ImportProblem[] = [];
	const bySlug = new Map<string, ImportRow[]>();
	const seen = new Map<string, SheetPlace>();
	for (const row of rows) {
		const key = `${row.slug}\u0000${row.kind}\u0000${row.period}`;
		const first = seen.get(key);
		if (first !== undefined) {
			problems.push(
				cellError(
					row.place,
					headerOf('period'),
					`${ROW_KINDS[row.kind]} ${row.period} 重复，与${samePlace(first, row.place)}第${first.row}行相同（duplicate period）`,
				),
			);
			continue;
		}
		seen.set(key, row.place);
		bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);
	}
	const plans: IndicatorPlan[] = [];
	for (const [slug, indicatorRows] of bySlug) {
		const indicator = indicators.get(slug);
		if (indicator === undefined) throw new Error(`planImport: rows for ${slug}, which was not loaded`);
		for (const row of indicatorRows) problems.push(...unitProblems(row, indicator), ...(row.kind === 'observation' ? [] : referenceProblems(row, indicator)));
		plans.push(
			planIndicator(
				slug,
				indicator,
				indicatorRows.filter((row) => row.kind === 'observation'),
				today,
			),
		);
	}
	return { indicators: plans, problems };
}

/** `工作表“x”` when the first row is on another sheet, else nothing. */
function samePlace(first: SheetPlace, row: SheetPlace): string {
	return first.sheet !== row.sheet && first.sheet !== undefined ? `工作表“${first.sheet}”` : '';
}

function unitProblems(row: ImportRow, indicator: Indicator): ImportProblem[] {
	if (row.unit === undefined || row.unit === indicator.unit) return [];
	return [
		cellError(
			row.place,
			headerOf('unit'),
			`应为“${indicator.unit}”（指标文件的单位），实为“${row.unit}”；请换算为以“${indicator.unit}”计的数值再导入，不要改单位（unit differs from the indicator's）`,
		),
	];
}

/** A 基期值 or 目标值 row against the file's baseline or target: a difference is an error. */
function referenceProblems(row: ImportRow, indicator: Indicator): ImportProblem[] {
	const kind = row.kind as 'baseline' | 'target';
	const current = indicator[kind];
	if (current !== undefined && current.period === row.period && current.value === row.value) return [];
	const label = ROW_KINDS[kind];
	const inFile = current === undefined ? `指标文件没有${label}` : `指标文件中为 ${current.period}：${current.value}`;
	return [
		cellError(
			row.place,
			undefined,
			`${label}与指标文件不同：${inFile}，表中为 ${row.period}：${row.value}。导入只更新实际值；基期和目标请直接修改指标文件（${kind} differs from the file; the import changes observed values only）`,
		),
	];
}

function planIndicator(slug: string, indicator: Indicator, rows: readonly ImportRow[], today: string): IndicatorPlan {
	const plan: IndicatorPlan = { slug, title: indicator.title, added: [], modified: [], unchanged: [], rowOf: [] };
	const byPeriod = new Map(indicator.series.map((observation, index) => [observation.period, index]));
	const series: { observation: Observation; place?: SheetPlace; added?: true }[] = indicator.series.map((observation) => ({ observation }));
	for (const row of rows) {
		const index = byPeriod.get(row.period);
		if (index === undefined) {
			const observation: Observation = {
				period: row.period,
				value: row.value,
				...(row.status ? { status: row.status } : {}),
				...(row.note ? { note: row.note } : {}),
			};
			series.splice(insertionIndex(series, row.period), 0, { observation, place: row.place, added: true });
			continue;
		}
		const current = indicator.series[index]!;
		const changes = fieldChanges(current, row);
		series[index]!.place = row.place;
		if (changes.length === 0) plan.unchanged.push(row.period);
		else plan.modified.push({ index, period: row.period, changes, place: row.place });
	}
	series.forEach((item, index) => {
		plan.rowOf.push(item.place);
		if (item.added) plan.added.push({ observation: item.observation, index, place: item.place! });
	});
	if ((plan.added.length > 0 || plan.modified.length > 0) && indicator.updated !== today) plan.updated = { from: indicator.updated, to: today };
	return plan;
}

/** Where a new period goes: before the first later one, so the series stays in order (a period that is no period goes last, for the check to refuse). */
function insertionIndex(series: readonly { observation: Observation }[], period: string): number {
	const parsed = parsePeriod(period);
	if (parsed === undefined) return series.length;
	const later = series.findIndex((item) => {
		const other = parsePeriod(item.observation.period);
		return other !== undefined && (other.lastMonth > parsed.lastMonth || (other.lastMonth === parsed.lastMonth && other.firstMonth > parsed.firstMonth));
	});
	return later === -1 ? series.length : later;
}

/** What a row changes in an observation: its value, and its status and note where the sheet has those columns. */
function fieldChanges(current: Observation, row: ImportRow): FieldChange[] {
	const changes: FieldChange[] = [];
	if (current.value !== row.value) changes.push({ field: 'value', from: current.value, to: row.value });
	if (row.status !== undefined && (row.status ?? undefined) !== current.status)
		changes.push({ field: 'status', from: current.status, to: row.status ?? undefined });
	if (row.note !== undefined && (row.note ?? undefined) !== current.note) changes.push({ field: 'note', from: current.note, to: row.note ?? undefined });
	return changes;
}

/** A status as the summary shows it: its Chinese label. */
export function statusLabel(status: string | number | undefined): string | undefined {
	return status === undefined ? undefined : (OBSERVATION_STATUS_LABELS[status as ObservationStatus] ?? String(status));
}
