/**
 * The content model as the revision history reads it: for each field of a collection its
 * Chinese label, its choices' labels, and what kind of value it holds, read from the schemas'
 * metadata (src/schemas/field-meta.ts) the way the web editor's config does. Old versions of a
 * file may not match today's schema, so nothing here validates; it only names and classifies.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { metaOf, unwrap, type SchemaMeta } from '../schemas/field-meta.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { period } from '../schemas/indicator.ts';

/**
 * The current name of an entry a field refers to (a unit's 名称, an indicator's title), or undefined
 * for one there is none of: a change line names 区水利局, not `shuili-ju`.
 */
export type EntryNames = (collection: CollectionName, slug: string) => string | undefined;

/** No names known: references are written as they are. */
export const NO_NAMES: EntryNames = () => undefined;

/** What a value is, for writing it in a change line. */
export type FieldKind =
	| { kind: 'reference'; name: (slug: string) => string | undefined }
	| { kind: 'choice'; choices: Readonly<Record<string, string>> }
	| { kind: 'date' }
	| { kind: 'month' }
	| { kind: 'period' }
	| { kind: 'number' }
	| { kind: 'boolean' }
	| { kind: 'text' }
	| { kind: 'list'; element: FieldModel }
	| { kind: 'object'; fields: Readonly<Record<string, FieldModel>> }
	| { kind: 'other' };

export interface FieldModel {
	/** The Chinese label; a field the model does not know (an old file's) is named by its key. */
	label: string;
	type: FieldKind;
}

/** The fields of a collection's files, in the order the schema lists them; references are named with `names`. */
export function collectionFields(collection: CollectionName, names: EntryNames = NO_NAMES): Readonly<Record<string, FieldModel>> {
	return shapeFields(COLLECTIONS[collection].schema.shape, names);
}

function shapeFields(shape: Record<string, z.ZodType>, names: EntryNames): Record<string, FieldModel> {
	return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, fieldModel(key, schema, names)]));
}

function fieldModel(key: string, schema: z.ZodType, names: EntryNames): FieldModel {
	const meta = metaOf(schema);
	return { label: meta.label ?? key, type: kindOf(unwrap(schema).inner, meta, names) };
}

function kindOf(schema: z.ZodType, meta: SchemaMeta, names: EntryNames): FieldKind {
	const references = meta.references;
	if (references !== undefined) return { kind: 'reference', name: (slug) => names(references, slug) };
	if (meta.format === 'date') return { kind: 'date' };
	if (meta.format === 'month') return { kind: 'month' };
	// Every period field is a copy of the one period type, known by the editor pattern each copy carries.
	if (meta.pattern !== undefined && meta.pattern[0] === PERIOD_PATTERN) return { kind: 'period' };
	if (schema instanceof z.ZodEnum) return { kind: 'choice', choices: meta.choices ?? {} };
	if (schema instanceof z.ZodArray) {
		const element = schema.element as z.ZodType;
		// A list of choices carries the labels on the list, as the web editor reads them.
		const elementMeta = { ...(meta.choices === undefined ? {} : { choices: meta.choices }), ...metaOf(element) };
		return { kind: 'list', element: { label: meta.singular ?? meta.label ?? '', type: kindOf(unwrap(element).inner, elementMeta, names) } };
	}
	if (schema instanceof z.ZodObject) return { kind: 'object', fields: shapeFields(schema.shape, names) };
	if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
	if (schema instanceof z.ZodNumber) return { kind: 'number' };
	if (schema instanceof z.ZodPipe) return kindOf(schema.out as z.ZodType, meta, names);
	if (schema instanceof z.ZodString) return { kind: 'text' };
	return { kind: 'other' };
}

/** The period type's editor pattern. */
const PERIOD_PATTERN = metaOf(period).pattern?.[0];

/**
 * A fingerprint of every label and choice of the model. Cached change lines are written with
 * these labels; when one is renamed the fingerprint changes and the cache is written again.
 */
export function modelFingerprint(): string {
	const labels = Object.fromEntries((Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, collectionFields(name)]));
	return createHash('sha256').update(JSON.stringify(labels)).digest('hex').slice(0, 16);
}
