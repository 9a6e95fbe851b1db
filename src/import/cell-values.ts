/**
 * What a cell holds, read as the column needs it: text, a number or a period. Spreadsheets store
 * the same thing in several ways (a number typed as text, `2024` as a number, `2024-07` turned
 * into a date); each reader accepts every way that is unambiguous, and refuses the rest with a
 * message that shows what was found.
 */
import { fromCsvText } from '../utils/csv.ts';
import type { Cell } from './read-sheet.ts';

/** A cell read: its value, or why it cannot be used (Chinese, with the English in parentheses). */
export type Read<T> = { value: T } | { error: string };

/** Spaces a pasted cell may carry: ordinary, full-width (U+3000) and no-break. */
const SPACES = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;

/** A cell as text, trimmed; undefined for an empty cell. Text a download guarded against formulas (`'=…`) is read back as written. */
export function cellText(cell: Cell | undefined): Read<string | undefined> {
	if (cell === undefined) return { value: undefined };
	switch (cell.kind) {
		case 'empty':
			return { value: undefined };
		case 'text': {
			const text = fromCsvText(cell.text.replace(SPACES, ''));
			return { value: text === '' ? undefined : text };
		}
		case 'number':
			return { value: String(cell.number) };
		case 'date':
			return { value: cell.date.toISOString().slice(0, 10) };
		case 'boolean':
			return { value: cell.value ? 'TRUE' : 'FALSE' };
		case 'unusable':
			return { error: `${cell.why}（unusable cell）` };
	}
}

/** Full-width digits, point and minus, as a Chinese input method types them, in ASCII. */
function halfWidth(text: string): string {
	return text.replace(/[\uff10-\uff19\uff0e\uff0d\u2212]/g, (char) =>
		char === '\uff0e' ? '.' : char === '\uff0d' || char === '\u2212' ? '-' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
	);
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * A cell as a number: a number cell, or text that is a plain decimal (`12.5`, ` 12 `, full-width
 * `１２．５`). Refused: units or Chinese (`12万`), thousands separators, percent signs and cells
 * formatted as percentages (12.5% is stored as 0.125, a hundred times too small for a % unit).
 * Rounded to 15 significant digits, as Excel shows numbers, so 45.099999999999994 reads as 45.1.
 */
export function cellNumber(cell: Cell | undefined): Read<number | undefined> {
	if (cell === undefined || cell.kind === 'empty') return { value: undefined };
	if (cell.kind === 'number') {
		if (cell.percent) {
			return {
				error: `单元格设为了百分比格式（显示为 ${Number((cell.number * 100).toPrecision(15))}%，实际存的是 ${cell.number}），请把单元格格式改为“常规”或“数值”后填写 ${Number((cell.number * 100).toPrecision(15))}（percentage-formatted cell）`,
			};
		}
		return Number.isFinite(cell.number) ? { value: Number(cell.number.toPrecision(15)) } : { error: `应为数字，实为 ${cell.number}（expected a number）` };
	}
	if (cell.kind === 'text') {
		const written = cell.text.replace(SPACES, '');
		const text = halfWidth(written);
		if (DECIMAL.test(text)) return { value: Number(Number(text).toPrecision(15)) };
		return { error: `应为数字，实为“${written}”${numberHint(text)}（expected a number）` };
	}
	if (cell.kind === 'unusable') return { error: `${cell.why}（unusable cell）` };
	const shown = cell.kind === 'date' ? cell.date.toISOString().slice(0, 10) : String(cell.value);
	return { error: `应为数字，实为“${shown}”${cell.kind === 'date' ? '，单元格被设成了日期格式，请改为“常规”或“数值”' : ''}（expected a number）` };
}

function numberHint(text: string): string {
	if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return '，请去掉千位分隔符';
	if (/%$/.test(text)) return '，请去掉 %（单位写在指标文件里）';
	if (/\d/.test(text)) return '，只填数字，不带单位或汉字';
	return '';
}

/** The first of a month as Excel writes a date in a CSV file: `2024/7/1`, `2024/07/01`. */
const SAVED_MONTH = /^(\d{4})\/(0?[1-9]|1[0-2])\/0?1$/;

/**
 * A cell as a period, as written: text as is; a whole number (Excel reads `2024` as one) as the
 * year; a date (Excel turns `2024-07` into 1 July 2024) as its month, or as the day when it is
 * not the first, for the schema to refuse; that date saved as CSV text (`2024/7/1`) as its month.
 * Whether it suits the indicator's frequency is the schema's to say, with the message `npm run
 * check` gives.
 */
export function cellPeriod(cell: Cell | undefined): Read<string | undefined> {
	if (cell?.kind === 'number') return { value: String(cell.number) };
	if (cell?.kind === 'date') {
		const day = cell.date.toISOString().slice(0, 10);
		return { value: day.endsWith('-01') ? day.slice(0, 7) : day };
	}
	const read = cellText(cell);
	// That date, once Excel on Chinese Windows saved the sheet as CSV again: 2024/7/1.
	const saved = 'value' in read && read.value !== undefined ? SAVED_MONTH.exec(read.value) : null;
	return saved ? { value: `${saved[1]}-${saved[2]!.padStart(2, '0')}` } : read;
}
