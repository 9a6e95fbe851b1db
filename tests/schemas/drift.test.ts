/**
 * The schemas are the one source of the content model: this fails when a consumer disagrees
 * with them. Every field has its text; the web editor's config, the `npm run new` templates,
 * the guide's field tables and the reference check are what the schemas say; and every message
 * a schema writes itself is a custom issue with its rule id (src/schemas/own-issue.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fieldTable, GUIDE_TABLES } from '../../scripts/field-tables.ts';
import { renderTemplate } from '../../scripts/templates/render.ts';
import { cmsConfig, type CmsField } from '../../src/cms/config.ts';
import { metaOf, unwrap } from '../../src/schemas/field-meta.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { EACH } from '../../src/schemas/references.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { termsSchema } from '../../src/schemas/terms.ts';
import { REFERENCES, SITE_REFERENCES } from '../../src/validation/check-references.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCHEMAS: Record<string, z.ZodType> = {
	...Object.fromEntries(Object.entries(COLLECTIONS).map(([name, { schema }]) => [name, schema])),
	site: siteSchema,
	terms: termsSchema,
};

/** Every field of a schema, by dotted path (list items as `[]`), with its schema. */
function fieldsOf(schema: z.ZodType, prefix = ''): [string, z.ZodType][] {
	const { inner } = unwrap(schema);
	const element = inner instanceof z.ZodArray ? unwrap(inner.element as z.ZodType).inner : inner;
	if (!(element instanceof z.ZodObject)) return [];
	const itemPrefix = prefix === '' ? '' : `${prefix}${inner instanceof z.ZodArray ? '[]' : ''}.`;
	return Object.entries(element.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [
		[`${itemPrefix}${key}`, value] as [string, z.ZodType],
		...fieldsOf(value, `${itemPrefix}${key}`),
	]);
}

/** The values a choice allows, for an enum or a list of one. */
function choiceValues(schema: z.ZodType): string[] | undefined {
	const { inner } = unwrap(schema);
	const element = inner instanceof z.ZodArray ? unwrap(inner.element as z.ZodType).inner : inner;
	return element instanceof z.ZodEnum ? element.options.map(String) : undefined;
}

describe('every schema field', () => {
	it.each(Object.keys(SCHEMAS))('of %s has a Chinese label and hint, and a label for every choice', (name) => {
		const han = /\p{Script=Han}/u;
		for (const [dotted, schema] of fieldsOf(SCHEMAS[name] as z.ZodType)) {
			const meta = metaOf(schema);
			expect(meta.label, `${name}.${dotted} label`).toMatch(han);
			expect(meta.hint, `${name}.${dotted} hint`).toMatch(han);
			const values = choiceValues(schema);
			expect(values === undefined ? undefined : Object.keys(meta.choices ?? {}).sort(), `${name}.${dotted} choices`).toEqual(values?.sort());
		}
	});
});

describe('the web editor', () => {
	const config = cmsConfig({ siteUrl: 'https://www.example.gov.cn/ztzl/dbjj/' });
	const editorFields = (name: string): CmsField[] => {
		const found = config.collections.find((collection) => collection.name === name);
		return found?.fields ?? found?.files?.[0]?.fields ?? [];
	};
	/** Every editor field by the same dotted paths as fieldsOf. */
	const byPath = (fields: CmsField[], prefix = ''): [string, CmsField][] =>
		fields.flatMap((cms) => {
			const dotted = `${prefix}${cms.name}`;
			const nested = cms.widget === 'list' ? `${dotted}[].` : `${dotted}.`;
			return [[dotted, cms] as [string, CmsField], ...byPath(cms.fields ?? [], nested)];
		});

	it.each([...Object.keys(COLLECTIONS), 'site'])('shows %s with the label and hint of each schema field', (name) => {
		const editor = new Map(byPath(editorFields(name)).filter(([dotted]) => dotted !== 'body'));
		const schema = fieldsOf(SCHEMAS[name] as z.ZodType);
		expect([...editor.keys()].sort()).toEqual(schema.map(([dotted]) => dotted).sort());
		for (const [dotted, field] of schema) {
			const meta = metaOf(field);
			expect({ label: editor.get(dotted)?.label, hint: editor.get(dotted)?.hint }, dotted).toEqual({ label: meta.label, hint: meta.hint });
		}
	});

	it('offers a relation exactly where the check follows a reference, onto the same collection', () => {
		const relations = Object.keys(COLLECTIONS).flatMap((name) =>
			byPath(editorFields(name))
				.filter(([, field]) => field.widget === 'relation')
				.map(([dotted, field]) => `${name}.${dotted} → ${field.collection}`),
		);
		// A list of slugs is one multiple relation (its trailing EACH); a reference inside a list of objects is `list[].field`.
		const dotted = (fieldPath: readonly PropertyKey[]) =>
			(fieldPath.at(-1) === EACH ? fieldPath.slice(0, -1) : fieldPath)
				.map((key) => (key === EACH ? '[]' : String(key)))
				.join('.')
				.replaceAll('.[]', '[]');
		const checked = REFERENCES.map(({ from, path: fieldPath, to }) => `${from}.${dotted(fieldPath)} → ${to}`);
		expect(relations.sort()).toEqual(checked.sort());
		// site.yaml's too: the home page's key indicators.
		const siteRelations = byPath(editorFields('site'))
			.filter(([, field]) => field.widget === 'relation')
			.map(([name, field]) => `${name} → ${field.collection}${field.multiple ? '（多选）' : ''}`);
		expect(siteRelations).toEqual(
			SITE_REFERENCES.map(({ path: fieldPath, to }) => `${dotted(fieldPath)} → ${to}${fieldPath.at(-1) === EACH ? '（多选）' : ''}`),
		);
		expect(siteRelations).toEqual(['key_indicators → indicators（多选）']);
	});
});

describe('the npm run new templates', () => {
	const TEMPLATES = [
		['initiative.md', 'initiatives'],
		['indicator.yaml', 'indicators'],
		['update.md', 'updates'],
		['unit.yaml', 'units'],
	] as const satisfies readonly (readonly [string, CollectionName])[];
	const templateText = (file: string) => readFileSync(path.join(ROOT, 'scripts/templates', file), 'utf8');

	it.each(TEMPLATES)('%s gives an example for every field of its schema, with the schema’s label above it', (file, collection) => {
		const rendered = renderTemplate(templateText(file), COLLECTIONS[collection].schema, file);
		for (const [dotted, schema] of fieldsOf(COLLECTIONS[collection].schema)) {
			const key = dotted.split('.').at(-1) as string;
			const label = metaOf(schema).label as string;
			expect(rendered, dotted).toMatch(new RegExp(`# ${label}[^\\n]*\\n[# ]*(?:- )?${key}:`));
		}
	});

	it('refuses a template naming a field the schema lacks, or missing one it has', () => {
		const schema = COLLECTIONS.updates.schema;
		const text = templateText('update.md');
		expect(() => renderTemplate(text.replace('title:', 'titel:'), schema, 'update.md')).toThrow(/titel is not a field of the schema/);
		expect(() => renderTemplate(text.replace(/^summary:.*\n/m, ''), schema, 'update.md')).toThrow(/no example for summary/);
		const indicator = templateText('indicator.yaml');
		expect(() => renderTemplate(indicator.replace('    note: 说明\n', ''), COLLECTIONS.indicators.schema, 'indicator.yaml')).toThrow(
			/series\[\] has no example for note/,
		);
	});
});

describe('the guide’s field tables', () => {
	it.each(GUIDE_TABLES)('name every nested field of %s in the row of the field that holds it', (collection) => {
		const table = fieldTable(COLLECTIONS[collection].schema.shape);
		for (const [dotted] of fieldsOf(COLLECTIONS[collection].schema).filter(([key]) => key.includes('.'))) {
			const [parent] = dotted.split(/[.[]/);
			const row = table.split('\n').find((line) => line.startsWith(`| \`${parent}\` |`));
			expect(row, dotted).toContain(`\`${dotted.split('.').at(-1)}\``);
		}
	});
});

describe('messages written in the schemas', () => {
	const HAN = /\p{Script=Han}/u;
	const BILINGUAL = /（[^（）]*[A-Za-z][^（）]*）$/;
	const BAD = [
		undefined,
		null,
		0,
		-1,
		1.5,
		2025,
		'',
		'ABC_D',
		'2025-13',
		'2025-02-30',
		'2024-Q5',
		'ftp://x',
		'https://a.b',
		'x'.repeat(141),
		[],
		[null],
		{},
		true,
		'12万',
	];

	/** The valid fixture file of each schema, as data. */
	function fixture(name: string): unknown {
		const files: Record<string, string> = {
			pillars: 'pillars/anye-anju.md',
			initiatives: 'initiatives/qiongjiang-lvdao-erqi.md',
			indicators: 'indicators/gongye-yuanqu-yingye-shouru.yaml',
			benchmarks: 'benchmarks/zhejiang-anji.yaml',
			updates: 'updates/2026-09-qiongjiang-lvdao.md',
			units: 'units/shuili-ju.yaml',
			site: 'site.yaml',
			terms: 'terms.yaml',
		};
		const text = readFileSync(path.join(ROOT, 'tests/fixtures/content-valid', files[name] as string), 'utf8');
		return parse(text.startsWith('---') ? (text.split(/^---$/m)[1] ?? '') : text);
	}

	/** Every path in the data, first list items only. */
	function pathsIn(data: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
		if (Array.isArray(data)) return data.length === 0 ? [] : [[...prefix, 0], ...pathsIn(data[0], [...prefix, 0])];
		if (typeof data !== 'object' || data === null) return [];
		return Object.entries(data).flatMap(([key, value]) => [[...prefix, key], ...pathsIn(value, [...prefix, key])]);
	}

	function replaced(data: unknown, at: PropertyKey[], value: unknown): unknown {
		const copy = structuredClone(data) as Record<PropertyKey, unknown>;
		let holder = copy;
		for (const key of at.slice(0, -1)) holder = holder[key] as Record<PropertyKey, unknown>;
		holder[at.at(-1) as PropertyKey] = value;
		return copy;
	}

	it.each(Object.keys(SCHEMAS))('of %s are custom issues with a rule id; zod’s own issues carry no schema wording', (name) => {
		const schema = SCHEMAS[name] as z.ZodType;
		const data = fixture(name);
		expect(schema.safeParse(data).success).toBe(true);
		let custom = 0;
		for (const at of pathsIn(data)) {
			for (const value of BAD) {
				const result = schema.safeParse(replaced(data, at, value), { reportInput: true });
				for (const issue of result.error?.issues ?? []) {
					if (issue.code === 'custom') {
						custom += 1;
						expect(issue.params?.['rule'], `${at.join('.')} = ${JSON.stringify(value)}: ${issue.message}`).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
						expect(issue.message).toMatch(HAN);
						expect(issue.message).toMatch(BILINGUAL);
					} else {
						// zod's own wording (English; describe-issue.ts words it for editors), never a schema's.
						expect(issue.message, `${at.join('.')} = ${JSON.stringify(value)}`).not.toMatch(BILINGUAL);
					}
				}
			}
		}
		// The pillar has no check of its own; the terms' one needs a wrong form equal to the correct one.
		if (name !== 'pillars' && name !== 'terms') expect(custom, 'the corpus reaches the schema’s own checks').toBeGreaterThan(0);
	});
});
