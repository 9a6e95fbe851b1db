/**
 * `npm run bench [-- --initiatives N --indicators N --seed S --json --keep]`: builds a synthetic
 * site (default 1000 initiatives and 1000 indicators, with a two-commit git history) in a
 * temporary folder and prints figures: a bare-Astro reference on the same content, the cold
 * build with each phase's wall and CPU time, the build without charts, the rebuild after one
 * YAML edit, peak memory of the whole process tree, the largest pages and per-chart costs. Every
 * time is also given as a ratio to the reference. It prints, never judges: times depend on the
 * machine and its load, which it prints too. Builds run in a private copy of the project.
 *
 *   --json   also print, as the last line, one JSON object with the figures (for tools)
 *   --keep   keep the temporary folder (its synthetic content is content_dir in the JSON)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { renderSvg } from '../src/charts/index.ts';
import { CHART_LAYOUTS, type ChartLayoutName } from '../src/charts/layout.ts';
import { renderPng } from '../src/charts/png.ts';
import { chartSpec } from '../src/charts/spec.ts';
import { indicatorSchema } from '../src/schemas/indicator.ts';
import { readPhases, type PhaseTiming } from '../src/utils/build-timings.ts';
import { summarizeIndicator } from '../src/utils/progress.ts';
import { commitHistory, generateContent, indicatorSlug } from './bench/generate.ts';
import { filesUnder, gzipBytes, percentile, runNode, totalBytes, type Run } from './bench/measure.ts';
import { privateProject } from './bench/private-project.ts';
import { referenceProject } from './bench/reference-project.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
	options: {
		initiatives: { type: 'string', default: '1000' },
		indicators: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '20261115' },
		keep: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
	},
});
const options = { initiatives: Number(values.initiatives), indicators: Number(values.indicators), seed: Number(values.seed) };

/** The page budget of issue 14: every page at most this many bytes gzipped. */
const PAGE_BUDGET_GZ_BYTES = 30 * 1024;

const work = mkdtempSync(path.join(tmpdir(), 'anju-bench-'));
const content = path.join(work, 'content');
const cache = path.join(work, 'chart-cache');
const dist = path.join(work, 'dist');
const project = path.join(work, 'project');
const reference = path.join(work, 'reference');
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...process.env, CONTENT_DIR: content, ANJU_CHART_CACHE: cache, ...extra });

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const memory = (run: Run) => (run.peakMb === undefined ? '无法测量（n/a）' : `${run.peakMb.toFixed(0)} MB`);

interface Build extends Run {
	phases: PhaseTiming[];
}

async function build(label: string, args: string[], cwd: string, extra: Record<string, string> = {}): Promise<Build> {
	process.stdout.write(`${label}…`);
	const timings = path.join(work, `timings-${Date.now()}.jsonl`);
	writeFileSync(timings, '');
	const run = await runNode(args, cwd, env({ ANJU_BUILD_TIMINGS: timings, ASTRO_TELEMETRY_DISABLED: '1', ...extra }));
	if (!run.ok) {
		console.error(`\n生成失败（build failed）:\n${run.output.slice(-4000)}`);
		process.exit(1);
	}
	console.log(` ${run.seconds.toFixed(1)} s`);
	return { ...run, phases: readPhases(timings) };
}

const siteBuild = (label: string, extra: Record<string, string> = {}) => build(label, ['scripts/build.ts', '--out-dir', dist], project, extra);

/** Per-chart drawing cost in this process, on every tenth synthetic indicator, in each layout. */
function chartCosts(): { layout: ChartLayoutName; svg: number[]; png: number[] }[] {
	const folder = path.join(content, 'indicators');
	const sample = readdirSync(folder)
		.filter((file, index) => file.startsWith('bench-') && index % 10 === 0)
		.map((file) => {
			const indicator = indicatorSchema.parse(parse(readFileSync(path.join(folder, file), 'utf8')));
			return { slug: file.replace(/\.yaml$/, ''), indicator, summary: summarizeIndicator(indicator) };
		});
	return (Object.keys(CHART_LAYOUTS) as ChartLayoutName[]).map((layout) => {
		const svg: number[] = [];
		const png: number[] = [];
		for (const { slug, indicator, summary } of sample) {
			let started = performance.now();
			const drawn = renderSvg(chartSpec(slug, indicator, summary, layout));
			svg.push(performance.now() - started);
			started = performance.now();
			renderPng(drawn);
			png.push(performance.now() - started);
		}
		return { layout, svg: svg.sort((a, b) => a - b), png: png.sort((a, b) => a - b) };
	});
}

const ratio = (seconds: number, base: number) => `${(seconds / base).toFixed(1)}×`;
const pad = (text: string, width: number) =>
	text + ' '.repeat(Math.max(0, width - [...text].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0)));

try {
	console.log(`生成合成内容（synthetic content）：${options.initiatives} 项举措、${options.indicators} 项指标，种子 ${options.seed}，位于 ${work}`);
	generateContent(projectRoot, content, options);
	const history = commitHistory(content);
	if (!history) console.log('没有 git：合成内容没有版本记录，修订记录阶段不计（no git: the history phase is not measured）');
	privateProject(projectRoot, project);
	referenceProject(projectRoot, reference);

	const bare = await build(
		'Astro 基准：同样内容，无图表、检查、搜索（bare-Astro reference）',
		[path.join(reference, 'node_modules/astro/bin/astro.mjs'), 'build'],
		reference,
	);
	const cold = await siteBuild('完整冷启动生成（cold build, empty caches）');
	// Its own empty cache, so that it too starts cold.
	const noCharts = await siteBuild('不含图表的冷启动生成（cold build with ANJU_NO_CHARTS=1）', {
		ANJU_NO_CHARTS: '1',
		ANJU_CHART_CACHE: path.join(work, 'cache-without-charts'),
	});

	// One edited value: exactly one chart (in each layout) should be drawn again.
	const edited = path.join(content, 'indicators', `${indicatorSlug(0)}.yaml`);
	const data = parse(readFileSync(edited, 'utf8'));
	data.series.at(-1).value += 1;
	writeFileSync(edited, stringify(data));
	const cachedBefore = new Set(readdirSync(cache));
	const rebuild = await siteBuild('修改一个 YAML 文件后重新生成（rebuild after one edit）');
	const redrawn = readdirSync(cache).filter((file) => !cachedBefore.has(file));

	const costs = chartCosts();

	// The site as published, without the build's precompressed .gz/.br copies of it.
	const files = filesUnder(dist).filter((file) => !/\.(gz|br)$/.test(file));
	const pages = files
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ file: path.relative(dist, file), gz: gzipBytes(file) }))
		.sort((a, b) => b.gz - a.gz);
	const overBudget = pages.filter((page) => page.gz > PAGE_BUDGET_GZ_BYTES);
	const charts = files.filter((file) => file.startsWith(path.join(dist, 'charts')) && file.endsWith('.svg'));
	const chartGz = charts.map(gzipBytes);
	const base = bare.seconds;
	const load = loadavg();

	const phaseRows = cold.phases.map((phase) => {
		const again = rebuild.phases.find((candidate) => candidate.phase === phase.phase);
		return `  ${pad(phase.phase, 58)}${phase.wall_s.toFixed(1).padStart(7)} s ${phase.cpu_s.toFixed(1).padStart(7)} s ${again ? `${again.wall_s.toFixed(1).padStart(9)} s` : ''}`;
	});
	console.log(`
结果（results）                                          墙钟 wall     与基准之比 ratio to bare Astro
  Astro 基准 bare-Astro reference           ${bare.seconds.toFixed(1).padStart(7)} s    1×
  完整冷启动生成 cold build                 ${cold.seconds.toFixed(1).padStart(7)} s    ${ratio(cold.seconds, base)}
  不含图表 build without charts             ${noCharts.seconds.toFixed(1).padStart(7)} s    ${ratio(noCharts.seconds, base)}
  修改一个文件后重新生成 rebuild            ${rebuild.seconds.toFixed(1).padStart(7)} s    ${ratio(rebuild.seconds, base)}（重绘 ${redrawn.length} 个文件 redrawn: ${redrawn.map((file) => path.extname(file)).join(', ') || '无'}）
  内存峰值 peak memory（进程树 process tree）  基准 ${memory(bare)}，冷启动 ${memory(cold)}${bare.peakMb && cold.peakMb ? `（${(cold.peakMb / bare.peakMb).toFixed(2)}×）` : ''}，不含图表 ${memory(noCharts)}，重新生成 ${memory(rebuild)}

各阶段（phases of the cold build. Several run side by side, so walls overlap; CPU is per process, so phases side by side in one process each count the other's）
  ${pad('阶段 phase', 58)}   墙钟 wall    CPU   重新生成 rebuild
${phaseRows.join('\n')}

单个图表 per chart（n=${costs[0]?.svg.length ?? 0}，本进程内 in this process）
${costs.map((cost) => `  ${cost.layout.padEnd(7)} SVG 中位数 median ${percentile(cost.svg, 0.5).toFixed(1)} ms，p95 ${percentile(cost.svg, 0.95).toFixed(1)} ms；PNG 中位数 ${percentile(cost.png, 0.5).toFixed(1)} ms，p95 ${percentile(cost.png, 0.95).toFixed(1)} ms`).join('\n')}

输出 output
  dist 总大小 total size                     ${mb(totalBytes(files))}（${files.length} 个文件，${pages.length} 个页面）
  最大页面 largest pages (gzip)             ${pages
		.slice(0, 5)
		.map((page) => `${kb(page.gz)}  ${page.file}`)
		.join('\n                                            ')}
  超过 30 KB 的页面 pages over 30 KB gzip    ${overBudget.length}
  图表平均大小 mean chart (gzip)            ${chartGz.length > 0 ? `${(chartGz.reduce((a, b) => a + b, 0) / chartGz.length).toFixed(0)} B，最大 ${Math.max(...chartGz)} B（${chartGz.length} 个图表）` : '—'}
  机器 machine                              ${availableParallelism()} 核，负载 load average ${load.map((value) => value.toFixed(1)).join(' / ')}（1/5/15 分钟；负载高时各项时间偏长）`);

	// Before the JSON, which stays the last line.
	if (values.keep) console.log(`\n保留临时文件夹（kept）：${work}`);
	if (values.json) {
		const seconds = (phases: readonly PhaseTiming[]) => Object.fromEntries(phases.map((phase) => [phase.phase, Number(phase.wall_s.toFixed(2))]));
		console.log(
			JSON.stringify({
				cold_s: cold.seconds,
				rebuild_s: rebuild.seconds,
				no_charts_s: noCharts.seconds,
				reference_s: bare.seconds,
				peak_mb: cold.peakMb ?? null,
				reference_peak_mb: bare.peakMb ?? null,
				no_charts_peak_mb: noCharts.peakMb ?? null,
				rebuild_peak_mb: rebuild.peakMb ?? null,
				largest_page_gz_bytes: pages[0]?.gz ?? 0,
				largest_page: pages[0]?.file ?? null,
				pages_over_budget: overBudget.length,
				pages: pages.length,
				phases: seconds(cold.phases),
				phases_cpu: Object.fromEntries(cold.phases.map((phase) => [phase.phase, Number(phase.cpu_s.toFixed(2))])),
				rebuild_phases: seconds(rebuild.phases),
				redrawn: redrawn.length,
				history: history,
				cores: availableParallelism(),
				load_average: load,
				content_dir: content,
			}),
		);
	}
} finally {
	if (!values.keep) rmSync(work, { recursive: true, force: true });
}
