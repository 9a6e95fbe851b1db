/**
 * The built site's own search bundle (pagefind/pagefind.js and its WebAssembly), run in Node
 * against the index over a local server: the same code and index a reader's browser uses,
 * without a browser, ranked with the search page's own options (SEARCH_RANKING).
 *
 * pagefind.js decides whether to segment a Chinese query (with Intl.Segmenter, as since
 * Pagefind 1.5) from the page's <html lang>. Without a document it skips segmentation and
 * would test something no reader runs, so a minimal document with the site's lang is
 * provided. Node 24 and Chromium share ICU's segmenter.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_RANKING } from '../../src/client/pagefind.ts';
import { serveSite } from '../browser/chromium.ts';
import type { BuiltSite } from '../helpers/built-site.ts';

export interface SearchHit {
	url: string;
	title: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

export interface NodeSearch {
	/** Result pages, best first, with their data loaded. */
	search(query: string | null, filters?: Record<string, string>): Promise<SearchHit[]>;
	filters(): Promise<Record<string, Record<string, number>>>;
	close(): Promise<void>;
}

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: { data(): Promise<SearchHit & { meta: Record<string, string> }> }[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

export async function openSearch(site: BuiltSite): Promise<NodeSearch> {
	const lang = /<html lang="([^"]+)"/.exec(readFileSync(path.join(site.dist, 'index.html'), 'utf8'))?.[1] ?? '';
	Object.assign(globalThis, {
		window: {},
		document: { currentScript: null, querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => lang } : null) },
	});
	const served = await serveSite(site);
	const pagefind = (await import(pathToFileURL(path.join(site.dist, 'pagefind/pagefind.js')).href)) as PagefindModule;
	// Fetch the index from the server (Node's fetch cannot read file: URLs); result URLs keep the base path.
	// Ranked as the search page ranks, so the tests see the order a reader sees.
	await pagefind.options({ basePath: `${served.url}pagefind/`, baseUrl: site.base, ranking: SEARCH_RANKING });
	return {
		async search(query, filters = {}) {
			const { results } = await pagefind.search(query, { filters });
			return Promise.all(
				results.map(async (result) => {
					const data = await result.data();
					return { ...data, title: data.meta['title'] ?? '' };
				}),
			);
		},
		filters: () => pagefind.filters(),
		close: () => served.close(),
	};
}
