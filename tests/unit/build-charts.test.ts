/**
 * The build's chart work off the page renderer (scripts/build/): the jobs worked out from the
 * content, the worker pool drawing them into the cache, and the PNGs drawn from the SVG
 * downloads. Each runs against the real content and a temporary cache.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartJobs } from '../../scripts/build/chart-jobs.ts';
import { chartPool, type ChartPool } from '../../scripts/build/chart-pool.ts';
import { writeChartPngs } from '../../scripts/build/chart-pngs.ts';
import { drawCharts } from '../../scripts/build/draw-charts.ts';
import { comparisonChartSvg, indicatorChartSvg } from '../../src/charts/index.ts';
import { CHART_LAYOUTS, type ChartLayoutName } from '../../src/charts/layout.ts';

const content = path.resolve('content');
const LAYOUTS = Object.keys(CHART_LAYOUTS) as ChartLayoutName[];

describe('the build draws charts on a worker pool', () => {
	let cache: string;
	let pool: ChartPool;
	beforeAll(() => {
		cache = mkdtempSync(path.join(tmpdir(), 'anju-chart-pool-'));
		process.env['ANJU_CHART_CACHE'] = cache;
		pool = chartPool(2);
	});
	afterAll(async () => {
		await pool.close();
		delete process.env['ANJU_CHART_CACHE'];
		rmSync(cache, { recursive: true, force: true });
	});
	const svgsInCache = () => readdirSync(cache).filter((file) => file.endsWith('.svg'));

	it('finds a job for every indicator with values and every comparison with two series', async () => {
		const jobs = await chartJobs(content);
		const withValues = readdirSync(path.join(content, 'indicators')).filter(
			(file) => (parse(readFileSync(path.join(content, 'indicators', file), 'utf8')) as { series: unknown[] }).series.length > 0,
		);
		expect(jobs.filter((job) => job.kind === 'indicator').map((job) => `${job.slug}.yaml`)).toEqual(withValues.sort());
		expect(jobs.filter((job) => job.kind === 'comparison').length).toBeGreaterThan(0);
	});

	it('draws every layout of every chart into the cache, where the pages then find them without drawing', async () => {
		const jobs = await chartJobs(content);
		expect(await drawCharts(pool, content)).toBe(jobs.length * LAYOUTS.length);
		expect(svgsInCache()).toHaveLength(jobs.length * LAYOUTS.length);
		const drawnByPool = new Set(svgsInCache());
		// A second run finds them all and starts no drawing.
		expect(await drawCharts(pool, content)).toBe(0);
		// What the pages call (IndicatorChart, ComparisonChart): nothing new may be drawn.
		for (const job of jobs) {
			for (const layout of LAYOUTS) {
				const svg =
					job.kind === 'indicator' ? indicatorChartSvg(job.slug, job.indicator, job.summary, layout) : comparisonChartSvg(job.view, job.publisher, layout);
				expect(svg).toMatch(/^<svg /);
			}
		}
		expect(new Set(svgsInCache())).toEqual(drawnByPool);
	});

	it('writes a PNG beside every chart SVG, drawing only the ones not drawn before', async () => {
		const dist = mkdtempSync(path.join(tmpdir(), 'anju-chart-pngs-'));
		try {
			const [job] = (await chartJobs(content)).filter((candidate) => candidate.kind === 'indicator');
			if (job?.kind !== 'indicator') throw new Error('no indicator chart');
			mkdirSync(path.join(dist, 'charts', 'comparisons'), { recursive: true });
			writeFileSync(path.join(dist, 'charts', 'a.svg'), indicatorChartSvg(job.slug, job.indicator, job.summary));
			writeFileSync(path.join(dist, 'charts', 'comparisons', 'b.svg'), indicatorChartSvg(job.slug, job.indicator, job.summary, 'narrow'));
			expect(await writeChartPngs(pool, dist)).toBe(2);
			for (const file of ['charts/a.png', 'charts/comparisons/b.png']) {
				expect(readFileSync(path.join(dist, file)).subarray(1, 4).toString('latin1'), file).toBe('PNG');
			}
			rmSync(path.join(dist, 'charts', 'a.png'));
			expect(await writeChartPngs(pool, dist)).toBe(0);
			expect(existsSync(path.join(dist, 'charts', 'a.png'))).toBe(true);
		} finally {
			rmSync(dist, { recursive: true, force: true });
		}
	});
});
