/**
 * What is wrong with an imported file, at the place a person finds it in Excel or WPS: the file,
 * the sheet, the row as the spreadsheet numbers it and the column by its header. A problem found
 * in a content file instead (one the import would write) carries that file's place.
 */

/** One thing wrong with the imported rows. */
export interface ImportProblem {
	/** The imported file's name as given on the command line, or the content file's path. */
	file: string;
	/** The worksheet's name; none for a CSV file, which has one table. */
	sheet?: string;
	/** The row as the spreadsheet numbers it (1 is the first row, header included). */
	row?: number;
	/** The column's header, e.g. 数值. */
	column?: string;
	/** What is wrong and what was expected: Chinese, with the English in parentheses. */
	message: string;
	severity: 'error' | 'warning';
}

/** Where a cell is: the sheet and row of a spreadsheet file. */
export interface SheetPlace {
	file: string;
	sheet?: string;
	row: number;
}

/** An error at `place`, in `column` when it is one cell's. */
export function cellError(place: SheetPlace, column: string | undefined, message: string): ImportProblem {
	return { ...place, ...(column === undefined ? {} : { column }), message, severity: 'error' };
}

/** `指标数据.xlsx 工作表“Sheet1” 第5行 数值：应为数字，实为“12万”（expected a number）` */
export function formatImportProblem(problem: ImportProblem): string {
	const where = [
		problem.file,
		...(problem.sheet === undefined ? [] : [`工作表“${problem.sheet}”`]),
		...(problem.row === undefined ? [] : [`第${problem.row}行`]),
	].join(' ');
	const severity = problem.severity === 'error' ? '' : '警告 ';
	return `${where} ${severity}${problem.column === undefined ? '' : `${problem.column}：`}${problem.message}`;
}
