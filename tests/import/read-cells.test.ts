/**
 * Reading cells and sheets: numbers stored as text or typed full-width, what is refused as a
 * number (units, separators, percentages), periods Excel turned into numbers or dates, CSV with
 * a BOM, CRLF and quoted line breaks, and the header row found among title rows.
 */
import { describe, expect, it } from 'vitest';
import { cellNumber, cellPeriod, cellText } from '../../src/import/cell-values.ts';
import { matchColumns } from '../../src/import/match-columns.ts';
import { readSpreadsheet, UnreadableSpreadsheet, type Cell } from '../../src/import/read-sheet.ts';
import { csvText, HEADERS, workbookBytes } from './helpers.ts';

const text = (value: string): Cell => ({ kind: 'text', text: value });
const number = (value: number, percent = false): Cell => ({ kind: 'number', number: value, percent });

describe('cellNumber', () => {
	it('takes numbers, and decimals stored as text, padded or full-width', () => {
		expect(cellNumber(number(12.5))).toEqual({ value: 12.5 });
		expect(cellNumber(text(' 12 '))).toEqual({ value: 12 });
		expect(cellNumber(text('\u3000-3.25\u00a0'))).toEqual({ value: -3.25 });
		expect(cellNumber(text('１２．５'))).toEqual({ value: 12.5 });
		expect(cellNumber(number(45.099999999999994))).toEqual({ value: 45.1 });
		expect(cellNumber({ kind: 'empty' })).toEqual({ value: undefined });
	});

	it('refuses units, separators, percentages and dates, showing what it found', () => {
		expect(cellNumber(text('12万'))).toEqual({ error: '应为数字，实为“12万”，只填数字，不带单位或汉字（expected a number）' });
		expect(cellNumber(text('1,234.5'))).toEqual({ error: '应为数字，实为“1,234.5”，请去掉千位分隔符（expected a number）' });
		expect(cellNumber(text('12.5%'))).toEqual({ error: '应为数字，实为“12.5%”，请去掉 %（单位写在指标文件里）（expected a number）' });
		expect(cellNumber(text('待定'))).toEqual({ error: '应为数字，实为“待定”（expected a number）' });
		expect(cellNumber(number(0.125, true))).toEqual({
			error: '单元格设为了百分比格式（显示为 12.5%，实际存的是 0.125），请把单元格格式改为“常规”或“数值”后填写 12.5（percentage-formatted cell）',
		});
		expect('error' in cellNumber({ kind: 'date', date: new Date(Date.UTC(2024, 6, 1)) })).toBe(true);
		expect(cellNumber({ kind: 'unusable', why: '单元格是错误值 #DIV/0!' })).toEqual({ error: '单元格是错误值 #DIV/0!（unusable cell）' });
	});
});

describe('cellPeriod and cellText', () => {
	it('reads 2024 typed as a number as the year, and a date Excel made of 2024-07 as the month', () => {
		expect(cellPeriod(number(2024))).toEqual({ value: '2024' });
		expect(cellPeriod({ kind: 'date', date: new Date(Date.UTC(2024, 6, 1)) })).toEqual({ value: '2024-07' });
		expect(cellPeriod({ kind: 'date', date: new Date(Date.UTC(2024, 6, 15)) })).toEqual({ value: '2024-07-15' });
		expect(cellPeriod(text(' 2024-Q3 '))).toEqual({ value: '2024-Q3' });
		expect(cellPeriod(text('2024/7/1'))).toEqual({ value: '2024-07' });
		expect(cellPeriod(text('2024/7/15'))).toEqual({ value: '2024/7/15' });
	});

	it('reads text a download guarded against formulas as written', () => {
		expect(cellText(text("'=SUM(A1)"))).toEqual({ value: '=SUM(A1)' });
		expect(cellText(text("'引号"))).toEqual({ value: "'引号" });
		expect(cellText(text('   '))).toEqual({ value: undefined });
	});
});

describe('readSpreadsheet', () => {
	it('reads a CSV with a BOM, CRLF line ends and a quoted line break, numbering rows as Excel does', async () => {
		const csv = csvText([HEADERS, ['x', '名称', '实际值', '2024', '1', '', '', '第一行\r\n第二行，含"引号"', '', '', '']]);
		const [sheet] = await readSpreadsheet('a.csv', new TextEncoder().encode(csv));
		expect(sheet?.name).toBeUndefined();
		expect(sheet?.rows.map((row) => row.number)).toEqual([1, 2]);
		expect(sheet?.rows[0]?.cells[0]).toEqual(text('指标代码'));
		expect(sheet?.rows[1]?.cells[7]).toEqual(text('第一行\r\n第二行，含"引号"'));
	});

	it('reads rich text, links, formulas with results, percentages and error values from a workbook', async () => {
		const bytes = await workbookBytes({ Sheet1: [[null]] }, (workbook) => {
			const sheet = workbook.getWorksheet('Sheet1')!;
			sheet.getCell('A1').value = { richText: [{ text: '琼江' }, { text: '绿道', font: { bold: true } }] };
			sheet.getCell('B1').value = { text: '链接', hyperlink: 'https://example.com/' };
			sheet.getCell('C1').value = { formula: 'A2*2', result: 7 };
			sheet.getCell('D1').value = 0.125;
			sheet.getCell('D1').numFmt = '0.0%';
			sheet.getCell('E1').value = { error: '#DIV/0!' };
		});
		const [sheet] = await readSpreadsheet('a.xlsx', bytes);
		expect(sheet?.name).toBe('Sheet1');
		expect(sheet?.rows[0]?.cells).toEqual([
			text('琼江绿道'),
			text('链接'),
			number(7),
			number(0.125, true),
			{ kind: 'unusable', why: '单元格是错误值 #DIV/0!' },
		]);
	});

	it('refuses what is no spreadsheet', async () => {
		await expect(readSpreadsheet('a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).rejects.toThrow(UnreadableSpreadsheet);
		await expect(readSpreadsheet('a.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).rejects.toThrow('是旧版 Excel（.xls）或加密的工作簿');
		await expect(readSpreadsheet('a.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).rejects.toThrow('不是文本 CSV 文件');
	});
});

describe('matchColumns', () => {
	it('finds the header row below title rows, and says which columns are missing or doubled', async () => {
		const [sheet] = await readSpreadsheet('a.csv', new TextEncoder().encode('安居区数据\r\n,统计期,备注,数值,指标名称\r\n'));
		expect(matchColumns(sheet!)).toEqual({ headerRow: 2, columns: { period: 1, note: 2, value: 3, title: 4 } });
		const [missing] = await readSpreadsheet('a.csv', new TextEncoder().encode('统计期,数值\r\n'));
		expect(matchColumns(missing!)).toEqual({ headerRow: 1, error: '表头缺少“指标代码”、“指标名称”列（指标代码和指标名称至少要有一列）（missing columns）' });
		const [twice] = await readSpreadsheet('a.csv', new TextEncoder().encode('指标代码,统计期,数值,数值\r\n'));
		expect(matchColumns(twice!)).toEqual({ headerRow: 1, error: '表头中“数值”出现了两次，请删去一列（duplicate column）' });
		const [notes] = await readSpreadsheet('a.csv', new TextEncoder().encode('列名,含义\r\n统计期,年份\r\n'));
		expect(matchColumns(notes!)).toBeUndefined();
	});
});
