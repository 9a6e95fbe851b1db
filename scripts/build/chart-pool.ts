/**
 * The build's worker pool (tinypool): charts are drawn with chart.js and resvg, synchronous work
 * that would otherwise leave every core but one idle. One thread per core but one, which is
 * Astro's (it renders pages on one thread while the pool draws), or Pagefind's after it.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { ChartLayoutName } from '../../src/charts/layout.ts';
import type { ChartJob } from './chart-jobs.ts';

export interface ChartPool {
	drawChart(task: { job: ChartJob; layouts: readonly ChartLayoutName[] }): Promise<void>;
	drawPng(files: { svg: string; png: string }): Promise<void>;
	close(): Promise<void>;
}

/**
 * Each worker's heap limit. Left to itself V8 lets a worker's heap grow far beyond what drawing
 * needs before collecting: measured on the bench's site, the build process with two workers
 * peaked at 846 MB, and 627 MB with this limit. Drawing one chart needs a few MB.
 */
const WORKER_HEAP_MB = 128;

export function chartPool(threads: number = Math.max(1, availableParallelism() - 1)): ChartPool {
	const pool = new Tinypool({
		filename: new URL('./chart-worker.ts', import.meta.url).href,
		minThreads: 0,
		maxThreads: threads,
		isolateWorkers: false,
		resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
	});
	return {
		drawChart: (task) => pool.run(task, { name: 'drawChart' }),
		drawPng: (files) => pool.run(files, { name: 'drawPng' }),
		close: () => pool.destroy(),
	};
}
