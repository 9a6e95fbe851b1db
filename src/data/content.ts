/**
 * Fetches content for pages. Pages call these; components receive plain data as props.
 * Sorting and grouping happen here once, so every page lists things in the same order.
 *
 * In a build, content cannot change, so each function's result is worked out once and shared
 * by every page (onePerBuild): every page asks for the site-wide lists, and sorting a
 * thousand entries for each of two thousand pages was most of the rendering time at scale.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compareChinese } from '../utils/collate.ts';
import { onePerBuild } from '../utils/one-per-build.ts';
import { buildComparison, type ComparisonView } from '../utils/comparison.ts';
import type { Site } from '../schemas/site.ts';
import { UNIT_KINDS } from '../schemas/unit.ts';

export type PillarEntry = CollectionEntry<'pillars'>;
export type InitiativeEntry = CollectionEntry<'initiatives'>;
export type IndicatorEntry = CollectionEntry<'indicators'>;
export type BenchmarkEntry = CollectionEntry<'benchmarks'>;
export type UpdateEntry = CollectionEntry<'updates'>;
export type UnitEntry = CollectionEntry<'units'>;

export const getSite = onePerBuild(async (): Promise<Site> => {
	const entry = await getEntry('site', 'site');
	if (!entry) throw new Error('content/site.yaml 未加载（site.yaml was not loaded）');
	return entry.data;
});

export const getPillars = onePerBuild(async (): Promise<readonly PillarEntry[]> => {
	return (await getCollection('pillars')).sort((a, b) => a.data.order - b.data.order);
});

/** Initiatives in pillar order, then by start month, then by title. */
export const getInitiatives = onePerBuild(async (): Promise<readonly InitiativeEntry[]> => {
	const order = new Map((await getPillars()).map((pillar) => [pillar.id, pillar.data.order]));
	return (await getCollection('initiatives')).sort(
		(a, b) =>
			(order.get(a.data.pillar) ?? 99) - (order.get(b.data.pillar) ?? 99) ||
			a.data.start.localeCompare(b.data.start) ||
			compareChinese(a.data.title, b.data.title),
	);
});

export const getIndicators = onePerBuild(async (): Promise<readonly IndicatorEntry[]> => {
	return (await getCollection('indicators')).sort((a, b) => compareChinese(a.data.title, b.data.title));
});

/** Every indicator's data by its slug, for the charts a body shows. */
export const getIndicatorsBySlug = onePerBuild(async (): Promise<ReadonlyMap<string, IndicatorEntry['data']>> => {
	return new Map((await getCollection('indicators')).map((entry) => [entry.id, entry.data]));
});

export const getBenchmarks = onePerBuild(async (): Promise<readonly BenchmarkEntry[]> => {
	return (await getCollection('benchmarks')).sort((a, b) => compareChinese(a.data.name, b.data.name));
});

/** Units grouped as bulletins list them (区委工作机关, 区政府工作部门, 镇（街道）, others), then by name. */
export const getUnits = onePerBuild(async (): Promise<readonly UnitEntry[]> => {
	return (await getCollection('units')).sort(
		(a, b) => UNIT_KINDS.indexOf(a.data.kind) - UNIT_KINDS.indexOf(b.data.kind) || compareChinese(a.data.name, b.data.name),
	);
});

/** Every unit by its slug, for the pages that name an initiative's units. */
export const getUnitsBySlug = onePerBuild(async (): Promise<ReadonlyMap<string, UnitEntry['data']>> => {
	return new Map((await getCollection('units')).map((entry) => [entry.id, entry.data]));
});

/** Updates, newest first. */
export const getUpdates = onePerBuild(async (): Promise<readonly UpdateEntry[]> => {
	return (await getCollection('updates')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
});

/** Whether any status or figure on the site is illustrative: then every page says so. */
export const hasSampleData = onePerBuild(async (): Promise<boolean> => {
	const [initiatives, indicators, updates] = await Promise.all([getCollection('initiatives'), getCollection('indicators'), getCollection('updates')]);
	return [...initiatives, ...indicators, ...updates].some((entry) => entry.data.sample);
});

/** The latest date the site's statuses and data reflect (数据截至). */
export const getDataAsOf = onePerBuild(async (): Promise<string | undefined> => {
	const [initiatives, indicators] = await Promise.all([getCollection('initiatives'), getCollection('indicators')]);
	const dates = [...initiatives.map((entry) => entry.data.status_as_of), ...indicators.map((entry) => entry.data.updated)];
	return dates.sort().at(-1);
});

/** The most recent date anything on the site was published or changed. */
export const getSiteUpdated = onePerBuild(async (): Promise<string | undefined> => {
	const [initiatives, indicators, updates] = await Promise.all([getCollection('initiatives'), getCollection('indicators'), getCollection('updates')]);
	const dates = [
		...initiatives.map((entry) => entry.data.updated),
		...indicators.map((entry) => entry.data.updated),
		...updates.map((entry) => entry.data.date),
	];
	return dates.sort().at(-1);
});

/** Every 对标 comparison, benchmark by benchmark in file order, with its gap worked out. */
export const getComparisons = onePerBuild(async (): Promise<readonly ComparisonView[]> => {
	const [benchmarks, indicators] = await Promise.all([getBenchmarks(), getIndicatorsBySlug()]);
	return benchmarks.flatMap((benchmark) =>
		(benchmark.data.comparisons ?? []).map((comparison, index) => {
			// The check refuses a comparison whose indicator does not exist, so the build never gets here without it.
			const indicator = indicators.get(comparison.indicator)!;
			return buildComparison({ slug: benchmark.id, data: benchmark.data }, index, comparison, { slug: comparison.indicator, data: indicator });
		}),
	);
});
