/**
 * A stand-in for pagefind.js over a handful of pages, for the search page's tests: it filters
 * and matches as Pagefind does (every chosen filter, the query as a substring), counts filter
 * values, escapes the excerpt and marks the matches, answers a search that a newer one
 * superseded with null, and records each search and each result whose data is loaded.
 */
import type { Pagefind, PagefindResultData, PagefindSearch } from '../../src/client/pagefind.ts';

/** One indexed page. */
export interface FakePage extends Omit<PagefindResultData, 'excerpt'> {
	/** The page's text, which the query is matched against and the excerpt taken from. */
	text: string;
}

/** The fake index, with what the page asked of it. */
export interface FakePagefind extends Pagefind {
	/** Each search, in order. */
	searches: { query: string | null; filters: Record<string, string>; ms: number }[];
	/** The address of each result whose data was loaded. */
	loaded: string[];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Pagefind's excerpt: the text escaped, with `<mark>` around each match. */
export function excerptOf(text: string, query: string | null): string {
	const escaped = escapeHtml(text);
	return query ? escaped.split(escapeHtml(query)).join(`<mark>${escapeHtml(query)}</mark>`) : escaped;
}

/** An index of `pages`. */
export function fakePagefind(pages: readonly FakePage[]): FakePagefind {
	const fake: FakePagefind = {
		searches: [],
		loaded: [],
		init: async () => undefined,
		filters: async () => {
			const counts: Record<string, Record<string, number>> = {};
			for (const page of pages) {
				for (const [key, values] of Object.entries(page.filters)) {
					const forKey = (counts[key] ??= {});
					for (const value of values ?? []) forKey[value] = (forKey[value] ?? 0) + 1;
				}
			}
			return counts;
		},
		debouncedSearch: async (query, { filters }, ms): Promise<PagefindSearch | null> => {
			fake.searches.push({ query, filters, ms });
			// The debounce, shortened to one turn of the event loop: a search made meanwhile supersedes this one.
			const count = fake.searches.length;
			await new Promise((resolve) => setTimeout(resolve));
			if (fake.searches.length !== count) return null;
			const found = pages.filter(
				(page) =>
					(query === null || page.text.includes(query)) &&
					Object.entries(filters).every(([key, value]) => (page.filters as Record<string, string[] | undefined>)[key]?.includes(value)),
			);
			return {
				results: found.map(({ text, ...page }) => ({
					data: async () => {
						fake.loaded.push(page.url);
						return { ...page, excerpt: excerptOf(text, query) };
					},
				})),
			};
		},
	};
	return fake;
}
