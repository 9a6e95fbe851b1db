/**
 * The revision history for pages: each entry's changes (the 修订记录 section), the latest changes
 * across the site (/changes/ and changes.xml), read once per build. The content folder is the
 * one the collections load (CONTENT_DIR or content/), so a test points both at a temporary
 * repository with CONTENT_DIR. Described commits are kept in `.cache/history/` (git-ignored,
 * beside the charts' cache), so a rebuild reads only new commits.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { contentDirectory } from '../config/content-folder.ts';
import { readEnvironment } from '../config/environment.ts';
import type { ChangeRecord } from '../history/change-record.ts';
import type { EntryNames } from '../history/model-fields.ts';
import { readHistory } from '../history/read-history.ts';
import { startPhase } from '../utils/build-timings.ts';
import type { Unavailable } from '../history/unavailable.ts';
import type { CollectionName } from '../schemas/index.ts';
import { benchmarkUrl, indicatorUrl, initiativeUrl, pillarUrl, unitUrl, updateUrl } from '../site-map.ts';

/** How many changes /changes/ and changes.xml list, newest first. */
export const LATEST_CHANGES = 200;

export interface SiteHistory {
	available: true;
	/** Every change, newest first. */
	changes: ChangeRecord[];
	/** Each entry's changes, newest first, by `collection/slug`. */
	byEntry: Map<string, ChangeRecord[]>;
}

/** What one page's 修订记录 section shows: the RevisionHistory component's `history` prop. */
export type PageHistory = { available: true; changes: ChangeRecord[] } | Unavailable;

/** One change as /changes/ and the feed list it: with the address of the entry's page, while the entry exists. */
export interface LatestChange extends ChangeRecord {
	href?: string;
}

/** The page of each collection's entries. */
const ENTRY_URLS: Record<CollectionName, (slug: string) => string> = {
	initiatives: initiativeUrl,
	indicators: indicatorUrl,
	updates: updateUrl,
	pillars: pillarUrl,
	benchmarks: benchmarkUrl,
	units: unitUrl,
};

let history: Promise<SiteHistory | Unavailable> | undefined;

/**
 * The site's history, read on first use. The build runs from the project folder (scripts/build.ts),
 * where content/ and .cache/ are: not this module's own location, which is a bundled chunk by then.
 */
export function getHistory(): Promise<SiteHistory | Unavailable> {
	if (!history) {
		const clock = startPhase();
		history = entryNames()
			.then((names) =>
				readHistory({
					contentDir: contentDirectory(process.cwd(), readEnvironment()),
					cacheDir: path.resolve('.cache/history'),
					names,
				}),
			)
			.then(siteHistory)
			.finally(() => clock.end('修订记录（history, during page rendering）'));
	}
	return history;
}

/** Every entry's current name (a unit's 名称, anything else's title) by collection and slug, and a fingerprint of them all. */
async function entryNames(): Promise<{ nameOf: EntryNames; fingerprint: string }> {
	const collections = Object.keys(ENTRY_URLS) as CollectionName[];
	const entries = (await Promise.all(collections.map((name) => getCollection(name)))).flat();
	const names = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, 'name' in entry.data ? entry.data.name : entry.data.title]));
	const fingerprint = createHash('sha256')
		.update(JSON.stringify([...names].sort(([a], [b]) => (a < b ? -1 : 1))))
		.digest('hex')
		.slice(0, 16);
	return { nameOf: (collection, slug) => names.get(`${collection}/${slug}`), fingerprint };
}

function siteHistory(read: Awaited<ReturnType<typeof readHistory>>): SiteHistory | Unavailable {
	if (!read.available) {
		console.warn(`修订记录不可用（revision history unavailable: ${read.reason}${read.detail === undefined ? '' : `, ${read.detail}`}）`);
		return read;
	}
	const byEntry = new Map<string, ChangeRecord[]>();
	for (const change of read.changes) {
		const key = entryKey(change.collection, change.slug);
		byEntry.set(key, [...(byEntry.get(key) ?? []), change]);
	}
	return { available: true, changes: read.changes, byEntry };
}

function entryKey(collection: CollectionName, slug: string): string {
	return `${collection}/${slug}`;
}

/** The 修订记录 of one entry, e.g. `getPageHistory('initiatives', entry.id)`. */
export async function getPageHistory(collection: CollectionName, slug: string): Promise<PageHistory> {
	const site = await getHistory();
	if (!site.available) return site;
	return { available: true, changes: site.byEntry.get(entryKey(collection, slug)) ?? [] };
}

/** The latest LATEST_CHANGES changes across the site, newest first, each linked to its page unless the entry has since been deleted. */
export async function getLatestChanges(): Promise<{ available: true; changes: LatestChange[] } | Unavailable> {
	const site = await getHistory();
	if (!site.available) return site;
	return { available: true, changes: site.changes.slice(0, LATEST_CHANGES).map((change) => withLink(site, change)) };
}

function withLink(site: SiteHistory, change: ChangeRecord): LatestChange {
	// The entry's newest change says whether it still exists: a deleted entry has no page to link to.
	const exists = site.byEntry.get(entryKey(change.collection, change.slug))?.[0]?.kind !== 'deleted';
	return exists ? { ...change, href: ENTRY_URLS[change.collection](change.slug) } : change;
}
