/** The pages the accessibility tests visit: those the sitemap publishes, plus the utility pages (search, changes, 404). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isUtility, SECTION_IDS, SECTIONS } from '../../../src/site-map.ts';
import type { BuiltSite } from '../../helpers/built-site.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');

/** Every page in the built sitemap, as paths below the base ('' is the home page). Throws if there is no sitemap. */
export function sitemapPaths(site: BuiltSite): string[] {
	const index = path.join(site.dist, 'sitemap-index.xml');
	if (!existsSync(index)) throw new Error(`${index} is missing: the accessibility sweep covers the pages the sitemap lists`);
	const pages = locs(readFileSync(index, 'utf8')).flatMap((sitemap) => {
		const file = path.join(site.dist, new URL(sitemap).pathname.slice(site.base.length));
		return locs(readFileSync(file, 'utf8'));
	});
	return pages.map((page) => {
		if (!page.startsWith(site.siteUrl)) throw new Error(`${page} in the sitemap is outside ${site.siteUrl}`);
		return decodeURI(page.slice(site.siteUrl.length));
	});
}

/** What a reader can land on: the sitemap's pages, and the utility pages it leaves out (search, changes, 404). */
export function readerPaths(site: BuiltSite): string[] {
	const utility = SECTION_IDS.filter(isUtility).map((id) => (id === 'notFound' ? '404.html' : `${SECTIONS[id].path}/`));
	return [...sitemapPaths(site), ...utility];
}

/**
 * One page of each kind (home, a list, one of its entries, …): pages of a kind share a path
 * shape, e.g. initiatives/*, so new kinds of page are covered without listing them here.
 */
export function onePerPageType(paths: string[]): string[] {
	const byShape = new Map<string, string>();
	for (const page of paths) {
		const shape = page
			.split('/')
			.map((segment, index) => (index === 0 || segment === '' ? segment : '*'))
			.join('/');
		if (!byShape.has(shape)) byShape.set(shape, page);
	}
	return [...byShape.values()];
}

/** Runs `work` over `items` in `workers` parallel lanes; each call learns its lane (0 … workers − 1). */
export async function inParallel<T>(items: readonly T[], workers: number, work: (item: T, lane: number) => Promise<void>): Promise<void> {
	let next = 0;
	const lane = async (index: number) => {
		while (next < items.length) await work(items[next++] as T, index);
	};
	await Promise.all(Array.from({ length: workers }, (_, index) => lane(index)));
}
