/**
 * `npm run import -- --template FILE.xlsx [SLUG…]`: a workbook in the download's layout, with the
 * chosen indicators' current rows (csvRows, the same rows as `/data/<slug>.csv`), ready to fill in
 * and import; and a 说明 sheet that explains each column (CSV_COLUMNS' descriptions) and how the
 * import reads it.
 */
import ExcelJS from 'exceljs';
import type { Indicator } from '../schemas/indicator.ts';
import { fromCsvText } from '../utils/csv.ts';
import { CSV_COLUMNS, csvRows } from '../utils/open-data.ts';

/** The data sheet's name. */
export const DATA_SHEET = '指标数据';
/** The notes sheet's name. */
export const NOTES_SHEET = '说明';

/** How the import reads each column, by key: the 说明 sheet's third column. */
export const IMPORT_READING: Readonly<Record<string, string>> = {
	indicator: '按代码找到指标；为空时按“指标名称”找。只能导入已有的指标。',
	title: '“指标代码”为空时用来找指标，须与指标文件中的名称一字不差；其他时候不读取。',
	kind: '只有“实际值”行写入指标文件；“基期值”“目标值”须与指标文件一致，不一致即报错（请直接修改指标文件）。为空按实际值。',
	period: '须与指标的发布频率一致。文件中已有的统计期更新数值，没有的新增；表中没有的统计期保持不变。',
	value: '只填数字，不带单位、汉字或千位分隔符；不要设为百分比格式。',
	unit: '须与指标文件的单位一致，可留空；单位不同请先换算。',
	status: '填“初步数”“最终核实数”或“修订数”；留空表示不注明。删去整列则保留文件中的状态。',
	note: '留空表示没有备注。删去整列则保留文件中的备注。',
	sample: '不读取（在指标文件中修改）。',
	source: '不读取（在指标文件中修改）。',
	updated: '不读取；有改动的指标自动改为导入当天。',
};

const PERIOD = CSV_COLUMNS.findIndex((column) => column.key === 'period');
const VALUE = CSV_COLUMNS.findIndex((column) => column.key === 'value');

/** The template workbook for `indicators`, in the order given. */
export async function templateWorkbook(indicators: readonly { slug: string; indicator: Indicator }[]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
	data.addRow(CSV_COLUMNS.map((column) => column.header)).font = { bold: true };
	for (const { slug, indicator } of indicators) {
		for (const row of csvRows(slug, indicator)) data.addRow(row.map((cell, index) => (index === VALUE ? Number(cell) : fromCsvText(cell))));
	}
	data.columns.forEach((column, index) => {
		column.width = index === PERIOD || index === VALUE ? 12 : 20;
	});
	// Text, so a period typed later (2024-07) stays as typed instead of becoming a date.
	data.getColumn(PERIOD + 1).numFmt = '@';

	const notes = workbook.addWorksheet(NOTES_SHEET);
	notes.addRow(['用法：在“指标数据”表中修改或新增行，保存后运行 npm run import -- 文件名.xlsx --dry-run 查看将做的修改，确认后去掉 --dry-run 再运行。']);
	notes.addRow([]);
	notes.addRow(['列名', '含义', '导入时']).font = { bold: true };
	for (const column of CSV_COLUMNS) notes.addRow([column.header, column.description, IMPORT_READING[column.key] ?? '']);
	notes.getColumn(1).width = 12;
	notes.getColumn(2).width = 60;
	notes.getColumn(3).width = 70;
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
