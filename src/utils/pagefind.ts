/**
 * Pagefind filters and metadata as attributes on one element. Several values on one element
 * only work in Pagefind's `key[attribute]` form (`key:value, key:value` would read as one
 * value), so each value goes into its own data attribute:
 * `data-pagefind-filter="pillar[data-filter-pillar]" data-filter-pillar="安业安居"`.
 * The keys are the site map's (src/site-map.ts), which the search page reads back.
 */
import type { SearchFilterKey, SearchMetaKey } from '../site-map.ts';

/** Values by key; an undefined or empty value is left out. */
type SearchValues<Key extends string> = Partial<Record<Key, string | undefined>>;

/** The attributes to spread on an element; empty values are left out. */
export function pagefindAttributes(kind: 'filter', values: SearchValues<SearchFilterKey>): Record<string, string>;
export function pagefindAttributes(kind: 'meta', values: SearchValues<SearchMetaKey>): Record<string, string>;
export function pagefindAttributes(kind: 'filter' | 'meta', values: SearchValues<string>): Record<string, string> {
	const present = Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
	if (present.length === 0) return {};
	return {
		[`data-pagefind-${kind}`]: present.map(([key]) => `${key}[data-${kind}-${key}]`).join(', '),
		...Object.fromEntries(present.map(([key, value]) => [`data-${kind}-${key}`, value])),
	};
}
