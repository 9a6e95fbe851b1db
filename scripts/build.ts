/**
 * `npm run build`: checks the content, builds the site into a temporary folder next to the
 * output, indexes it for search, adds what static hosts use (`_headers`, `.gz`/`.br` copies),
 * and only then swaps it in. A failed build therefore never leaves a half-built site: the
 * previous output stays complete and deployable. scripts/build/README.md lists every step.
 *
 *   node scripts/build.ts [--out-dir DIR]     (default dist/; SITE_URL overrides the site URL)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exitOnConfigError, loadConfig, readEnvironment } from '../src/config/index.ts';
import { astroEnvironment } from './build/astro-environment.ts';
import type { BuildStep } from './build/build-step.ts';
import { headersFile } from './build/headers-file.ts';
import { precompression } from './build/precompress.ts';
import { searchIndex } from './build/search-index.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
const outDir = path.resolve(values['out-dir'] ?? path.join(projectRoot, 'dist'));
const building = `${outDir}.building-${process.pid}`;
const retiring = `${outDir}.old-${process.pid}`;

/** Runs a Node script in the project; true when it exited cleanly. Its output goes straight to the terminal. */
function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
	return spawnSync(process.execPath, args, { cwd: projectRoot, env, stdio: 'inherit' }).status === 0;
}

/** The output folder as the reader typed it: relative inside the project, absolute elsewhere. */
function shown(dir: string): string {
	const relative = path.relative(process.cwd(), dir);
	return relative.startsWith('..') || relative === '' ? dir : relative;
}

function fail(message: string): never {
	rmSync(building, { recursive: true, force: true });
	const kept = existsSync(outDir) ? `原有的 ${shown(outDir)} 保持不变（the previous build is untouched）` : '未生成网站（nothing was built）';
	console.error(`\n${message}${kept}。`);
	process.exit(1);
}

// A wrong SITE_URL or SOURCE_DATE_EPOCH is said plainly before anything runs; site.yaml is the check's to report, with lines.
exitOnConfigError(() => readEnvironment());
if (!runNode(['scripts/check-content.ts'])) {
	fail('内容有错误，');
}
const { address } = exitOnConfigError(() => loadConfig(projectRoot));
if (!runNode([path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', building], astroEnvironment())) {
	fail('生成网站失败，');
}
// After Astro, in this order: the search index, then for static hosts the response headers (_headers), then .gz and .br copies of every text file.
const steps: BuildStep[] = [searchIndex(), headersFile(address.base), precompression()];
for (const step of steps) {
	try {
		await step.run(building);
	} catch (error) {
		fail(`${step.name}失败（${error instanceof Error ? error.message : String(error)}），`);
	}
}

// Two renames on the same filesystem: the output folder is never missing or half written.
if (existsSync(outDir)) renameSync(outDir, retiring);
renameSync(building, outDir);
rmSync(retiring, { recursive: true, force: true });
console.log(`\n网站已生成：${shown(outDir)}（build complete）`);
