/**
 * Prints problems the way a linter does: grouped by file, one line each
 * (`path:line:column  错误  field: message  rule-id`), then a count; or as JSON for tools.
 */
import type { ExternalLink } from './links.ts';
import type { Problem } from './problem.ts';

const SEVERITY = { error: '错误', warning: '警告' } as const;

/** `content/x.yaml:14:5`, `content/x.yaml:14` or `content/x.yaml`, as far as the place is known. */
export function formatPlace(place: { file: string; line?: number | undefined; column?: number | undefined }): string {
	if (place.line === undefined) return place.file;
	return place.column === undefined ? `${place.file}:${place.line}` : `${place.file}:${place.line}:${place.column}`;
}

/** `content/indicators/x.yaml:14:5  错误  series[3].value: 应为数字……（expected a number）  value-type` */
export function formatProblem(problem: Problem): string {
	const field = problem.field ? `${problem.field}: ` : '';
	return `${formatPlace(problem)}  ${SEVERITY[problem.severity]}  ${field}${problem.message}  ${problem.rule}`;
}

/** Problems in report order: by file as first met, then by line and column. */
function byFile(problems: readonly Problem[]): [string, Problem[]][] {
	const files = [...new Set(problems.map((problem) => problem.file))];
	return files.map((file) => [
		file,
		problems.filter((problem) => problem.file === file).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
	]);
}

/** `3 个错误，5 个警告（3 errors, 5 warnings）`, or the all-clear. */
export function formatSummary(problems: readonly Problem[]): string {
	const errors = problems.filter((problem) => problem.severity === 'error').length;
	const warnings = problems.length - errors;
	return errors === 0 && warnings === 0
		? '内容检查通过，没有发现问题（no problems found）'
		: `共 ${errors} 个错误，${warnings} 个警告（${errors} errors, ${warnings} warnings）`;
}

export function formatReport(problems: readonly Problem[]): string {
	const lines: string[] = [];
	for (const [file, inFile] of byFile(problems)) {
		lines.push(file, ...inFile.flatMap((problem) => [`  ${formatProblem(problem)}`, ...excerptLines(problem)]), '');
	}
	lines.push(formatSummary(problems));
	return lines.join('\n');
}

/** The problem's excerpt, indented under its line. */
function excerptLines(problem: Problem): string[] {
	return problem.excerpt === undefined ? [] : problem.excerpt.split('\n').map((line) => `      ${line}`);
}

/** The `--external` list: every external link with its place; they are listed, never fetched. */
export function formatExternalLinks(links: readonly ExternalLink[]): string {
	if (links.length === 0) return '没有外部链接（no external links）';
	return [
		`外部链接 ${links.length} 个，未访问，请人工核对是否有效（external links, not fetched）：`,
		...links.map((link) => `  ${formatPlace(link)}  ${link.url}`),
	].join('\n');
}

/** A problem's facts in the order Problem declares them, whichever step made it. */
function inKeyOrder({ file, line, column, field, message, excerpt, severity, rule }: Problem): Problem {
	return {
		file,
		...(line === undefined ? {} : { line }),
		...(column === undefined ? {} : { column }),
		...(field === undefined ? {} : { field }),
		message,
		...(excerpt === undefined ? {} : { excerpt }),
		severity,
		rule,
	};
}

/** `--format json`: the same facts for tools, in a stable order. */
export function formatJson(problems: readonly Problem[], externalLinks?: readonly ExternalLink[]): string {
	const sorted = byFile(problems).flatMap(([, inFile]) => inFile.map(inKeyOrder));
	const errorCount = problems.filter((problem) => problem.severity === 'error').length;
	return JSON.stringify(
		{
			errorCount,
			warningCount: problems.length - errorCount,
			problems: sorted,
			...(externalLinks ? { externalLinks } : {}),
		},
		null,
		2,
	);
}
