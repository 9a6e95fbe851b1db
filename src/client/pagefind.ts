/**
 * The part of Pagefind's browser API the search page uses, and how it is loaded. pagefind.js
 * ships no types, and it exists only in the built site (the build indexes the pages after
 * Astro has written them), so it is imported at run time by address rather than bundled.
 */
import type { SearchFilterKey, SearchMetaKey } from '../site-map.ts';

/** One result's data, which Pagefind loads only when asked for. */
export interface PagefindResultData {
	/** The page's address, with the base path. */
	url: string;
	/** The page's own text around the matches, HTML-escaped by Pagefind, with `<mark>` around each match. */
	excerpt: string;
	/** The page's metadata; Pagefind adds `title` from its `<h1>`. */
	meta: Partial<Record<SearchMetaKey | 'title', string>>;
	/** The filter values the page is filed under, by key. */
	filters: Partial<Record<SearchFilterKey, string[]>>;
}

/** One result of a search, before its data is loaded. */
export interface PagefindResult {
	data(): Promise<PagefindResultData>;
}

/** A finished search: every result, best first. */
export interface PagefindSearch {
	results: PagefindResult[];
}

/** The module pagefind.js. */
export interface Pagefind {
	init(): Promise<void>;
	/** Every filter value in the index with its number of pages, by key. */
	filters(): Promise<Record<string, Record<string, number>>>;
	/** Searches once typing has paused for `ms`; null when a newer call superseded this one. */
	debouncedSearch(query: string | null, options: { filters: Record<string, string> }, ms: number): Promise<PagefindSearch | null>;
}

/** Pagefind's ranking parameters (pagefind.app/docs/ranking/); any left out keep Pagefind's default. */
export interface PagefindRanking {
	termFrequency?: number;
	pageLength?: number;
	termSaturation?: number;
	termSimilarity?: number;
}

/**
 * How results are ranked, here and in the search tests (tests/search/pagefind-node.ts), so that
 * a query equal to or contained in a page's title finds that page first. With the page title
 * weighted up and card titles in lists weighted down (data-pagefind-weight in the pages):
 * - pageLength 0: the named page tells its whole story and is long; Pagefind's default (0.75)
 *   favours the short list and indicator pages that merely mention it.
 * - termSimilarity 8 (default 1): a Chinese query is split into short words, and a one-character
 *   word matches every longer word it starts (坚 in 项目攻坚 matches 坚持), which buried the page
 *   with the exact words.
 * - termSaturation 2 (the maximum, default 1.4): the named page repeats its own subject, and each
 *   repetition should still count.
 * The values were chosen by measuring the ranks of tests/search/terms.ts, which holds them.
 */
export const SEARCH_RANKING: Readonly<PagefindRanking> = { pageLength: 0, termSimilarity: 8, termSaturation: 2 };

/** What pagefind.js offers beyond what the search page calls: options, set once before init. */
interface PagefindModule extends Pagefind {
	options(options: { ranking: PagefindRanking }): Promise<void>;
}

/** pagefind.js in the site's own `pagefind/` folder, under the base path. */
const PAGEFIND_URL = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

/** Loads and starts Pagefind. */
export async function loadPagefind(): Promise<Pagefind> {
	// A variable, not a template literal in the call: Vite then leaves the import alone instead of
	// wrapping it in its 1 KB module-preload helper, which has nothing to preload here.
	const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
	await pagefind.options({ ranking: SEARCH_RANKING });
	await pagefind.init();
	return pagefind;
}
