/**
 * Where a schema refers to other entries: every field declared with `reference()` (src/schemas/common.ts),
 * found by walking the schema, in lists and nested objects too. The check resolves these, and the
 * web editor offers them as relations, from the same declaration.
 */
import { z } from 'astro/zod';
import { metaOf, unwrap } from './field-meta.ts';
import type { CollectionName } from './collection-name.ts';

/** Stands for every item of a list in a reference's path. */
export const EACH = Symbol('each item');

/** One reference field: its path from the top of the entry, and the collection it points into. */
export interface ReferenceField {
	path: readonly (string | typeof EACH)[];
	to: CollectionName;
}

/** Every reference field of `schema`, in the schema's order. */
export function referenceFields(schema: z.ZodType, path: readonly (string | typeof EACH)[] = []): ReferenceField[] {
	const to = metaOf(schema).references;
	if (to !== undefined) return [{ path, to }];
	const { inner } = unwrap(schema);
	if (inner instanceof z.ZodArray) return referenceFields(inner.element as z.ZodType, [...path, EACH]);
	if (inner instanceof z.ZodObject) {
		return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, value]) => referenceFields(value, [...path, key]));
	}
	return [];
}

/** The values at a reference's path in an entry's data, each with its concrete path (list items by index). */
export function valuesAt(data: unknown, path: readonly (string | typeof EACH)[], at: PropertyKey[] = []): [PropertyKey[], unknown][] {
	const [first, ...rest] = path;
	if (first === undefined) return [[at, data]];
	if (first === EACH) return Array.isArray(data) ? data.flatMap((item, index) => valuesAt(item, rest, [...at, index])) : [];
	if (typeof data !== 'object' || data === null || !(first in data)) return [];
	return valuesAt((data as Record<string, unknown>)[first], rest, [...at, first]);
}
