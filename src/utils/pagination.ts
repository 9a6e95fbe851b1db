/**
 * Long lists split into pages with plain links (GOV.UK's pagination pattern), so that a list of
 * a province's thousand indicators stays a page a phone can load: page 1 keeps the list's own
 * address, later pages are `<list>/page/2/` and so on. Pure; the pages and the links agree on it.
 */

/** Rows per page of a list: about 20 KB gzipped for the heaviest list (数据下载), under the 30 KB page budget. */
export const LIST_PAGE_SIZE = 250;

export interface ListPage<Item> {
	/** 1-based. */
	number: number;
	/** How many pages the list has; 1 for a short list. */
	count: number;
	items: Item[];
	/** The position of the page's first item in the whole list, 0-based. */
	offset: number;
}

/** Page `number` of `items`; an empty list still has one (empty) page. */
export function listPage<Item>(items: readonly Item[], number: number, size: number = LIST_PAGE_SIZE): ListPage<Item> {
	const count = Math.max(1, Math.ceil(items.length / size));
	const offset = (number - 1) * size;
	return { number, count, items: items.slice(offset, offset + size), offset };
}

/** The page numbers after the first: [] for a list that fits on one page. */
export function laterPageNumbers(total: number, size: number = LIST_PAGE_SIZE): number[] {
	return Array.from({ length: Math.max(0, Math.ceil(total / size) - 1) }, (_, index) => index + 2);
}

/** getStaticPaths of a `[...list].astro` route over `total` items: the list itself, then `page/2`, `page/3`… */
export function listPagePaths(total: number, size: number = LIST_PAGE_SIZE): { params: { list: string | undefined } }[] {
	return [{ params: { list: undefined } }, ...laterPageNumbers(total, size).map((number) => ({ params: { list: `page/${number}` } }))];
}

/** The page number a `[...list]` route was called with: 1 for the list itself, n for `page/n`. */
export function listPageNumber(list: string | undefined): number {
	return list === undefined ? 1 : Number(list.replace('page/', ''));
}

/**
 * The page links to show around page `current` of `count`: the first, the last, and the current
 * one with its neighbours, with `'…'` for the pages left out (1 … 4 5 6 … 20).
 */
export function pageLinks(current: number, count: number): (number | '…')[] {
	const shown = [...new Set([1, current - 1, current, current + 1, count])].filter((number) => number >= 1 && number <= count).sort((a, b) => a - b);
	return shown.flatMap((number, index) => {
		const previous = shown[index - 1];
		if (previous === undefined || number === previous + 1) return [number];
		// A gap of exactly one page shows that page rather than an ellipsis standing for it.
		return number === previous + 2 ? [previous + 1, number] : ['…' as const, number];
	});
}
