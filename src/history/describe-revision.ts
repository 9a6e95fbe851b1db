/**
 * What one commit changed in one content file, field by field, in Chinese: `推进状态：按计划推进 →
 * 进度滞后`, `状态原因：新增“…”`, `2025年数值：39.5 → 39.8`, `正文修改`, `首次发布`. Pure: it
 * compares two parsed versions of the file, named with the labels of the content model
 * (model-fields.ts). Old versions are not validated (an old file need not match today's schema):
 * a value of an unexpected type is written as it is, and a field the model does not know is
 * named by its key.
 */
import { isIsoDate, isYearMonth } from '../utils/calendar.ts';
import { formatDate, formatMonth, formatPeriod } from '../utils/format.ts';
import type { CollectionName } from '../schemas/index.ts';
import { collectionFields, NO_NAMES, type EntryNames, type FieldKind, type FieldModel } from './model-fields.ts';

/** One version of a file as read: its fields and its body, or a version the reader could not parse. */
export type Version = { data: Readonly<Record<string, unknown>>; body?: string } | 'unparseable';

/** The lines describing a change, and which top-level fields it touched (`body` for the body). */
export interface Revision {
	lines: string[];
	changed: string[];
}

export const FIRST_PUBLISHED = '首次发布';
export const DELETED = '删除';
export const BODY_CHANGED = '正文修改';
export const UNPARSEABLE = '内容修改（该版本无法解析）';
/** A commit that changed the file's bytes but none of its fields or its body (reformatting, comments). */
export const FORMAT_ONLY = '格式调整，内容未变';

/** Longest text quoted in a line, in characters; longer text is cut and ends with …. */
export const QUOTE_LENGTH = 40;

/** The fields whose items are told apart by one of their own fields, in this order of preference. */
const ITEM_KEYS = ['period', 'title', 'label', 'name', 'figure'];

/**
 * The change from `before` (undefined: the file was added) to `after` (undefined: it was
 * deleted) in a file of `collection`. References are written as the names `names` gives, so a
 * reference rewritten from one spelling to another of the same entry is no change.
 */
export function describeRevision(collection: CollectionName, before: Version | undefined, after: Version | undefined, names: EntryNames = NO_NAMES): Revision {
	if (before === undefined) return { lines: [FIRST_PUBLISHED], changed: [] };
	if (after === undefined) return { lines: [DELETED], changed: [] };
	if (before === 'unparseable' || after === 'unparseable') return { lines: [UNPARSEABLE], changed: [] };
	const model = collectionFields(collection, names);
	const known = Object.keys(model);
	const unknown = [...new Set([...Object.keys(before.data), ...Object.keys(after.data)])].filter((key) => !(key in model)).sort();
	const lines: string[] = [];
	const changed: string[] = [];
	for (const key of [...known, ...unknown]) {
		const field = model[key] ?? { label: key, type: { kind: 'other' } };
		const said = describeField(field.label, field.type, before.data[key], after.data[key]);
		if (said.length === 0) continue;
		lines.push(...said);
		changed.push(key);
	}
	if ((before.body ?? '').trim() !== (after.body ?? '').trim()) {
		lines.push(BODY_CHANGED);
		changed.push('body');
	}
	return { lines: lines.length === 0 ? [FORMAT_ONLY] : lines, changed };
}

function describeField(label: string, type: FieldKind, before: unknown, after: unknown): string[] {
	if (sameValue(before, after) || (type.kind === 'reference' && shown(before, type) === shown(after, type))) return [];
	if (after === undefined || after === null) return [`${label}：删除`];
	if (type.kind === 'list' && Array.isArray(after) && (before === undefined || Array.isArray(before)))
		return describeList(label, type.element, before ?? [], after);
	if (type.kind === 'object' && isRecord(after) && isRecord(before)) return describeObject(label, type.fields, before, after);
	if (before === undefined || before === null) return [`${label}：新增“${shown(after, type)}”`];
	if (type.kind === 'text' || type.kind === 'other' || type.kind === 'object' || type.kind === 'list' || typeof after === 'string') {
		return isShortScalar(type, before, after) ? [`${label}：${shown(before, type)} → ${shown(after, type)}`] : [`${label}：改为“${shown(after, type)}”`];
	}
	return [`${label}：${shown(before, type)} → ${shown(after, type)}`];
}

/** Whether both values are short codes or figures, written as `old → new` rather than `改为“new”`. */
function isShortScalar(type: FieldKind, before: unknown, after: unknown): boolean {
	return SHORT_KINDS.has(type.kind) && typeof before === typeof after && typeof after !== 'object';
}

const SHORT_KINDS = new Set<FieldKind['kind']>(['choice', 'reference', 'date', 'month', 'period', 'number', 'boolean']);

/** An object field: one line per sub-field, each named `目标（目标值）`. */
function describeObject(
	label: string,
	fields: Readonly<Record<string, FieldModel>>,
	before: Record<string, unknown>,
	after: Record<string, unknown>,
): string[] {
	const keys = [...Object.keys(fields), ...[...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !(key in fields)).sort()];
	return keys.flatMap((key) => {
		const field = fields[key] ?? { label: key, type: { kind: 'other' } as const };
		return describeField(`${label}（${field.label}）`, field.type, before[key], after[key]);
	});
}

/**
 * A list. Items that are objects with a key field (a series' periods, milestones' titles) are
 * matched by it, so a revised value reads `2025年数值：39.5 → 39.8` and a new period
 * `新增2026年数值：45.3`; other lists say which items came and went.
 */
function describeList(label: string, element: FieldModel, before: readonly unknown[], after: readonly unknown[]): string[] {
	if (element.type.kind === 'object') return describeItems(label, element, element.type.fields, before, after);
	const was = before.map((item) => shown(item, element.type));
	const now = after.map((item) => shown(item, element.type));
	if (was.join('\n') === now.join('\n')) return [];
	const added = now.filter((item) => !was.includes(item));
	const removed = was.filter((item) => !now.includes(item));
	const parts = [...(added.length > 0 ? [`新增${quoteAll(added)}`] : []), ...(removed.length > 0 ? [`删除${quoteAll(removed)}`] : [])];
	if (parts.length === 0) return [`${label}：调整顺序`];
	return [`${label}：${parts.join('，')}`];
}

function quoteAll(items: readonly string[]): string {
	return items.map((item) => `“${item}”`).join('');
}

function describeItems(
	label: string,
	element: FieldModel,
	fields: Readonly<Record<string, FieldModel>>,
	before: readonly unknown[],
	after: readonly unknown[],
): string[] {
	const key = ITEM_KEYS.find((name) => name in fields);
	const was = key === undefined ? undefined : itemsByKey(before, key);
	const now = key === undefined ? undefined : itemsByKey(after, key);
	if (key === undefined || was === undefined || now === undefined) return [`${label}：修改`];
	const byPeriod = fields[key]?.type.kind === 'period';
	const name = (id: string) => (byPeriod ? formatPeriod(id) : `${element.label}“${shorten(id)}”`);
	const value = fields.value;
	const lines: string[] = [];
	for (const [id, item] of now) {
		const old = was.get(id);
		if (old === undefined) {
			const figure = byPeriod && value !== undefined && item.value !== undefined ? `${value.label}：${shown(item.value, value.type)}` : '';
			lines.push(`新增${name(id)}${figure}`);
			continue;
		}
		for (const [field, model] of Object.entries(fields)) {
			if (field !== key) lines.push(...describeField(`${name(id)}${model.label}`, model.type, old[field], item[field]));
		}
		const extra = [...new Set([...Object.keys(old), ...Object.keys(item)])].filter((field) => !(field in fields)).sort();
		for (const field of extra) lines.push(...describeField(`${name(id)}${field}`, { kind: 'other' }, old[field], item[field]));
	}
	for (const id of was.keys()) {
		if (!now.has(id)) lines.push(`删除${name(id)}${byPeriod && value !== undefined ? value.label : ''}`);
	}
	return lines;
}

/** The items by their key, or undefined when an item is no object, lacks the key, or shares it with another. */
function itemsByKey(items: readonly unknown[], key: string): Map<string, Record<string, unknown>> | undefined {
	const byKey = new Map<string, Record<string, unknown>>();
	for (const item of items) {
		if (!isRecord(item)) return undefined;
		const id = item[key];
		if ((typeof id !== 'string' && typeof id !== 'number') || byKey.has(String(id))) return undefined;
		byKey.set(String(id), item);
	}
	return byKey;
}

/** A value as a line writes it: a choice by its label, dates and periods in Chinese, figures in full, text cut to QUOTE_LENGTH. */
export function shown(value: unknown, type: FieldKind): string {
	if (type.kind === 'choice' && typeof value === 'string') return type.choices[value] ?? value;
	if (type.kind === 'reference' && typeof value === 'string') return type.name(value) ?? value;
	if (type.kind === 'date' && typeof value === 'string' && isIsoDate(value)) return formatDate(value);
	if (type.kind === 'month' && typeof value === 'string' && isYearMonth(value)) return formatMonth(value);
	if (type.kind === 'period' && (typeof value === 'string' || typeof value === 'number')) return formatPeriod(String(value));
	if (type.kind === 'list' && Array.isArray(value)) return shorten(value.map((item) => shown(item, type.element.type)).join('、'));
	if (type.kind === 'object' && isRecord(value)) {
		return shorten(
			Object.entries(type.fields)
				.filter(([key]) => value[key] !== undefined)
				.map(([key, field]) => shown(value[key], field.type))
				.join(' '),
		);
	}
	return plain(value);
}

/** A value of no known type: text cut short, figures in full, yes or no, lists joined. */
function plain(value: unknown): string {
	if (typeof value === 'number') return fullNumber(value);
	if (typeof value === 'boolean') return value ? '是' : '否';
	if (typeof value === 'string') return shorten(value);
	if (Array.isArray(value)) return shorten(value.map(plain).join('、'));
	if (value === null || value === undefined) return '空';
	return shorten(JSON.stringify(value) ?? '');
}

/**
 * A figure with every digit it was written with and no thousands separators. Not formatNumber:
 * its 万/亿 and two decimal places would show a revision from 123456 to 123457, or from 3.141
 * to 3.142, as no change at all.
 */
function fullNumber(value: number): string {
	return Number.isFinite(value) ? FULL.format(value) : String(value);
}

const FULL = new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 20 });

/** Text on one line, cut to QUOTE_LENGTH characters (code points, so a character is never split) with …. */
export function shorten(text: string): string {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	const characters = [...oneLine];
	return characters.length <= QUOTE_LENGTH ? oneLine : `${characters.slice(0, QUOTE_LENGTH).join('')}…`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equal as data: the same scalars, lists in the same order, objects with the same keys in any order. */
function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
	if (isRecord(a) && isRecord(b)) {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		return [...keys].every((key) => sameValue(a[key], b[key]));
	}
	return false;
}
