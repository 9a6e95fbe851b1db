/**
 * `npm run bench [-- --initiatives N --indicators N --seed S]`: builds a synthetic site
 * (default 1,000 initiatives and 1,000 indicators) in a temporary folder and prints figures:
 * cold build, build without charts, per-chart render time, rebuild after one YAML edit, peak
 * memory, output size, the largest page and the mean chart size. It prints, never judges:
 * times depend on the machine. Builds run in a private copy of the project (private-project.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { renderSvg } from '../src/charts/index.ts';
import { renderPng } from '../src/charts/png.ts';
import { chartSpec } from '../src/charts/spec.ts';
import { indicatorSchema } from '../src/schemas/indicator.ts';
import { summarizeIndicator } from '../src/utils/progress.ts';
import { generateContent, indicatorSlug } from './bench/generate.ts';
import { filesUnder, gzipBytes, percentile, runNode, totalBytes, type Run } from './bench/measure.ts';
import { privateProject } from './bench/private-project.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
	options: {
		initiatives: { type: 'string', default: '1000' },
		indicators: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '20261115' },
		keep: { type: 'boolean', default: false },
	},
});
const options = { initiatives: Number(values.initiatives), indicators: Number(values.indicators), seed: Number(values.seed) };

const work = mkdtempSync(path.join(tmpdir(), 'anju-bench-'));
const content = path.join(work, 'content');
const cache = path.join(work, 'chart-cache');
const dist = path.join(work, 'dist');
const project = path.join(work, 'project');
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...process.env, CONTENT_DIR: content, ANJU_CHART_CACHE: cache, ...extra });

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const memory = (run: Run) => (run.peakMb === undefined ? '无法测量（n/a）' : `${run.peakMb.toFixed(0)} MB`);

async function build(label: string, extra: Record<string, string> = {}): Promise<Run> {
	process.stdout.write(`${label}…`);
	const run = await runNode(['scripts/build.ts', '--out-dir', dist], project, env(extra));
	if (!run.ok) {
		console.error(`\n生成失败（build failed）:\n${run.output.slice(-4000)}`);
		process.exit(1);
	}
	console.log(` ${run.seconds.toFixed(1)} s`);
	return run;
}

try {
	console.log(`生成合成内容（synthetic content）：${options.initiatives} 项举措、${options.indicators} 项指标，种子 ${options.seed}，位于 ${work}`);
	generateContent(projectRoot, content, options);
	privateProject(projectRoot, project);

	// Charts first: the run without them then profits from Astro's warmed caches, so the charts' share is not understated.
	const cold = await build('完整冷启动生成（cold build, empty chart cache）');
	// Its own empty cache: the share cards (og-cards) use the same cache and must be drawn in both runs.
	const noCharts = await build('不含图表的冷启动生成（cold build with ANJU_NO_CHARTS=1）', {
		ANJU_NO_CHARTS: '1',
		ANJU_CHART_CACHE: path.join(work, 'cache-without-charts'),
	});

	// One edited value: exactly one chart should be drawn again.
	const edited = path.join(content, 'indicators', `${indicatorSlug(0)}.yaml`);
	const data = parse(readFileSync(edited, 'utf8'));
	data.series.at(-1).value += 1;
	writeFileSync(edited, stringify(data));
	const cachedBefore = new Set(readdirSync(cache));
	const rebuild = await build('修改一个 YAML 文件后重新生成（rebuild after one edit）');
	const redrawn = readdirSync(cache).filter((file) => !cachedBefore.has(file));

	// Per-chart cost, in this process, for the same synthetic indicators.
	const indicators = readdirSync(path.join(content, 'indicators')).map((file) => ({
		slug: file.replace(/\.yaml$/, ''),
		data: indicatorSchema.parse(parse(readFileSync(path.join(content, 'indicators', file), 'utf8'))),
	}));
	const specs = indicators.map(({ slug, data: indicator }) => chartSpec(slug, indicator, summarizeIndicator(indicator)));
	const svgTimes: number[] = [];
	const pngTimes: number[] = [];
	for (const [index, spec] of specs.entries()) {
		let started = performance.now();
		const svg = renderSvg(spec);
		svgTimes.push(performance.now() - started);
		if (index % 10 === 0) {
			started = performance.now();
			renderPng(svg);
			pngTimes.push(performance.now() - started);
		}
	}
	svgTimes.sort((a, b) => a - b);
	pngTimes.sort((a, b) => a - b);

	// The site as published, without the build's precompressed .gz/.br copies of it.
	const files = filesUnder(dist).filter((file) => !/\.(gz|br)$/.test(file));
	const pages = files.filter((file) => file.endsWith('.html'));
	const largest = pages.map((file) => ({ file, gz: gzipBytes(file) })).sort((a, b) => b.gz - a.gz)[0];
	const charts = files.filter((file) => file.startsWith(path.join(dist, 'charts')) && file.endsWith('.svg'));
	const chartGz = charts.map(gzipBytes);
	const chartCost = cold.seconds - noCharts.seconds;
	// Without charts the bench's baseline draws share cards instead, so the difference understates the charts' cost; the per-chart times give it directly.
	const chartEstimate = (specs.length * (percentile(svgTimes, 0.5) + percentile(pngTimes, 0.5))) / 1000;

	console.log(`
结果（results）
  完整冷启动生成 cold build                 ${cold.seconds.toFixed(1)} s
  不含图表 build without charts             ${noCharts.seconds.toFixed(1)} s
  两者之差 difference                      ${chartCost.toFixed(1)} s，比值 ${(cold.seconds / noCharts.seconds).toFixed(2)}（不含图表时，举措和指标页改用分享卡片，需另画约 ${specs.length + options.initiatives} 张卡片，所以这个比值偏低）
  图表估算占用 charts' estimated share      ${chartEstimate.toFixed(1)} s，占冷启动的 ${((chartEstimate / cold.seconds) * 100).toFixed(0)}%（图表数 × (SVG + PNG 中位数)）
  单个图表 SVG per chart (n=${svgTimes.length})      中位数 median ${percentile(svgTimes, 0.5).toFixed(1)} ms，p95 ${percentile(svgTimes, 0.95).toFixed(1)} ms
  单个图表 PNG per chart (n=${pngTimes.length})       中位数 median ${percentile(pngTimes, 0.5).toFixed(1)} ms，p95 ${percentile(pngTimes, 0.95).toFixed(1)} ms
  修改一个文件后重新生成 rebuild            ${rebuild.seconds.toFixed(1)} s（重绘 ${redrawn.length} 个文件 redrawn: ${redrawn.map((file) => path.extname(file)).join(', ') || '无'}）
  内存峰值 peak memory                      冷启动 ${memory(cold)}，不含图表 ${memory(noCharts)}，重新生成 ${memory(rebuild)}
  dist 总大小 total size                     ${mb(totalBytes(files))}（${files.length} 个文件，${pages.length} 个页面）
  最大页面 largest page (gzip)              ${largest ? `${kb(largest.gz)}  ${path.relative(dist, largest.file)}` : '—'}
  机器负载 load average                     ${loadavg()
		.map((load) => load.toFixed(1))
		.join(' / ')}（1/5/15 分钟；负载高时各项时间偏长）
  图表平均大小 mean chart (gzip)            ${chartGz.length > 0 ? `${(chartGz.reduce((a, b) => a + b, 0) / chartGz.length).toFixed(0)} B，最大 ${Math.max(...chartGz)} B（${chartGz.length} 个图表）` : '—'}`);
} finally {
	if (values.keep) console.log(`\n保留临时文件夹（kept）：${work}`);
	else rmSync(work, { recursive: true, force: true });
}
