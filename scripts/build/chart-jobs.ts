/**
 * Every chart the pages will show, worked out from the content folder before Astro starts, so
 * a worker pool can draw them on every core while Astro loads and renders (draw-charts.ts).
 * Files are read by the same function the content check and the content layer use, and charts
 * come from the same functions the pages call: a chart the pages would draw differently is
 * simply drawn again by the page, never shown wrong.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { keyedComparisonChart, keyedIndicatorChart, type KeyedChart } from '../../src/charts/chart-key.ts';
import { hasChart, hasComparisonChart } from '../../src/charts/enabled.ts';
import type { ChartLayoutName } from '../../src/charts/layout.ts';
import { entryId } from '../../src/loaders/content-folder.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import { buildComparison, type ComparisonView } from '../../src/utils/comparison.ts';
import { summarizeIndicator } from '../../src/utils/progress.ts';
import { readContentFile } from '../../src/validation/read-content-file.ts';

export type ChartJob =
	{ kind: 'indicator'; slug: string; indicator: Indicator; summary: string } | { kind: 'comparison'; view: ComparisonView; publisher: string };

/** A chart as the pages will ask for it in `layout`: its spec and cache key. */
export function keyedChart(job: ChartJob, layout: ChartLayoutName): KeyedChart {
	return job.kind === 'indicator' ? keyedIndicatorChart(job.slug, job.indicator, job.summary, layout) : keyedComparisonChart(job.view, job.publisher, layout);
}

/** The valid entries of one collection, by file name; files the check refuses are left to it. */
export async function readCollection<Name extends CollectionName>(
	contentDir: string,
	name: Name,
): Promise<{ id: string; data: z.output<(typeof COLLECTIONS)[Name]['schema']> }[]> {
	const { extensions, schema } = COLLECTIONS[name];
	const folder = path.join(contentDir, name);
	const files = (await readdir(folder).catch(() => [] as string[])).sort();
	const entries: { id: string; data: z.output<(typeof COLLECTIONS)[Name]['schema']> }[] = [];
	for (const file of files) {
		const id = entryId(file, extensions);
		if (id === undefined) continue;
		const { source } = readContentFile(path.join(folder, file), await readFile(path.join(folder, file)));
		const parsed = source && schema.safeParse(source.data);
		if (parsed?.success) entries.push({ id, data: parsed.data as z.output<(typeof COLLECTIONS)[Name]['schema']> });
	}
	return entries;
}

/** The charts of every indicator and every 对标 comparison in `contentDir`. */
export async function chartJobs(contentDir: string): Promise<ChartJob[]> {
	const [indicators, benchmarks] = await Promise.all([readCollection(contentDir, 'indicators'), readCollection(contentDir, 'benchmarks')]);
	const bySlug = new Map(indicators.map((entry) => [entry.id, entry.data]));
	const jobs: ChartJob[] = indicators
		.filter((entry) => hasChart(entry.data))
		.map((entry) => ({ kind: 'indicator', slug: entry.id, indicator: entry.data, summary: summarizeIndicator(entry.data) }));
	for (const benchmark of benchmarks) {
		for (const [index, comparison] of (benchmark.data.comparisons ?? []).entries()) {
			const indicator = bySlug.get(comparison.indicator);
			if (!indicator) continue;
			const view = buildComparison({ slug: benchmark.id, data: benchmark.data }, index, comparison, { slug: comparison.indicator, data: indicator });
			if (hasComparisonChart(view)) jobs.push({ kind: 'comparison', view, publisher: indicator.source.publisher });
		}
	}
	return jobs;
}
