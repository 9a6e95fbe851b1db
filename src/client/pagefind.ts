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

/** pagefind.js in the site's own `pagefind/` folder, under the base path. */
const PAGEFIND_URL = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

/** Loads and starts Pagefind. */
export async function loadPagefind(): Promise<Pagefind> {
	// A variable, not a template literal in the call: Vite then leaves the import alone instead of
	// wrapping it in its 1 KB module-preload helper, which has nothing to preload here.
	const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
	await pagefind.init();
	return pagefind;
}
