/**
 * `npm run build`: checks the content, builds the site into a temporary folder next to the
 * output, indexes it for search, adds what static hosts use (`_headers`, `.gz`/`.br` copies),
 * and only then swaps it in. A failed build therefore never leaves a half-built site: the
 * previous output stays complete and deployable. scripts/build/README.md lists every step.
 *
 * Work runs side by side where it can, so that both cores of a small server are busy: Astro
 * starts while the content is checked (its output is held back, and thrown away if the check
 * fails), a worker pool draws the charts while Astro loads and renders, and the chart PNGs are
 * drawn and the pages compressed while Pagefind indexes.
 *
 *   node scripts/build.ts [--out-dir DIR]     (default dist/; SITE_URL overrides the site URL)
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chartsEnabled } from '../src/charts/enabled.ts';
import { contentDirectory } from '../src/config/content-folder.ts';
import { exitOnConfigError, loadConfig, readEnvironment } from '../src/config/index.ts';
import { startPhase } from '../src/utils/build-timings.ts';
import { astroEnvironment } from './build/astro-environment.ts';
import type { BuildStep } from './build/build-step.ts';
import { chartPngs } from './build/chart-pngs.ts';
import { chartPool } from './build/chart-pool.ts';
import { drawCharts } from './build/draw-charts.ts';
import { headersFile } from './build/headers-file.ts';
import { precompression } from './build/precompress.ts';
import { searchIndex } from './build/search-index.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
const outDir = path.resolve(values['out-dir'] ?? path.join(projectRoot, 'dist'));
const building = `${outDir}.building-${process.pid}`;
const retiring = `${outDir}.old-${process.pid}`;

interface NodeRun {
	/** Whether it exited cleanly. */
	done: Promise<boolean>;
	/** Prints what a held run wrote so far, and from then on as it comes. */
	release(): void;
	stop(): void;
}

/** Runs a Node script in the project. Its output goes to the terminal, or with `hold` waits for release(). */
function runNode(args: string[], env: NodeJS.ProcessEnv = process.env, hold = false): NodeRun {
	const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
	let held: { stream: NodeJS.WriteStream; chunk: Buffer }[] | undefined = hold ? [] : undefined;
	for (const [from, to] of [
		[child.stdout, process.stdout],
		[child.stderr, process.stderr],
	] as const) {
		from?.on('data', (chunk: Buffer) => (held ? held.push({ stream: to, chunk }) : to.write(chunk)));
	}
	return {
		done: new Promise((resolve) => child.on('close', (code) => resolve(code === 0))),
		release() {
			for (const { stream, chunk } of held ?? []) stream.write(chunk);
			held = undefined;
		},
		stop: () => child.kill(),
	};
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

/** Runs steps side by side, each timed for the bench; the first failure names its step. */
async function runSteps(steps: readonly BuildStep[]): Promise<void> {
	const results = await Promise.allSettled(
		steps.map(async (step) => {
			const clock = startPhase();
			try {
				await step.run(building);
			} finally {
				clock.end(step.phase);
			}
		}),
	);
	for (const [index, result] of results.entries()) {
		if (result.status === 'rejected') {
			const reason: unknown = result.reason;
			fail(`${steps[index]!.name}失败（${reason instanceof Error ? reason.message : String(reason)}），`);
		}
	}
}

// A wrong SITE_URL or SOURCE_DATE_EPOCH is said plainly before anything runs; site.yaml is the check's to report, with lines.
const environment = exitOnConfigError(() => readEnvironment());
const check = runNode(['scripts/check-content.ts']);
// Astro starts at once, into the temporary folder; until the check has passed, nothing it says is shown.
const astro = runNode([path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', building], astroEnvironment(), true);
if (!(await check.done)) {
	astro.stop();
	await astro.done;
	fail('内容有错误，');
}
const { address } = exitOnConfigError(() => loadConfig(projectRoot));
astro.release();

const pool = chartPool();
try {
	// Charts are drawn into the cache while Astro starts; a page whose chart is not ready yet draws it itself.
	const drawing = chartsEnabled() ? drawCharts(pool, contentDirectory(projectRoot, environment)) : Promise.resolve();
	const [built, drawn] = await Promise.allSettled([astro.done, drawing]);
	if (built.status === 'rejected' || !built.value) fail('生成网站失败，');
	if (drawn.status === 'rejected') fail(`绘制图表失败（${drawn.reason instanceof Error ? drawn.reason.message : String(drawn.reason)}），`);
	// Then, side by side: the chart PNGs, the search index, and .gz/.br copies of the site's files; then the response
	// headers (_headers) and the copies of the search index's files.
	await runSteps([chartPngs(pool), searchIndex(), precompression('site')]);
} finally {
	await pool.close();
}
await runSteps([headersFile(address.base), precompression('search-index')]);

// Two renames on the same filesystem: the output folder is never missing or half written.
if (existsSync(outDir)) renameSync(outDir, retiring);
renameSync(building, outDir);
rmSync(retiring, { recursive: true, force: true });
console.log(`\n网站已生成：${shown(outDir)}（build complete）`);
