/**
 * A spreadsheet's data rows, each read column by column into what it says: which indicator,
 * which kind of row (实际值, 基期值, 目标值), the period, the value, and the unit, status and
 * note where the sheet has those columns. Every cell that cannot be read is a problem at its
 * row and column; a row with one is left out, so the plan sees only rows it can trust.
 */
import { OBSERVATION_STATUSES } from '../schemas/indicator.ts';
import { OBSERVATION_STATUS_LABELS } from '../utils/indicator-labels.ts';
import { ROW_KINDS, type RowKind } from '../utils/open-data.ts';
import { cellNumber, cellPeriod, cellText, type Read } from './cell-values.ts';
import { cellError, type ImportProblem, type SheetPlace } from './import-problem.ts';
import { headerOf, matchColumns, type ColumnKey, type SheetColumns } from './match-columns.ts';
import { matchIndicator, type KnownIndicator } from './match-indicator.ts';
import { MAX_ROWS, type Sheet, type SheetRow } from './read-sheet.ts';

export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/** One data row, read. */
export interface ImportRow {
	place: SheetPlace;
	slug: string;
	kind: RowKind;
	period: string;
	value: number;
	/** The unit as written; undefined when the sheet has no 单位 column or the cell is empty. */
	unit?: string;
	/** The status; `null` for an empty cell; undefined when the sheet has no 数据状态 column (the file's status is kept). */
	status?: ObservationStatus | null;
	/** The note; `null` for an empty cell; undefined when the sheet has no 备注 column (the file's note is kept). */
	note?: string | null;
}

/** What the sheets hold: the rows read, and every problem found on the way. */
export interface ReadRows {
	rows: ImportRow[];
	problems: ImportProblem[];
}

/** Every data row of every sheet laid out as the download; sheets without its header row (notes, other tables) are passed over. */
export function readRows(file: string, sheets: readonly Sheet[], indicators: readonly KnownIndicator[]): ReadRows {
	const result: ReadRows = { rows: [], problems: [] };
	let tables = 0;
	for (const sheet of sheets) {
		const place = (row: number): SheetPlace => ({ file, ...(sheet.name === undefined ? {} : { sheet: sheet.name }), row });
		const matched = matchColumns(sheet);
		if (matched === undefined) continue;
		tables++;
		if ('error' in matched) {
			result.problems.push(cellError(place(matched.headerRow), undefined, matched.error));
			continue;
		}
		if (sheet.overflow) {
			result.problems.push(
				cellError(
					place(sheet.rows.at(-1)?.number ?? 1),
					undefined,
					`超过 ${MAX_ROWS} 行，未导入；请把数据分成几个文件，或删去不需要导入的行（more than ${MAX_ROWS} rows）`,
				),
			);
			continue;
		}
		for (const row of sheet.rows) {
			if (row.number <= matched.headerRow) continue;
			const read = readRow(place(row.number), row, matched, indicators);
			if ('problems' in read) result.problems.push(...read.problems);
			else result.rows.push(read);
		}
	}
	if (tables === 0) {
		const headers = ['indicator', 'period', 'value'].map((key) => `“${headerOf(key)}”`).join('、');
		result.problems.push({
			file,
			message: `找不到表头：需要一行写有 ${headers} 等列名，与网站下载的 CSV 相同；可用 npm run import -- --template 生成模板（no header row found）`,
			severity: 'error',
		});
	}
	return result;
}

const KINDS = new Map(Object.entries(ROW_KINDS).map(([kind, label]) => [label as string, kind as RowKind]));
const STATUSES = new Map<string, ObservationStatus>([
	...(Object.entries(OBSERVATION_STATUS_LABELS) as [ObservationStatus, string][]).map(([status, label]) => [label, status] as const),
	...OBSERVATION_STATUSES.map((status) => [status, status] as const),
]);

function readRow(
	place: SheetPlace,
	row: SheetRow,
	{ columns }: SheetColumns,
	indicators: readonly KnownIndicator[],
): ImportRow | { problems: ImportProblem[] } {
	const problems: ImportProblem[] = [];
	const cell = (key: ColumnKey) => (columns[key] === undefined ? undefined : row.cells[columns[key]]);
	/** The cell's value, or undefined after noting its problem. */
	const read = <T>(key: ColumnKey, result: Read<T>): T | undefined => {
		if ('value' in result) return result.value;
		problems.push(cellError(place, headerOf(key), result.error));
		return undefined;
	};
	const code = read('indicator', cellText(cell('indicator')));
	const name = read('title', cellText(cell('title')));
	const kindText = read('kind', cellText(cell('kind')));
	const period = read('period', cellPeriod(cell('period')));
	const value = read('value', cellNumber(cell('value')));
	const unit = read('unit', cellText(cell('unit')));
	const statusText = read('status', cellText(cell('status')));
	const note = read('note', cellText(cell('note')));

	const match = matchIndicator(code, name, indicators);
	if ('error' in match) problems.push(cellError(place, match.column, match.error));
	const kind = kindText === undefined ? 'observation' : KINDS.get(kindText);
	if (kind === undefined) problems.push(cellError(place, headerOf('kind'), `应为${listed([...KINDS.keys()])}，实为“${kindText}”（expected a row kind）`));
	if (period === undefined && !problems.some((problem) => problem.column === headerOf('period'))) {
		problems.push(cellError(place, headerOf('period'), '统计期为空，应写作 2024、2024-Q3 或 2024-07（missing period）'));
	}
	if (value === undefined && !problems.some((problem) => problem.column === headerOf('value'))) {
		problems.push(cellError(place, headerOf('value'), '数值为空；没有数据的统计期请删去这一行（missing value）'));
	}
	const status = statusText === undefined ? undefined : STATUSES.get(statusText);
	if (statusText !== undefined && status === undefined) {
		problems.push(
			cellError(place, headerOf('status'), `应为${listed(Object.values(OBSERVATION_STATUS_LABELS))}，或留空，实为“${statusText}”（expected a status）`),
		);
	}
	if (problems.length > 0 || 'error' in match || kind === undefined || period === undefined || value === undefined) return { problems };
	return {
		place,
		slug: match.slug,
		kind,
		period,
		value,
		...(unit === undefined ? {} : { unit }),
		...(columns.status === undefined ? {} : { status: status ?? null }),
		...(columns.note === undefined ? {} : { note: note ?? null }),
	};
}

/** `“初步数”、“最终核实数”或“修订数”` */
function listed(values: readonly string[]): string {
	const quoted = values.map((value) => `“${value}”`);
	return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join('、')}或${quoted.at(-1)}`;
}
