/**
 * Pagefind filters and metadata as attributes on one element. Several values on one element
 * only work in Pagefind's `key[attribute]` form (`key:value, key:value` would read as one
 * value), so each value goes into its own data attribute:
 * `data-pagefind-filter="pillar[data-filter-pillar]" data-filter-pillar="安业安居"`.
 */

/** The attributes to spread on an element; empty values are left out. */
export function pagefindAttributes(kind: 'filter' | 'meta', values: Record<string, string | undefined>): Record<string, string> {
	const present = Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
	if (present.length === 0) return {};
	return {
		[`data-pagefind-${kind}`]: present.map(([key]) => `${key}[data-${kind}-${key}]`).join(', '),
		...Object.fromEntries(present.map(([key, value]) => [`data-${kind}-${key}`, value])),
	};
}
