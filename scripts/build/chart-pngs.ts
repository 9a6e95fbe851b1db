/**
 * The PNG download of every chart (charts/<slug>.png, charts/comparisons/<id>.png), drawn on
 * the worker pool from the SVG download Astro wrote beside it, after the pages: only downloads
 * need them, so they are drawn while Pagefind indexes, not while pages wait. Cached by the SVG.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readCached } from '../../src/charts/cache.ts';
import { chartPngKey } from '../../src/charts/chart-key.ts';
import type { BuildStep } from './build-step.ts';
import type { ChartPool } from './chart-pool.ts';

/** Writes a PNG beside every SVG under `dir`/charts; returns how many were drawn, not taken from the cache. */
export async function writeChartPngs(pool: ChartPool, dir: string): Promise<number> {
	const charts = path.join(dir, 'charts');
	const svgs = (await readdir(charts, { recursive: true }).catch(() => [] as string[])).filter((file) => file.endsWith('.svg'));
	let drawn = 0;
	await Promise.all(
		svgs.map(async (file) => {
			const svg = path.join(charts, file);
			const png = svg.replace(/\.svg$/, '.png');
			// Cached ones are copied here: a worker is started only for pictures that are new.
			const known = readCached(chartPngKey(await readFile(svg, 'utf8')), 'png');
			if (known) return writeFile(png, known);
			drawn += 1;
			return pool.drawPng({ svg, png });
		}),
	);
	return drawn;
}

export function chartPngs(pool: ChartPool): BuildStep {
	return { name: '绘制图表图片（PNG）', phase: 'PNG 图表（PNG charts, worker pool, beside Pagefind）', run: (dir) => writeChartPngs(pool, dir) };
}
