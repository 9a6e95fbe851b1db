/**
 * The field tables of docs/编辑指南.md (section 三), generated from the schemas: one row per
 * field with whether a file must have it and what to write (src/schemas/field-meta.ts
 * fileWording). Each table stands between two marker comments, which `npm run docs:fields`
 * rewrites; a unit test fails when the guide's tables differ from what the schemas give.
 */
import type { z } from 'astro/zod';
import { fileWording, metaOf, unwrap } from '../src/schemas/field-meta.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/index.ts';

/** The collections the guide has a table for: the ones staff write by hand. */
export const GUIDE_TABLES: readonly CollectionName[] = ['initiatives', 'indicators', 'updates', 'units'];

const start = (name: CollectionName) => `<!-- 字段表 ${name}：由 npm run docs:fields 根据 src/schemas 生成，请勿手改 -->`;
const end = (name: CollectionName) => `<!-- /字段表 ${name} -->`;

/** The Markdown table of a schema's top-level fields. */
export function fieldTable(shape: Record<string, z.ZodType>): string {
	const rows = Object.entries(shape).map(([key, schema]) => {
		const meta = metaOf(schema);
		const { lead, rest } = fileWording(meta);
		const required = meta.requiredWhen ?? (unwrap(schema).required ? '是' : '否');
		return `| \`${key}\` | ${required} | ${lead}${rest} |`;
	});
	return ['| 字段 | 必填 | 含义和写法 |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `guide` with every marked table replaced by the one its schema gives; a table whose markers are missing is an error. */
export function withFieldTables(guide: string): string {
	return GUIDE_TABLES.reduce((text, name) => {
		const from = text.indexOf(start(name));
		const to = text.indexOf(end(name), from);
		if (from === -1 || to === -1) throw new Error(`docs/编辑指南.md: no markers for the ${name} field table (${start(name)} … ${end(name)})`);
		const table = fieldTable(COLLECTIONS[name].schema.shape);
		return `${text.slice(0, from)}${start(name)}\n\n${table}\n\n${text.slice(to)}`;
	}, guide);
}
