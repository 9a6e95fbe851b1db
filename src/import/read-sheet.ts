/**
 * A spreadsheet file into its sheets' rows, each with the row number Excel shows: an .xlsx
 * workbook (Excel or WPS) through exceljs, or a CSV file (UTF-8 with or without a BOM, or GBK as
 * Excel on Chinese Windows saves “CSV（逗号分隔）”; CRLF or LF).
 *
 * Cells keep what the spreadsheet knows about them (a number, a date, text), so the columns'
 * readers (cell-values.ts) can take `2024` typed as a number or `2024-07` that Excel turned
 * into a date. Nothing in a workbook is run: a formula is read as the result Excel saved with it.
 */
import ExcelJS from 'exceljs';
import { parseCsv } from './parse-csv.ts';

/** One cell as the import reads it. */
export type Cell =
	| { kind: 'empty' }
	| { kind: 'text'; text: string }
	/** `percent`: the cell is formatted as a percentage, so 12.5% is stored as 0.125. */
	| { kind: 'number'; number: number; percent: boolean }
	/** A date as Excel stores it: the day at midnight UTC. */
	| { kind: 'date'; date: Date }
	| { kind: 'boolean'; value: boolean }
	/** A cell that holds no value the import can use, and why (in Chinese). */
	| { kind: 'unusable'; why: string };

export interface SheetRow {
	/** The row's number as the spreadsheet shows it, from 1. */
	number: number;
	/** The cells from column A on. */
	cells: Cell[];
}

export interface Sheet {
	/** The worksheet's name; none for a CSV file. */
	name?: string;
	/** The rows that hold anything, in order, at most MAX_ROWS. */
	rows: SheetRow[];
	/** Set when the sheet holds more than MAX_ROWS rows: the rows were not all read. */
	overflow?: true;
}

/** A file that is no spreadsheet the import can read at all; the message says what it is instead. */
export class UnreadableSpreadsheet extends Error {
	override name = 'UnreadableSpreadsheet';
}

/**
 * Most rows read from one sheet. A monthly indicator gains twelve rows a year; a sheet of
 * many thousands is a whole database export, and exceljs holds every row in memory.
 */
export const MAX_ROWS = 10_000;

/** Largest file read: 20 MB, far above any table of indicator data. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const EMPTY: Cell = { kind: 'empty' };
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** The kinds of file the import reads, by extension. */
export type SpreadsheetKind = 'xlsx' | 'csv';

export function spreadsheetKind(file: string): SpreadsheetKind | undefined {
	const extension = file.toLowerCase().split('.').pop();
	return extension === 'xlsx' || extension === 'xlsm' ? 'xlsx' : extension === 'csv' ? 'csv' : undefined;
}

/** Every sheet of the file; throws UnreadableSpreadsheet for a file that is none. `file` names it in messages. */
export async function readSpreadsheet(file: string, bytes: Uint8Array): Promise<Sheet[]> {
	if (bytes.byteLength > MAX_FILE_BYTES) {
		throw new UnreadableSpreadsheet(`${file} 过大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB），不是指标数据表（file too large）`);
	}
	const kind = spreadsheetKind(file);
	if (kind === 'csv') return [csvSheet(file, bytes)];
	if (kind === 'xlsx') return workbookSheets(file, bytes);
	throw new UnreadableSpreadsheet(`${file} 不是 .xlsx 或 .csv 文件；旧版 .xls 请在 Excel 或 WPS 中另存为 .xlsx（expected an .xlsx or .csv file）`);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
	return signature.every((byte, index) => bytes[index] === byte);
}

function csvSheet(file: string, bytes: Uint8Array): Sheet {
	if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE_SIGNATURE) || bytes.includes(0)) {
		throw new UnreadableSpreadsheet(`${file} 不是文本 CSV 文件（可能是改了扩展名的 Excel 文件），请另存为“CSV UTF-8（逗号分隔）”（not a text CSV file）`);
	}
	const text = decodeCsv(bytes).replace(/^\uFEFF/, '');
	const rows = parseCsv(text)
		.map((fields, index) => ({ number: index + 1, cells: fields.map((field): Cell => (field.trim() === '' ? EMPTY : { kind: 'text', text: field })) }))
		.filter((row) => row.cells.some((cell) => cell.kind !== 'empty'));
	return capped({ rows });
}

/** UTF-8 when the bytes are UTF-8; otherwise GBK, what Excel on Chinese Windows writes for plain “CSV”. */
function decodeCsv(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('gbk').decode(bytes);
	}
}

function capped(sheet: Sheet): Sheet {
	return sheet.rows.length > MAX_ROWS ? { ...sheet, rows: sheet.rows.slice(0, MAX_ROWS), overflow: true } : sheet;
}

async function workbookSheets(file: string, bytes: Uint8Array): Promise<Sheet[]> {
	if (startsWith(bytes, OLE_SIGNATURE)) {
		throw new UnreadableSpreadsheet(`${file} 是旧版 Excel（.xls）或加密的工作簿，请在 Excel 或 WPS 中另存为 .xlsx（an old .xls or encrypted workbook）`);
	}
	if (!startsWith(bytes, ZIP_SIGNATURE)) throw new UnreadableSpreadsheet(`${file} 不是 Excel 工作簿，无法读取（not an .xlsx workbook）`);
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch (error) {
		throw new UnreadableSpreadsheet(`${file} 已损坏或不是 Excel 工作簿，无法读取（${error instanceof Error ? error.message : String(error)}）`);
	}
	return workbook.worksheets.map((worksheet) => {
		const rows: SheetRow[] = [];
		let overflow = false;
		worksheet.eachRow((row, number) => {
			if (rows.length === MAX_ROWS) {
				overflow = true;
				return;
			}
			const cells: Cell[] = [];
			row.eachCell({ includeEmpty: true }, (cell, column) => {
				cells[column - 1] = readCell(cell);
			});
			const filled = Array.from(cells, (cell) => cell ?? EMPTY);
			if (filled.some((cell) => cell.kind !== 'empty')) rows.push({ number, cells: filled });
		});
		return { name: worksheet.name, rows, ...(overflow ? { overflow: true as const } : {}) };
	});
}

/** One exceljs cell as a Cell: rich text and links as their text, a formula as its saved result. */
function readCell(cell: ExcelJS.Cell): Cell {
	return valueCell(cell.value, /%/.test(cell.numFmt ?? ''));
}

function valueCell(value: ExcelJS.CellValue, percent: boolean): Cell {
	if (value === null || value === undefined) return EMPTY;
	if (typeof value === 'number') return { kind: 'number', number: value, percent };
	if (typeof value === 'string') return value.trim() === '' ? EMPTY : { kind: 'text', text: value };
	if (typeof value === 'boolean') return { kind: 'boolean', value };
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'unusable', why: '日期无效' } : { kind: 'date', date: value };
	if ('error' in value) return { kind: 'unusable', why: `单元格是错误值 ${value.error}` };
	if ('richText' in value) return valueCell(value.richText.map((part) => part.text).join(''), percent);
	if ('formula' in value || 'sharedFormula' in value) {
		const result = (value as ExcelJS.CellFormulaValue).result;
		if (result === undefined || result === null)
			return { kind: 'unusable', why: '是公式，但没有保存计算结果，请在 Excel 或 WPS 中打开后保存，或改为直接填写数值' };
		return valueCell(result as ExcelJS.CellValue, percent);
	}
	if ('text' in value) return valueCell(value.text as ExcelJS.CellValue, percent);
	return { kind: 'unusable', why: '单元格内容无法读取' };
}
