/**
 * The steps of the check that need the whole content, in order: references between files,
 * statuses against indicators, benchmarks' comparisons against indicators, freshness, internal
 * links, and what bodies point at. Each reads what the per-file steps loaded and returns its
 * problems.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectionName } from '../schemas/index.ts';
import type { Site } from '../schemas/site.ts';
import { splitSiteUrl } from '../utils/site-url.ts';
import type { PlacedReference } from './check-body.ts';
import { checkReferences, type FoundFile, type LoadedEntry, type LoadedFile } from './check-references.ts';
import { comparedIndicators } from './comparisons.ts';
import { sitePages, type InternalLink } from './links.ts';
import type { Problem } from './problem.ts';
import { bodyReference } from './rules/body-reference.ts';
import { brokenLink } from './rules/broken-link.ts';
import { comparisonDirection } from './rules/comparison-direction.ts';
import { comparisonPeriod } from './rules/comparison-period.ts';
import { comparisonUnit } from './rules/comparison-unit.ts';
import { overdueMilestone } from './rules/overdue-milestone.ts';
import { staleSite } from './rules/stale-site.ts';
import { staleStatus } from './rules/stale-status.ts';
import { statusVsIndicators } from './rules/status-vs-indicators.ts';

/** What the steps across files read: everything loaded file by file, and the day and pages to check against. */
export interface LoadedContent {
	/** Files that passed their own checks. */
	entries: readonly LoadedEntry[];
	/** Every content file found, whether or not it passed. */
	found: readonly FoundFile[];
	site: Site | undefined;
	/** site.yaml with where each field is, when it passed its own checks. */
	siteFile: LoadedFile | undefined;
	internalLinks: readonly InternalLink[];
	bodyReferences: readonly PlacedReference[];
	/** The build date, YYYY-MM-DD, that freshness is counted from. */
	today: string;
	/** The route files under src/pages (e.g. `initiatives/[slug].astro`); undefined to read src/pages. */
	routeFiles: readonly string[] | undefined;
	/** The folder of the site's static files, where body images must be. */
	publicDir: string;
}

/** One step across files. */
type CrossFileStep = (content: LoadedContent) => Problem[] | Promise<Problem[]>;

/** The slugs of each collection's files. */
function slugsOf(found: readonly FoundFile[]): Partial<Record<CollectionName, string[]>> {
	const slugs: Partial<Record<CollectionName, string[]>> = {};
	for (const file of found) (slugs[file.collection] ??= []).push(file.slug);
	return slugs;
}

/** Every file under src/pages, relative to it: the site's routes. */
async function readRouteFiles(): Promise<string[]> {
	const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));
	const files = await readdir(pagesDir, { recursive: true, withFileTypes: true });
	return files.filter((file) => file.isFile()).map((file) => path.relative(pagesDir, path.join(file.parentPath, file.name)).split(path.sep).join('/'));
}

/** Slugs named in fields (site.yaml's too) must exist, parents may not loop, and no two files may share a slug. */
function references(content: LoadedContent): Problem[] {
	return checkReferences(content.entries, content.found, content.siteFile);
}

/** Statuses that all of an initiative's indicators contradict. */
function statusConsistency(content: LoadedContent): Problem[] {
	return statusVsIndicators.check(content.entries);
}

/** Benchmarks' figures against the indicators they are compared with: unit, periods and direction. */
function comparisons(content: LoadedContent): Problem[] {
	const compared = comparedIndicators(content.entries);
	return [...comparisonUnit.check(compared), ...comparisonPeriod.check(compared), ...comparisonDirection.check(compared)];
}

/** The site's newest update, each initiative's status and its milestones, against the build date. */
function freshness(content: LoadedContent): Problem[] {
	return [
		...staleSite.check(content.entries, content.today, content.site?.update_cycle_days ?? 14),
		...staleStatus.check(content.entries, content.today),
		...overdueMilestone.check(content.entries, content.today),
	];
}

/** Internal links of bodies, against the pages the site generates under its base path. */
async function links(content: LoadedContent): Promise<Problem[]> {
	const base = content.site ? splitSiteUrl(content.site.url).base : '/';
	const pages = sitePages(content.routeFiles ?? (await readRouteFiles()), slugsOf(content.found));
	return brokenLink.check(content.internalLinks, pages, base);
}

/** The indicators charted and the images shown in bodies, against the indicators and images there are. */
function bodyReferences(content: LoadedContent): Promise<Problem[]> {
	return bodyReference.check(content.bodyReferences, slugsOf(content.found).indicators ?? [], content.publicDir);
}

/** The steps across files, in order. */
export const CROSS_FILE_STEPS: readonly CrossFileStep[] = [references, statusConsistency, comparisons, freshness, links, bodyReferences];
