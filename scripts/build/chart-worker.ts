/**
 * What the build's worker threads run (chart-pool.ts): each task draws pictures into the chart
 * cache through the same functions the pages call, so the page then finds them drawn.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { comparisonChartSvg, indicatorChartSvg } from '../../src/charts/index.ts';
import type { ChartLayoutName } from '../../src/charts/layout.ts';
import { chartPngFromSvg } from '../../src/charts/png.ts';
import type { ChartJob } from './chart-jobs.ts';

/** Draws a chart into the cache in each of `layouts`. */
export function drawChart({ job, layouts }: { job: ChartJob; layouts: readonly ChartLayoutName[] }): void {
	for (const layout of layouts) {
		if (job.kind === 'indicator') indicatorChartSvg(job.slug, job.indicator, job.summary, layout);
		else comparisonChartSvg(job.view, job.publisher, layout);
	}
}

/** Writes `png`, the picture of the chart SVG `svg` (a download written by Astro). */
export async function drawPng({ svg, png }: { svg: string; png: string }): Promise<void> {
	await writeFile(png, chartPngFromSvg(await readFile(svg, 'utf8')));
}
