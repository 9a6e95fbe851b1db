/**
 * Fetches content for pages. Pages call these; components receive plain data as props.
 * Sorting and grouping happen here once, so every page lists things in the same order.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildComparison, type ComparisonView } from '../utils/comparison.ts';
import type { Site } from '../schemas/site.ts';
import { UNIT_KINDS } from '../schemas/unit.ts';

export type PillarEntry = CollectionEntry<'pillars'>;
export type InitiativeEntry = CollectionEntry<'initiatives'>;
export type IndicatorEntry = CollectionEntry<'indicators'>;
export type BenchmarkEntry = CollectionEntry<'benchmarks'>;
export type UpdateEntry = CollectionEntry<'updates'>;
export type UnitEntry = CollectionEntry<'units'>;

export async function getSite(): Promise<Site> {
	const entry = await getEntry('site', 'site');
	if (!entry) throw new Error('content/site.yaml 未加载（site.yaml was not loaded）');
	return entry.data;
}

export async function getPillars(): Promise<PillarEntry[]> {
	return (await getCollection('pillars')).sort((a, b) => a.data.order - b.data.order);
}

/** Initiatives in pillar order, then by start month, then by title. */
export async function getInitiatives(): Promise<InitiativeEntry[]> {
	const order = new Map((await getPillars()).map((pillar) => [pillar.id, pillar.data.order]));
	return (await getCollection('initiatives')).sort(
		(a, b) =>
			(order.get(a.data.pillar) ?? 99) - (order.get(b.data.pillar) ?? 99) ||
			a.data.start.localeCompare(b.data.start) ||
			a.data.title.localeCompare(b.data.title, 'zh-CN'),
	);
}

export async function getIndicators(): Promise<IndicatorEntry[]> {
	return (await getCollection('indicators')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/** Every indicator's data by its slug, for the charts a body shows. */
export async function getIndicatorsBySlug(): Promise<Map<string, IndicatorEntry['data']>> {
	return new Map((await getCollection('indicators')).map((entry) => [entry.id, entry.data]));
}

export async function getBenchmarks(): Promise<BenchmarkEntry[]> {
	return (await getCollection('benchmarks')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'));
}

/** Units grouped as bulletins list them (区委工作机关, 区政府工作部门, 镇（街道）, others), then by name. */
export async function getUnits(): Promise<UnitEntry[]> {
	return (await getCollection('units')).sort(
		(a, b) => UNIT_KINDS.indexOf(a.data.kind) - UNIT_KINDS.indexOf(b.data.kind) || a.data.name.localeCompare(b.data.name, 'zh-CN'),
	);
}

/** Every unit by its slug, for the pages that name an initiative's units. */
export async function getUnitsBySlug(): Promise<Map<string, UnitEntry['data']>> {
	return new Map((await getCollection('units')).map((entry) => [entry.id, entry.data]));
}

/** Updates, newest first. */
export async function getUpdates(): Promise<UpdateEntry[]> {
	return (await getCollection('updates')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** Whether any status or figure on the site is illustrative: then every page says so. */
export async function hasSampleData(): Promise<boolean> {
	const [initiatives, indicators, updates] = await Promise.all([getCollection('initiatives'), getCollection('indicators'), getCollection('updates')]);
	return [...initiatives, ...indicators, ...updates].some((entry) => entry.data.sample);
}

/** The latest date the site's statuses and data reflect (数据截至). */
export async function getDataAsOf(): Promise<string | undefined> {
	const [initiatives, indicators] = await Promise.all([getCollection('initiatives'), getCollection('indicators')]);
	const dates = [...initiatives.map((entry) => entry.data.status_as_of), ...indicators.map((entry) => entry.data.updated)];
	return dates.sort().at(-1);
}

/** The most recent date anything on the site was published or changed. */
export async function getSiteUpdated(): Promise<string | undefined> {
	const [initiatives, indicators, updates] = await Promise.all([getCollection('initiatives'), getCollection('indicators'), getCollection('updates')]);
	const dates = [
		...initiatives.map((entry) => entry.data.updated),
		...indicators.map((entry) => entry.data.updated),
		...updates.map((entry) => entry.data.date),
	];
	return dates.sort().at(-1);
}

/** Every 对标 comparison, benchmark by benchmark in file order, with its gap worked out. */
export async function getComparisons(): Promise<ComparisonView[]> {
	const [benchmarks, indicators] = await Promise.all([getBenchmarks(), getIndicatorsBySlug()]);
	return benchmarks.flatMap((benchmark) =>
		(benchmark.data.comparisons ?? []).map((comparison, index) => {
			// The check refuses a comparison whose indicator does not exist, so the build never gets here without it.
			const indicator = indicators.get(comparison.indicator)!;
			return buildComparison({ slug: benchmark.id, data: benchmark.data }, index, comparison, { slug: comparison.indicator, data: indicator });
		}),
	);
}
