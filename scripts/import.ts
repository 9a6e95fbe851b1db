/**
 * `npm run import -- FILE [--dry-run]`: brings figures from a spreadsheet into the indicator
 * files (src/import/import-spreadsheet.ts). FILE is an .xlsx workbook (Excel or WPS) or a .csv
 * file laid out like the site's `/data/<slug>.csv` downloads. Every row is checked first; any
 * error means nothing is written. The summary lists, per indicator, the periods added (新增),
 * the values changed (修改 old → new) and those unchanged (不变).
 *
 *   --dry-run                     print the summary, write nothing
 *   --template FILE.xlsx [SLUG…]  write a workbook of the chosen indicators (all when none) with a 说明 sheet
 *   --as update                   (or a .docx FILE) make a draft update from a Word document (src/import/document/)
 *
 * Exit codes: 0 done, 1 content errors (nothing written), 2 a file that cannot be read at all or a wrong option.
 * CONTENT_DIR points at another content folder (tests, a copy being edited).
 */
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exitOnConfigError } from '../src/config/config-error.ts';
import { contentDirectory } from '../src/config/content-folder.ts';
import { readEnvironment } from '../src/config/environment.ts';
import { importSpreadsheet, type ImportOptions, type ImportResult } from '../src/import/import-spreadsheet.ts';
import { loadIndicators } from '../src/import/load-indicators.ts';
import { matchIndicator } from '../src/import/match-indicator.ts';
import { templateWorkbook } from '../src/import/template.ts';
import type { Indicator } from '../src/schemas/indicator.ts';
import { buildDate } from '../src/utils/build-date.ts';

const scriptRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The project being edited is the working folder (npm run always starts there): images from a
// Word report go into its public/images/. A run from elsewhere, as the tests do, writes there.
const projectRoot = process.cwd();
const contentDir = contentDirectory(
	scriptRoot,
	exitOnConfigError(() => readEnvironment()),
);

const USAGE =
	'用法：npm run import -- 文件.xlsx|文件.csv [--dry-run]；npm run import -- --template 模板.xlsx [指标代码…]；npm run import -- 报告.docx --as update（usage: import.ts FILE [--dry-run] | --template FILE.xlsx [SLUG…] | FILE.docx --as update）';

function usageError(message: string): never {
	console.error(`用法错误：${message}。\n${USAGE}`);
	process.exit(2);
}

let parsed: { values: { 'dry-run'?: boolean; template?: string; as?: string }; positionals: string[] };
try {
	parsed = parseArgs({
		options: { 'dry-run': { type: 'boolean' }, template: { type: 'string' }, as: { type: 'string' } },
		allowPositionals: true,
	});
} catch (error) {
	usageError(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;

/** The Word import, loaded only when asked for: it is its own module (src/import/document/). */
async function importDocument(options: ImportOptions): Promise<ImportResult> {
	const module = (await import('../src/import/document/import-document.ts')) as { importDocument(options: ImportOptions): Promise<ImportResult> };
	return module.importDocument(options);
}

/** `--template`: the workbook for the chosen indicators, refused for unknown ones or an existing file. */
async function writeTemplate(file: string, slugs: readonly string[]): Promise<ImportResult> {
	if (!file.toLowerCase().endsWith('.xlsx')) usageError(`模板文件名应以 .xlsx 结尾，实为“${file}”`);
	const exists = await access(file).then(
		() => true,
		() => false,
	);
	if (exists) usageError(`${file} 已经存在，请换一个文件名或先删去它（file exists）`);
	const { indicators } = await loadIndicators(contentDir, projectRoot);
	const chosen = slugs.length > 0 ? slugs : [...indicators.keys()];
	const known = [...indicators.values()].map((indicator) => ({ slug: indicator.slug, title: indicator.data?.title ?? '' }));
	const problems: string[] = [];
	const rows: { slug: string; indicator: Indicator }[] = [];
	for (const slug of chosen) {
		const indicator = indicators.get(slug);
		const match = matchIndicator(slug, undefined, known);
		if (indicator === undefined) problems.push('error' in match ? match.error : slug);
		else if (indicator.data === undefined) problems.push(`${indicator.shown} 有错误，请先运行 npm run check 并改正（the indicator file has errors）`);
		else rows.push({ slug, indicator: indicator.data });
	}
	if (problems.length > 0) return { exitCode: 1, report: ['没有生成模板：', ...problems.map((problem) => `  ${problem}`)].join('\n') };
	await writeFile(file, await templateWorkbook(rows), { flag: 'wx' });
	return {
		exitCode: 0,
		report: `已生成模板 ${file}：${rows.length} 个指标的现有数据在“指标数据”表中，各列的含义见“说明”表。填好后运行 npm run import -- ${path.basename(file)} --dry-run（template written）。`,
	};
}

async function run(): Promise<ImportResult> {
	if (values.template !== undefined) {
		if (values['dry-run'] || values.as !== undefined) usageError('--template 不能与 --dry-run 或 --as 同用');
		return writeTemplate(values.template, positionals);
	}
	if (positionals.length !== 1) usageError(positionals.length === 0 ? '缺少要导入的文件' : `只能导入一个文件，实为 ${positionals.length} 个`);
	if (values.as !== undefined && values.as !== 'update') usageError(`--as 只能是 update（工作动态），实为“${values.as}”`);
	const options: ImportOptions = { file: positionals[0]!, contentDir, projectRoot, today: buildDate(), dryRun: Boolean(values['dry-run']) };
	return values.as === 'update' || options.file.toLowerCase().endsWith('.docx') ? importDocument(options) : importSpreadsheet(options);
}

try {
	const result = await run();
	(result.exitCode === 2 ? console.error : console.log)(result.report);
	process.exitCode = result.exitCode;
} catch (error) {
	// Only a fault in this tool lands here, never a mistake in the file; say so plainly.
	console.error(`导入工具自身出错（internal error in the import）：${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}
