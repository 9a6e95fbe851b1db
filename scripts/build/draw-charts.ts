/**
 * Draws every chart of the site into the chart cache on the worker pool, while Astro loads
 * and renders: pages then read their charts from the cache instead of drawing them one by one
 * on a single core. A chart already cached costs one file read, in this thread.
 */
import { readCached } from '../../src/charts/cache.ts';
import { CHART_LAYOUTS, type ChartLayoutName } from '../../src/charts/layout.ts';
import { startPhase } from '../../src/utils/build-timings.ts';
import { chartJobs, keyedChart } from './chart-jobs.ts';
import type { ChartPool } from './chart-pool.ts';

const LAYOUTS = Object.keys(CHART_LAYOUTS) as ChartLayoutName[];

/** Draws the charts of the content in `contentDir` that are not in the cache yet; resolves with how many pictures it drew. */
export async function drawCharts(pool: ChartPool, contentDir: string): Promise<number> {
	const clock = startPhase();
	let drawn = 0;
	const tasks = (await chartJobs(contentDir)).map((job) => {
		// Looked up here, so that a rebuild starts no worker for charts it has.
		const layouts = LAYOUTS.filter((layout) => readCached(keyedChart(job, layout).key, 'svg') === undefined);
		drawn += layouts.length;
		return layouts.length > 0 ? pool.drawChart({ job, layouts }) : undefined;
	});
	await Promise.all(tasks);
	clock.end('SVG 图表（SVG charts, worker pool, beside Astro）');
	return drawn;
}
