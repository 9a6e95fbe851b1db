/**
 * Finds a sheet's header row and its columns by the download's headers (CSV_COLUMNS in
 * src/utils/open-data.ts), so a sheet laid out like `/data/<slug>.csv` imports whatever the
 * order of its columns, with title rows above the header and extra columns anywhere.
 */
import { CSV_COLUMNS } from '../utils/open-data.ts';
import { cellText } from './cell-values.ts';
import type { Sheet, SheetRow } from './read-sheet.ts';

/** A column's key in CSV_COLUMNS, e.g. `period`. */
export type ColumnKey = (typeof CSV_COLUMNS)[number]['key'];

/** The header of the column with `key`. */
export function headerOf(key: ColumnKey): string {
	const column = CSV_COLUMNS.find((candidate) => candidate.key === key);
	if (column === undefined) throw new Error(`no column ${key} in CSV_COLUMNS`);
	return column.header;
}

/** The columns a sheet needs: the period and the value, and the indicator by its code or its name. */
const REQUIRED: readonly ColumnKey[] = ['period', 'value'];
const IDENTIFYING: readonly ColumnKey[] = ['indicator', 'title'];

/** How far down a header row is looked for: title rows above it are common, a table deeper is not this layout. */
const HEADER_SEARCH_ROWS = 20;

export interface SheetColumns {
	/** The header row's number. */
	headerRow: number;
	/** Each known column's index (0 for column A), by key. */
	columns: Partial<Record<ColumnKey, number>>;
}

/**
 * The header row and columns of `sheet`; `undefined` when no row in the first rows names two
 * or more of the download's columns (a sheet of notes, not data); `{ error }` when the header
 * row lacks columns the import needs, or names one twice (its `error` says which).
 */
export function matchColumns(sheet: Sheet): SheetColumns | { headerRow: number; error: string } | undefined {
	const header = sheet.rows.slice(0, HEADER_SEARCH_ROWS).find((row) => knownHeaders(row).length >= 2);
	if (header === undefined) return undefined;
	const columns: Partial<Record<ColumnKey, number>> = {};
	for (const { key, index } of knownHeaders(header)) {
		if (columns[key] !== undefined) return { headerRow: header.number, error: `表头中“${headerOf(key)}”出现了两次，请删去一列（duplicate column）` };
		columns[key] = index;
	}
	const missing = [...REQUIRED.filter((key) => columns[key] === undefined), ...(IDENTIFYING.some((key) => columns[key] !== undefined) ? [] : IDENTIFYING)];
	if (missing.length > 0) {
		return {
			headerRow: header.number,
			error: `表头缺少${missing.map((key) => `“${headerOf(key)}”`).join('、')}列${missing.includes('indicator') ? '（指标代码和指标名称至少要有一列）' : ''}（missing columns）`,
		};
	}
	return { headerRow: header.number, columns };
}

function knownHeaders(row: SheetRow): { key: ColumnKey; index: number }[] {
	return row.cells.flatMap((cell, index) => {
		const read = cellText(cell);
		const text = 'value' in read ? read.value : undefined;
		const column = CSV_COLUMNS.find((candidate) => candidate.header === text);
		return column ? [{ key: column.key as ColumnKey, index }] : [];
	});
}
