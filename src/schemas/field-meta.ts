/**
 * What each field of the content model says about itself, beyond what it accepts: the Chinese
 * text and the kind of input every consumer needs (the web editor's config, the `npm run new`
 * templates, the guide's field tables, the check's reference list). The schemas are the one
 * place it is written; every consumer reads it back with `metaOf`.
 *
 * The metadata lives in a typed registry of its own (`z.registry<SchemaMeta>()`) rather than in
 * zod's global registry (`.meta()` with an augmented GlobalMeta): Astro turns the collection
 * schemas into JSON Schema files with the global registry's entries merged in, where keys such
 * as `pattern` would be read as JSON Schema keywords; our own registry keeps those files as
 * they were and keeps the type in one place, checked at every `field()` call.
 */
import { z } from 'astro/zod';
import type { CollectionName } from './collection-name.ts';

/** The text and input kind of one field. Only `label` is required of a field; the drift test also asks for a hint. */
export interface FieldMeta {
	/** Chinese name: the editor's label, the template's comment, the guide's table. */
	label: string;
	/** One line of help for staff in the web editor (and, unless `written` says otherwise, in files). */
	hint?: string;
	/**
	 * How the value is written in the file, where that differs from the editor's hint (the editor picks
	 * from lists and calendars; a file takes a slug or `"YYYY-MM"`): the guide's table and the template's comment.
	 */
	written?: string;
	/** The guide's 必填 column when it depends on other fields, e.g. 视情况. */
	requiredWhen?: string;
	/** A multi-line text box instead of a one-line input. */
	long?: true;
	/** For a choice: the Chinese label of every allowed value. */
	choices?: Readonly<Record<string, string>>;
	/** For a list: what one item is called (the editor's “新增…” button). */
	singular?: string;
	/** For a list of objects: how a collapsed item is summarised, e.g. `{{fields.title}}`. */
	summary?: string;
}

/** What a shared field type is, set once in src/schemas/common.ts (or next to the type); consumers read it instead of comparing objects. */
export interface TypeMeta {
	/** A calendar date or a month, each written as a string (the editor offers a date picker). */
	format?: 'date' | 'month';
	/** For a slug that names another entry: the collection it points into. */
	references?: CollectionName;
	/** A format the schema checks in code, repeated for the editor as a regular expression and its message. */
	pattern?: readonly [string, string];
}

/** Everything a schema may carry; a field's own text merged over its type's. */
export type SchemaMeta = Partial<FieldMeta> & TypeMeta;

/** The content model's metadata, keyed by schema instance. */
export const MODEL_META = z.registry<SchemaMeta>();

/** `schema` with a field's text: a copy, so a shared type (`text`, `isoDate`) never carries one field's label. */
export function field<Schema extends z.ZodType>(schema: Schema, meta: FieldMeta & TypeMeta): Schema {
	return withMeta(schema, meta);
}

/** `schema` as a shared type of the model (a copy carrying `meta`). */
export function withMeta<Schema extends z.ZodType>(schema: Schema, meta: SchemaMeta): Schema {
	const copy = schema.clone() as Schema;
	MODEL_META.add(copy, meta);
	return copy;
}

/** A field's schema without its optional and default wrappers, and what they said. */
export interface Unwrapped {
	/** The schema of the value itself. */
	inner: z.ZodType;
	/** Whether a file must have the field. */
	required: boolean;
	/** The value taken when the field is absent, if any. */
	defaultValue?: unknown;
}

export function unwrap(schema: z.ZodType): Unwrapped {
	let inner = schema;
	let required = true;
	let defaultValue: unknown;
	for (;;) {
		if (inner instanceof z.ZodDefault) {
			defaultValue = inner.def.defaultValue;
			required = false;
			inner = inner.unwrap() as z.ZodType;
		} else if (inner instanceof z.ZodOptional) {
			required = false;
			inner = inner.unwrap() as z.ZodType;
		} else {
			return defaultValue === undefined ? { inner, required } : { inner, required, defaultValue };
		}
	}
}

/**
 * The metadata of a field: read through its optional and default wrappers, so
 * `field(text, …).optional()` and `field(text.optional(), …)` say the same; an outer entry wins.
 * Copies made by zod (`.refine()`, `.max()`) inherit their original's entry (zod's registries do).
 */
export function metaOf(schema: z.ZodType): SchemaMeta {
	const own = MODEL_META.get(schema) ?? {};
	const wrapped = schema instanceof z.ZodDefault || schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : undefined;
	return wrapped === undefined ? own : { ...metaOf(wrapped), ...own };
}

/** A field described for someone editing its file: the label, then what to write, as one sentence. */
export interface FileWording {
	/** The field's label, with which the sentence starts. */
	lead: string;
	/** The rest of the sentence, from the separator on (e.g. `：…`), or words that continue the label (e.g. `的文件名，…`). */
	rest: string;
}

/**
 * The file wording (`written`, else the hint, without its final 。), led by the label unless it
 * already starts with it: the guide's table cells and the templates' comments.
 */
export function fileWording(meta: SchemaMeta): FileWording {
	const lead = meta.label ?? '';
	const said = (meta.written ?? meta.hint ?? '').replace(/。$/, '');
	if (said.startsWith(lead)) return { lead, rest: said.slice(lead.length) };
	return { lead, rest: said === '' ? '' : `：${said}` };
}
