/**
 * Shared helpers for the import tests: real workbooks written by exceljs, a CSV opened and saved
 * the way Excel or WPS does it, the import run in process on a temp copy of the valid fixture,
 * and every indicator file's bytes, to show that a refused import changed none of them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { importSpreadsheet } from '../../src/import/import-spreadsheet.ts';
import { CSV_COLUMNS } from '../../src/utils/open-data.ts';
import { afterAll } from 'vitest';
import { makeContent, PROJECT_ROOT, removeContent, TODAY } from '../validation/helpers.ts';

export { makeContent, PROJECT_ROOT, removeContent, TODAY, TODAY_EPOCH } from '../validation/helpers.ts';

/** A maker of temp copies of the valid fixture, each removed after the file's tests: call it at the top of a test file. */
export function temporaryContents(): () => ReturnType<typeof makeContent> {
	const roots: string[] = [];
	afterAll(async () => {
		await Promise.all(roots.map((root) => removeContent(root)));
	});
	return async () => {
		const made = await makeContent();
		roots.push(made.root);
		return made;
	};
}

/** The download's headers, in order. */
export const HEADERS = CSV_COLUMNS.map((column) => column.header);

/** The annual fixture indicator (2021–2024, baseline 2020: 0, target 2027: 50, 公里). */
export const ANNUAL = 'qiongjiang-lvdao-licheng';
/** The quarterly fixture indicator (2025-Q3 to 2026-Q2, 亿元). */
export const QUARTERLY = 'gongye-yuanqu-yingye-shouru';

/** A workbook of named sheets, each a list of rows of cell values (exceljs values: numbers, text, dates, formulas). */
export async function workbookBytes(sheets: Record<string, ExcelJS.CellValue[][]>, style?: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	for (const [name, rows] of Object.entries(sheets)) {
		const sheet = workbook.addWorksheet(name);
		for (const row of rows) sheet.addRow(row);
	}
	style?.(workbook);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A CSV as Excel or WPS opens it (numbers become numbers, `2024-07` and `2026-11-15` become
 * dates) and saves it as .xlsx: read through exceljs's CSV reader with Excel's typing.
 */
export async function excelSavesCsvAsXlsx(csv: string): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	await workbook.csv.read(Readable.from([csv.replace(/^\uFEFF/, '')]), {
		sheetName: 'Sheet1',
		map: (datum: string) => {
			if (datum === '') return null;
			if (/^-?\d+(\.\d+)?$/.test(datum)) return Number(datum);
			const month = /^(\d{4})-(\d{2})$/.exec(datum);
			if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
			const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
			if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
			return datum;
		},
	} as Parameters<ExcelJS.Csv['read']>[1]);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A CSV file's text as Excel writes “CSV UTF-8”: BOM, CRLF line ends. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
	return `\uFEFF${rows.map((row) => row.map((cell) => (/[",\r\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell))).join(',')).join('\r\n')}\r\n`;
}

/** Writes `bytes` as `name` in `root` and imports it in process; `today` is the fixture's TODAY. */
export async function runImport(root: string, contentDir: string, name: string, bytes: Uint8Array | string, dryRun = false) {
	const file = path.join(root, name);
	await writeFile(file, bytes);
	return importSpreadsheet({ file, contentDir, projectRoot: root, today: TODAY, dryRun });
}

/** Every indicator file's bytes, by name. */
export async function indicatorBytes(contentDir: string): Promise<Record<string, string>> {
	const folder = path.join(contentDir, 'indicators');
	const names = (await readdir(folder)).sort();
	return Object.fromEntries(await Promise.all(names.map(async (name) => [name, (await readFile(path.join(folder, name))).toString('base64')] as const)));
}

/** An indicator file's text. */
export function indicatorText(contentDir: string, slug: string): Promise<string> {
	return readFile(path.join(contentDir, 'indicators', `${slug}.yaml`), 'utf8');
}

/** The real content folder, for the round trip of every real indicator. */
export const REAL_CONTENT = path.join(PROJECT_ROOT, 'content');
