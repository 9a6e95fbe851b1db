/** Prints problems the way a linter does: grouped by file, one line each, then a count. */
import type { Problem } from './problem.ts';

const SEVERITY = { error: '错误', warning: '警告' } as const;

/** `content/indicators/x.yaml:14 series[3].value: 应为数字……（expected a number）` */
export function formatProblem(problem: Problem): string {
	const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
	const field = problem.field ? ` ${problem.field}:` : '';
	return `${SEVERITY[problem.severity]}  ${place}${field} ${problem.message}  [${problem.rule}]`;
}

export function formatReport(problems: readonly Problem[]): string {
	const files = [...new Set(problems.map((problem) => problem.file))];
	const lines: string[] = [];
	for (const file of files) {
		const inFile = problems
			.filter((problem) => problem.file === file)
			.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
		lines.push(file, ...inFile.map((problem) => `  ${formatProblem(problem)}`), '');
	}
	const errors = problems.filter((problem) => problem.severity === 'error').length;
	const warnings = problems.length - errors;
	lines.push(
		errors === 0 && warnings === 0
			? '内容检查通过，没有发现问题（no problems found）'
			: `共 ${errors} 个错误，${warnings} 个警告（${errors} errors, ${warnings} warnings）`,
	);
	return lines.join('\n');
}
