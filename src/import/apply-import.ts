/**
 * An indicator's plan written into its YAML the way a person would edit it: the text of the
 * file is kept, and only the changed values, the added or removed status and note fields, the
 * new periods and the `updated` date are replaced or inserted. Comments, key order, quoting,
 * indentation and flow style everywhere else stay byte for byte.
 *
 * The yaml library's Document API finds each node and its place in the text; the edits are
 * spliced into the text at those places rather than printed from the document, because
 * printing re-lays out every line (a folded note, `-   x` indentation, spacing in `{ }`). New
 * periods copy the layout of the item next to them: block or flow, indentation, key order and
 * the quoting of each field. The result is parsed again and must hold exactly the planned data.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Indicator } from '../schemas/indicator.ts';
import type { ChangedField, IndicatorPlan } from './plan-import.ts';

type Observation = Indicator['series'][number];

/** The observation's fields in the order the schema and the templates write them. */
const FIELD_ORDER = ['period', 'value', 'status', 'note'] as const;

/** A piece of text replaced: [start, end) by `text`. */
interface Splice {
	start: number;
	end: number;
	text: string;
}

/** The file's text with the plan applied; the text itself when the plan changes nothing. Throws when the file is not laid out as an indicator. */
export function applyImport(text: string, plan: IndicatorPlan): string {
	if (plan.added.length === 0 && plan.modified.length === 0) return text;
	const document = parseDocument(text, { uniqueKeys: false, logLevel: 'error' });
	const series = document.get('series', true);
	if (!isSeq(series)) throw new Error('series is not a list');
	const items = series.items.map((item) => {
		if (!isMap(item)) throw new Error('a series item is not a set of fields');
		return item;
	});
	const splices: Splice[] = [];
	for (const { index, changes } of plan.modified) {
		for (const change of changes) splices.push(...fieldSplices(text, items[index]!, change.field, change.to));
	}
	splices.push(...additionSplices(text, document, series, items, plan));
	if (plan.updated) {
		const updated = document.get('updated', true);
		if (!isScalar(updated) || !updated.range) throw new Error('updated is not a value');
		splices.push({ start: updated.range[0], end: updated.range[1], text: scalarText(plan.updated.to, updated, false) });
	}
	const result = splice(text, splices);
	verify(document, result, plan);
	return result;
}

function splice(text: string, splices: Splice[]): string {
	let result = text;
	// A file saved with CRLF line ends gets CRLF in what is inserted too.
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	// Back to front, so each splice's offsets are still those of the original text; insertions at one place keep their order.
	const ordered = splices.map((item, order) => ({ ...item, order })).sort((a, b) => b.start - a.start || b.order - a.order);
	for (const { start, end, text: replacement } of ordered) result = result.slice(0, start) + replacement.replaceAll('\n', eol) + result.slice(end);
	return result;
}

/** The offset where the line holding `offset` starts. */
function lineStart(text: string, offset: number): number {
	return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset after the end of the line on which the text before `offset` ends (after its newline, when it has one). */
function afterLine(text: string, offset: number): number {
	if (offset > 0 && text[offset - 1] === '\n') return offset;
	const newline = text.indexOf('\n', offset);
	return newline === -1 ? text.length : newline + 1;
}

function pairOf(item: YAMLMap, key: string): Pair | undefined {
	return item.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

function rangeOf(node: unknown): [number, number, number] {
	const range = (node as { range?: [number, number, number] } | null)?.range;
	if (!range) throw new Error('a node without a place in the text');
	return range;
}

/** Replace, remove or add one field of an existing item. */
function fieldSplices(text: string, item: YAMLMap, field: ChangedField, to: string | number | undefined): Splice[] {
	const pair = pairOf(item, field);
	if (pair !== undefined && to !== undefined) {
		const [start, end] = rangeOf(pair.value);
		return [{ start, end, text: scalarText(to, isScalar(pair.value) ? pair.value : undefined, Boolean(item.flow)) }];
	}
	if (pair !== undefined) return [removal(text, item, pair)];
	if (to === undefined) return [];
	const last = item.items.at(-1)!;
	const end = rangeOf(last.value)[1];
	const written = `${field}: ${scalarText(to, undefined, Boolean(item.flow))}`;
	if (item.flow) return [{ start: end, end, text: `, ${written}` }];
	const at = afterLine(text, end);
	return [{ start: at, end: at, text: `${at === text.length && !text.endsWith('\n') ? '\n' : ''}${keyIndent(text, item)}${written}\n` }];
}

/** The text that goes when a field is removed: its line (block), or `, key: value` (flow); a first field up to the next key. */
function removal(text: string, item: YAMLMap, pair: Pair): Splice {
	const index = item.items.indexOf(pair);
	const keyStart = rangeOf(pair.key)[0];
	const valueEnd = rangeOf(pair.value)[1];
	if (index === 0) return { start: keyStart, end: rangeOf(item.items[1]!.key)[0], text: '' };
	if (item.flow) return { start: rangeOf(item.items[index - 1]!.value)[1], end: valueEnd, text: '' };
	return { start: lineStart(text, keyStart), end: afterLine(text, valueEnd), text: '' };
}

/** The spaces before the keys of a block item, after its `- `. */
function keyIndent(text: string, item: YAMLMap): string {
	const start = rangeOf(item)[0];
	return ' '.repeat(start - lineStart(text, start));
}

/** The new items, each written like its neighbour and placed so the series stays in order. */
function additionSplices(text: string, document: Document, series: YAMLSeq, items: YAMLMap[], plan: IndicatorPlan): Splice[] {
	if (plan.added.length === 0) return [];
	if (items.length === 0) return emptySeriesSplices(text, document, series, plan);
	const splices: Splice[] = [];
	const addedAt = new Set(plan.added.map((addition) => addition.index));
	for (const addition of plan.added) {
		// The existing items before the new one: as many as the new series' indices below it that are not additions.
		let before = 0;
		for (let index = 0; index < addition.index; index++) if (!addedAt.has(index)) before++;
		const neighbour = items[Math.max(0, before - 1)]!;
		const written = itemText(addition.observation, neighbour, Boolean(series.flow));
		if (series.flow) {
			const at = before === 0 ? rangeOf(items[0])[0] : rangeOf(items[before - 1])[1];
			splices.push({ start: at, end: at, text: before === 0 ? `${written}, ` : `, ${written}` });
			continue;
		}
		const prefix = text.slice(lineStart(text, rangeOf(neighbour)[0]), rangeOf(neighbour)[0]);
		const at = before === 0 ? lineStart(text, rangeOf(items[0])[0]) : afterLine(text, rangeOf(items[before - 1])[1]);
		const newline = at === text.length && !text.endsWith('\n') ? '\n' : '';
		const indent = ' '.repeat(prefix.length);
		splices.push({ start: at, end: at, text: `${newline}${prefix}${written.replaceAll('\n', `\n${indent}`)}\n` });
	}
	return splices;
}

/** `series: []` given its first items: a block list under the key, as the templates write it; a comment on the line stays there. */
function emptySeriesSplices(text: string, document: Document, series: YAMLSeq, plan: IndicatorPlan): Splice[] {
	const key = (document.contents as YAMLMap).items.find((pair) => pair.value === series)!.key;
	const indent = ' '.repeat(rangeOf(key)[0] - lineStart(text, rangeOf(key)[0]) + 2);
	const [start, end] = rangeOf(series);
	const spaces = /[ \t]*$/.exec(text.slice(0, start))![0].length;
	const at = afterLine(text, end);
	const lines = plan.added.map((addition) => `${indent}- ${itemText(addition.observation, undefined, false).replaceAll('\n', `\n${indent}  `)}\n`);
	return [
		{ start: start - spaces, end, text: '' },
		{ start: at, end: at, text: `${at === text.length && !text.endsWith('\n') ? '\n' : ''}${lines.join('')}` },
	];
}

/** A new observation written like `neighbour`: its key order, quoting and block or flow layout (newlines between block fields). */
function itemText(observation: Observation, neighbour: YAMLMap | undefined, inFlow: boolean): string {
	const neighbourKeys = neighbour?.items.map((pair) => String((pair.key as Scalar).value)) ?? [];
	const keys = [
		...neighbourKeys.filter((key) => (FIELD_ORDER as readonly string[]).includes(key)),
		...FIELD_ORDER.filter((key) => !neighbourKeys.includes(key)),
	];
	const flow = inFlow || Boolean(neighbour?.flow);
	const fields = keys.flatMap((key) => {
		const value = observation[key as keyof Observation];
		if (value === undefined) return [];
		const like = neighbour && pairOf(neighbour, key)?.value;
		return [`${key}: ${scalarText(value, isScalar(like) ? like : undefined, flow, key === 'period')}`];
	});
	return flow ? `{ ${fields.join(', ')} }` : fields.join('\n');
}

/** Strings a flow collection cannot hold unquoted. */
const FLOW_INDICATORS = /[,[\]{}]/;

/**
 * A value as YAML text, quoted like `like` where it can be: a number as written by String(); a
 * year after a year written unquoted (`2021`) unquoted too; a string in `like`'s quotes, or
 * plain when YAML reads it back as the same string, else in double quotes.
 */
function scalarText(value: string | number, like: Scalar | undefined, inFlow: boolean, isPeriod = false): string {
	if (typeof value === 'number') return String(value);
	if (isPeriod && like?.type === Scalar.PLAIN && typeof like.value === 'number' && /^\d{4}$/.test(value)) return value;
	if (like?.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
	if (like?.type === Scalar.QUOTE_SINGLE && !value.includes('\n')) return `'${value.replaceAll("'", "''")}'`;
	const plain = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
	return plain === value && !(inFlow && FLOW_INDICATORS.test(value)) ? plain : JSON.stringify(value);
}

/** The planned data, read back from the new text: anything else is a fault of this module, never written. */
function verify(document: Document, result: string, plan: IndicatorPlan): void {
	const before = document.toJS() as Record<string, unknown> & { series: Record<string, unknown>[] };
	const series = before.series.map((item) => ({ ...item }));
	for (const { index, changes } of plan.modified) {
		for (const { field, to } of changes) {
			if (to === undefined) delete series[index]![field];
			else series[index]![field] = to;
		}
	}
	for (const addition of plan.added) series.splice(addition.index, 0, { ...addition.observation });
	const expected = { ...before, series, ...(plan.updated ? { updated: plan.updated.to } : {}) };
	const after = parseDocument(result, { uniqueKeys: false, logLevel: 'error' });
	// A year written unquoted reads back as a number; the schema takes it as the same period.
	const normal = (data: unknown): unknown =>
		JSON.parse(JSON.stringify(data, (key, value: unknown) => (key === 'period' && typeof value === 'number' ? String(value) : value)));
	if (after.errors.length > 0 || !isDeepStrictEqual(normal(after.toJS()), normal(expected))) {
		throw new Error(`the edited YAML does not hold the planned data (${plan.slug})`);
	}
}
