/**
 * `npm run import -- FILE.xlsx|FILE.csv [--dry-run]`, all or nothing: the file is read, every
 * row checked, the plan made, each changed indicator edited in memory and checked as `npm run
 * check` checks it; only when nothing anywhere is wrong are the files written, and then the
 * whole content is checked. Any error means no file changes.
 *
 * The same options and result as the Word import (document/import-document.ts), so the command
 * line only picks one.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContent } from '../validation/check-content.ts';
import { formatPlace, formatProblem, formatSummary } from '../validation/format-problems.ts';
import type { Problem } from '../validation/problem.ts';
import { formatPlan } from './format-plan.ts';
import { applyImport } from './apply-import.ts';
import { formatImportProblem, type ImportProblem } from './import-problem.ts';
import { loadIndicators, type IndicatorCheck, type LoadedIndicator } from './load-indicators.ts';
import { headerOf } from './match-columns.ts';
import { planImport, type IndicatorPlan } from './plan-import.ts';
import { readRows } from './read-rows.ts';
import { readSpreadsheet, UnreadableSpreadsheet, type Sheet } from './read-sheet.ts';

export interface ImportOptions {
	/** The file to import, as given on the command line. */
	file: string;
	/** The content folder, absolute. */
	contentDir: string;
	/** The project root: paths in messages are shown relative to it. */
	projectRoot: string;
	/** The day an indicator that changes is updated to, YYYY-MM-DD. */
	today: string;
	dryRun: boolean;
}

export interface ImportResult {
	/** 0 done; 1 content errors, nothing written; 2 a file that cannot be read at all. */
	exitCode: 0 | 1 | 2;
	/** What to print. */
	report: string;
}

/** The columns of an observation, by field, for problems the check finds in an edited series item. */
const FIELD_COLUMNS: Record<string, string> = { period: headerOf('period'), value: headerOf('value'), status: headerOf('status'), note: headerOf('note') };

export async function importSpreadsheet(options: ImportOptions): Promise<ImportResult> {
	const name = path.basename(options.file);
	const bytes = await readFile(options.file).catch(() => undefined);
	if (bytes === undefined) return { exitCode: 2, report: `找不到文件或无法读取：${options.file}（cannot read the file）` };
	let sheets: Sheet[];
	try {
		sheets = await readSpreadsheet(name, bytes);
	} catch (error) {
		if (error instanceof UnreadableSpreadsheet) return { exitCode: 2, report: error.message };
		throw error;
	}
	const { indicators, check } = await loadIndicators(options.contentDir, options.projectRoot);
	const known = [...indicators.values()].map((indicator) => ({ slug: indicator.slug, title: indicator.data?.title ?? '' }));
	const read = readRows(name, sheets, known);
	const broken = brokenFiles(
		read.rows.map((row) => row.slug),
		indicators,
	);
	const usable = read.rows.filter((row) => indicators.get(row.slug)?.data !== undefined);
	const data = new Map([...indicators].flatMap(([slug, indicator]) => (indicator.data ? [[slug, indicator.data] as const] : [])));
	const plan = planImport(usable, data, options.today);
	const edits = plan.indicators.map((indicatorPlan) => edit(indicatorPlan, indicators.get(indicatorPlan.slug)!, check));
	const problems = [...read.problems, ...broken, ...plan.problems, ...edits.flatMap((edited) => edited.problems)];
	const errors = problems.filter((problem) => problem.severity === 'error');
	const warnings = problems.filter((problem) => problem.severity === 'warning');
	if (errors.length > 0) {
		return {
			exitCode: 1,
			report: [
				`${name} 有 ${errors.length} 处错误，没有导入，所有文件都未改动（${errors.length} errors; nothing was changed）：`,
				...errors.map((problem) => `  ${formatImportProblem(problem)}`),
				'',
				'请在表格中改正后重新导入。',
			].join('\n'),
		};
	}
	const changed = edits.filter((edited) => edited.text !== edited.indicator.text);
	const lines = [`导入 ${name}：`, '', formatPlan(plan.indicators)];
	if (warnings.length > 0) lines.push('', '请留意：', ...warnings.map((problem) => `  ${formatImportProblem(problem)}`));
	if (changed.length === 0) return { exitCode: 0, report: [...lines, '', '没有需要修改的内容，文件都未改动（nothing to change）。'].join('\n') };
	if (options.dryRun) {
		return {
			exitCode: 0,
			report: [...lines, '', '这是试运行（--dry-run），没有写入任何文件。去掉 --dry-run 再运行一次即写入（dry run: nothing written）。'].join('\n'),
		};
	}
	await writeAll(changed.map((edited) => ({ file: edited.indicator.absolute, text: edited.text })));
	lines.push('', `已写入 ${changed.length} 个文件：`, ...changed.map((edited) => `  ${edited.indicator.shown}`));
	return afterWriting(lines, changed, options);
}

/** An indicator named by the sheet whose file already has errors: the import does not build on it. */
function brokenFiles(slugs: readonly string[], indicators: ReadonlyMap<string, LoadedIndicator>): ImportProblem[] {
	return [...new Set(slugs)].flatMap((slug) => {
		const indicator = indicators.get(slug)!;
		if (indicator.data !== undefined) return [];
		return [
			{
				file: indicator.shown,
				message: `指标文件本身有 ${indicator.errors.length} 处错误，请先运行 npm run check 并改正，再导入（the indicator file has errors; fix them first）：\n${indicator.errors.map((problem) => `      ${formatProblem(problem)}`).join('\n')}`,
				severity: 'error' as const,
			},
		];
	});
}

/** One indicator edited in memory and checked; the check's findings in the edited items are placed at their rows. */
function edit(plan: IndicatorPlan, indicator: LoadedIndicator, check: IndicatorCheck): { indicator: LoadedIndicator; text: string; problems: ImportProblem[] } {
	const text = applyImport(indicator.text, plan);
	if (text === indicator.text) return { indicator, text, problems: [] };
	const problems = check.validate(indicator.shown, text).problems.flatMap((problem) => placed(problem, plan, indicator));
	return { indicator, text, problems };
}

/** A problem in an edited file at the row its series item came from; others (warnings about text the import did not write) are left to `npm run check`. */
function placed(problem: Problem, plan: IndicatorPlan, indicator: LoadedIndicator): ImportProblem[] {
	const match = /^series\[(\d+)\](?:\.(\w+))?/.exec(problem.field ?? '');
	const place = match ? plan.rowOf[Number(match[1])] : undefined;
	if (place !== undefined) {
		const column = match?.[2] === undefined ? undefined : FIELD_COLUMNS[match[2]];
		return [{ ...place, ...(column === undefined ? {} : { column }), message: problem.message, severity: problem.severity }];
	}
	if (problem.severity === 'warning') return [];
	return [
		{ file: formatPlace({ ...problem, file: indicator.shown }), message: `${problem.field ? `${problem.field}: ` : ''}${problem.message}`, severity: 'error' },
	];
}

/** Each file written next to itself and then renamed over it, so none is ever left half written. */
async function writeAll(files: readonly { file: string; text: string }[]): Promise<void> {
	const temporary = files.map(({ file }) => path.join(path.dirname(file), `.${path.basename(file)}.import-${process.pid}`));
	await Promise.all(files.map(({ text }, index) => writeFile(temporary[index]!, text)));
	for (const [index, { file }] of files.entries()) await rename(temporary[index]!, file);
}

/** The content check on the result: its errors, and what they mean for the files just written. */
async function afterWriting(lines: string[], changed: readonly { indicator: LoadedIndicator }[], options: ImportOptions): Promise<ImportResult> {
	const result = await checkContent(options.contentDir, options.projectRoot, { today: options.today });
	const errors = result.problems.filter((problem) => problem.severity === 'error');
	lines.push('', '内容检查（npm run check）：');
	if (errors.length === 0) {
		lines.push(`  ${formatSummary(result.problems)}`);
		return { exitCode: 0, report: lines.join('\n') };
	}
	lines.push(...errors.map((problem) => `  ${formatProblem(problem)}`), `  ${formatSummary(result.problems)}`);
	const written = new Set(changed.map((edited) => edited.indicator.shown));
	if (errors.some((problem) => written.has(problem.file))) {
		lines.push(
			'',
			'导入前的检查没有发现、写入后却在导入的文件中查出了错误，这本不应发生：请用 git diff 查看改动，必要时用 git checkout 撤销，并报告此问题（the check found errors in the imported files after writing）。',
		);
		return { exitCode: 1, report: lines.join('\n') };
	}
	lines.push('', '以上错误在本次导入没有改动的文件中，与导入无关，请另行改正（errors in files the import did not change）。');
	return { exitCode: 0, report: lines.join('\n') };
}
