/**
 * `npm run check`: validates everything in content/ and prints every problem like a
 * linter, `path:line:column  错误|警告  message  rule-id`, grouped by file. Exits 1 on any
 * error, so `npm run build` stops before building anything.
 *
 * A file it cannot read or get through (binary, UTF-16, over 1 MB, an alias bomb, nesting
 * thousands deep, a parser out of stack) is reported as a problem of that file, so exit 2
 * means a wrong option or a fault in this tool, never a fault in the content.
 *
 *   --format json   the same report as JSON, for tools
 *   --strict        warnings count as errors (for CI)
 *   --external      also list external links (they are never fetched)
 *   --warn-only     report but never fail (used by `npm run dev`)
 *
 * CONTENT_DIR points at another content folder (tests, a copy being edited).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exitOnConfigError } from '../src/config/config-error.ts';
import { contentDirectory } from '../src/config/content-folder.ts';
import { readEnvironment } from '../src/config/environment.ts';
import { startPhase } from '../src/utils/build-timings.ts';
import { checkContent } from '../src/validation/check-content.ts';
import { formatExternalLinks, formatJson, formatReport } from '../src/validation/format-problems.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = contentDirectory(
	projectRoot,
	exitOnConfigError(() => readEnvironment()),
);

let options: { format?: string; strict?: boolean; external?: boolean; 'warn-only'?: boolean };
try {
	options = parseArgs({
		options: {
			format: { type: 'string' },
			strict: { type: 'boolean' },
			external: { type: 'boolean' },
			'warn-only': { type: 'boolean' },
		},
	}).values;
	if (options.format !== undefined && options.format !== 'json' && options.format !== 'text') throw new Error(`--format ${options.format}`);
} catch (error) {
	console.error(
		`用法错误：${error instanceof Error ? error.message : String(error)}。可用选项：--format json、--strict、--external、--warn-only（usage: check-content.ts [--format json] [--strict] [--external] [--warn-only]）`,
	);
	process.exit(2);
}

try {
	const clock = startPhase();
	const result = await checkContent(contentDir, process.cwd());
	clock.end('内容检查（content check）');
	// --strict: a warning fails the check like an error, and is shown as one.
	const problems = options.strict ? result.problems.map((problem) => ({ ...problem, severity: 'error' as const })) : result.problems;
	const failed = !options['warn-only'] && problems.some((problem) => problem.severity === 'error');
	if (options.format === 'json') {
		console.log(formatJson(problems, options.external ? result.externalLinks : undefined));
	} else {
		console.log(formatReport(problems));
		if (options.external) console.log(`\n${formatExternalLinks(result.externalLinks)}`);
		if (failed) console.log('\n内容有错误，未生成网站。请按上面的提示修改后重试（content has errors; nothing was built）。');
	}
	if (failed) process.exit(1);
} catch (error) {
	// Only a fault in this tool lands here, never a content mistake; say so plainly.
	console.error(`检查工具自身出错（internal error in the content checker）：${error instanceof Error ? error.message : String(error)}`);
	process.exit(2);
}
