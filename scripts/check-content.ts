/**
 * `npm run check`: validates everything in content/ and prints every problem in Chinese,
 * with file, line and field. Exits 1 on any error, so `npm run build` stops before
 * building anything. `--warn-only` (used by `npm run dev`) reports but never fails.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/validation/check-content.ts';
import { formatReport } from '../src/validation/format-problems.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.resolve(process.env['CONTENT_DIR'] ?? path.join(projectRoot, 'content'));
const warnOnly = process.argv.includes('--warn-only');

try {
	const { problems } = await checkContent(contentDir, process.cwd());
	console.log(formatReport(problems));
	if (!warnOnly && problems.some((problem) => problem.severity === 'error')) {
		console.log('\n内容有错误，未生成网站。请按上面的提示修改后重试（content has errors; nothing was built）。');
		process.exit(1);
	}
} catch (error) {
	// Only a fault in this tool lands here, never a content mistake; say so plainly.
	console.error(`检查工具自身出错（internal error in the content checker）：${error instanceof Error ? error.message : String(error)}`);
	process.exit(2);
}
