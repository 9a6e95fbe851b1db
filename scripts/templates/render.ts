/**
 * The file `npm run new` writes: the example values of a template in this folder, in the schema's
 * order, each field under a Chinese comment made from its metadata (label, and the file wording
 * or hint, src/schemas/field-meta.ts), optional fields commented out. A template holds only
 * values and the body skeleton, so it cannot word a field differently from the schema; it must
 * give a value for every field the schema has and for no other, or rendering fails.
 */
import { z } from 'astro/zod';
import { fileWording, metaOf, unwrap } from '../../src/schemas/field-meta.ts';

/** One key of the template and the lines of its value (continuation lines keep their indentation). */
interface Block {
	first: string;
	rest: string[];
}

/**
 * @param template a template: YAML values only, or `---` front matter of values and a Markdown body
 * @param schema the collection's schema, which names, orders and describes the fields
 * @param where the template's name, for error messages
 */
export function renderTemplate(template: string, schema: z.ZodType, where: string): string {
	const markdown = template.startsWith('---\n');
	const [values, body] = markdown ? splitFrontMatter(template) : [template, undefined];
	const lines = renderFields(objectShape(schema, where), values.split('\n').filter((line) => line.trim() !== ''), 0, where);
	const yaml = `${lines.join('\n')}\n`;
	return body === undefined ? yaml : `---\n${yaml}---\n${body}`;
}

function splitFrontMatter(template: string): [string, string] {
	const end = template.indexOf('\n---\n', 4);
	if (end === -1) throw new Error('scripts/templates: a Markdown template needs front matter between two --- lines');
	return [template.slice(4, end), template.slice(end + 5)];
}

function objectShape(schema: z.ZodType, where: string): Record<string, z.ZodType> {
	const { inner } = unwrap(schema);
	if (!(inner instanceof z.ZodObject)) throw new Error(`scripts/templates: ${where} is not a set of fields`);
	return inner.shape as Record<string, z.ZodType>;
}

/** The blocks of `lines` at `indent`, by key; a key the schema does not have, or a missing one, is refused. */
function blocksAt(lines: readonly string[], indent: number, keys: readonly string[], where: string): Map<string, Block> {
	const blocks = new Map<string, Block>();
	let current: Block | undefined;
	const keyLine = new RegExp(`^ {${indent}}([a-z_]+):`);
	for (const line of lines) {
		const key = keyLine.exec(line)?.[1];
		if (key !== undefined) {
			if (!keys.includes(key)) throw new Error(`scripts/templates: ${where}.${key} is not a field of the schema`);
			current = { first: line, rest: [] };
			blocks.set(key, current);
		} else if (current !== undefined && line.startsWith(' '.repeat(indent + 2))) {
			current.rest.push(line);
		} else {
			throw new Error(`scripts/templates: ${where}: cannot place the line “${line}”`);
		}
	}
	const missing = keys.filter((key) => !blocks.has(key));
	if (missing.length > 0) throw new Error(`scripts/templates: ${where} has no example for ${missing.join(', ')}`);
	return blocks;
}

function renderFields(shape: Record<string, z.ZodType>, lines: readonly string[], indent: number, where: string): string[] {
	const blocks = blocksAt(lines, indent, Object.keys(shape), where);
	return Object.entries(shape).flatMap(([key, schema]) => {
		const block = blocks.get(key) as Block;
		const { inner, required } = unwrap(schema);
		const value = [block.first, ...renderValue(inner, block.rest, indent, `${where}.${key}`)];
		// An optional field is there to be uncommented: `# ` goes where the field starts, so nested comments stay comments.
		return [' '.repeat(indent) + comment(schema, required), ...(required ? value : value.map((line) => `${line.slice(0, indent)}# ${line.slice(indent)}`))];
	});
}

/** The lines under a key: an object's fields and a list of objects' item fields get comments of their own; other values stay as written. */
function renderValue(schema: z.ZodType, rest: readonly string[], indent: number, where: string): string[] {
	if (schema instanceof z.ZodObject) return renderFields(schema.shape as Record<string, z.ZodType>, rest, indent + 2, where);
	const element = schema instanceof z.ZodArray ? unwrap(schema.element as z.ZodType).inner : undefined;
	if (!(element instanceof z.ZodObject)) return [...rest];
	// One example item: `- ` marks its first field, which must be required (a comment cannot carry the marker).
	const itemIndent = indent + 4;
	const marker = `${' '.repeat(indent + 2)}- `;
	if (rest.length === 0 || !rest[0]?.startsWith(marker)) throw new Error(`scripts/templates: ${where} needs one example item, written “- field: value”`);
	const shape = element.shape as Record<string, z.ZodType>;
	const [firstKey] = Object.keys(shape);
	if (firstKey === undefined || !unwrap(shape[firstKey] as z.ZodType).required) throw new Error(`scripts/templates: the first field of ${where} must be required`);
	const item = renderFields(shape, [' '.repeat(itemIndent) + rest[0].slice(marker.length), ...rest.slice(1)], itemIndent, `${where}[]`);
	// The first field's comment stands before the item; the marker goes on the field's line.
	const [firstComment, firstLine, ...others] = item as [string, string, ...string[]];
	return [' '.repeat(indent + 2) + firstComment.trimStart(), marker + firstLine.slice(itemIndent), ...others];
}

/**
 * `# 名称（可选）：写法` (src/schemas/field-meta.ts fileWording, without the guide's code marks); a choice
 * whose values the wording does not spell out lists them.
 */
function comment(schema: z.ZodType, required: boolean): string {
	const meta = metaOf(schema);
	const { lead, rest } = fileWording(meta);
	const optional = required ? '' : '（可选）';
	const choices = Object.entries(meta.choices ?? {});
	const listed = choices.length > 0 && !rest.includes(choices[0]?.[0] ?? '') ? `（${choices.map(([value, label]) => `${value} ${label}`).join('、')}）` : '';
	// （可选） follows the label when the wording starts a new clause there, else ends the sentence.
	const sentence = /^[：，；（]|^$/.test(rest) ? `${lead}${optional}${rest}${listed}` : `${lead}${rest}${listed}${optional}`;
	return `# ${sentence.replaceAll('`', '')}`;
}
