/**
 * The web editor's config.yml against the content model: every field of every schema is
 * in the editor and nothing else is, each with the widget its type calls for and Chinese
 * text staff can follow.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfig, cmsConfigYaml, type CmsCollection, type CmsField } from '../../src/cms/config.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { parsePeriod } from '../../src/utils/period.ts';
import { STATUS_INFO, STATUS_ORDER } from '../../src/utils/status.ts';

const root = path.resolve(import.meta.dirname, '../..');
const config = cmsConfig({ siteUrl: 'https://www.example.gov.cn/ztzl/dbjj/' });
const collection = (name: string) => config.collections.find((candidate) => candidate.name === name) as CmsCollection;
const fieldsOf = (name: string): CmsField[] => collection(name).fields ?? collection(name).files?.[0]?.fields ?? [];

/** Dotted paths of every field in a schema, through optional, default, arrays and nested objects. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
	let inner = schema;
	while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodArray) {
		inner = (inner instanceof z.ZodArray ? inner.element : inner.unwrap()) as z.ZodType;
	}
	if (!(inner instanceof z.ZodObject)) return [];
	return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [`${prefix}${key}`, ...schemaPaths(value, `${prefix}${key}.`)]);
}

/** Dotted paths of every field in the editor, leaving out a list's single item field (its value is the list's). */
function configPaths(fields: CmsField[], prefix = ''): string[] {
	return fields.flatMap((field) => [`${prefix}${field.name}`, ...configPaths(field.fields ?? [], `${prefix}${field.name}.`)]);
}

function allFields(fields: CmsField[]): CmsField[] {
	return fields.flatMap((field) => [field, ...allFields(field.fields ?? []), ...(field.field ? [field.field] : [])]);
}

function fieldAt(collectionName: string, dotted: string): CmsField {
	let fields = fieldsOf(collectionName);
	let found: CmsField | undefined;
	for (const name of dotted.split('.')) {
		found = fields.find((field) => field.name === name);
		fields = found?.fields ?? [];
	}
	if (!found) throw new Error(`${collectionName}.${dotted} is not in the config`);
	return found;
}

describe('the web editor configuration', () => {
	it('has a collection for every folder in content/ and one for site.yaml', () => {
		const folders = readdirSync(path.join(root, 'content'), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort();
		const folderCollections = config.collections.filter((candidate) => candidate.folder !== undefined);
		expect([...new Set(folderCollections.map((candidate) => candidate.folder))].sort()).toEqual(folders.map((folder) => `content/${folder}`));
		// Every file is listed by a collection: Markdown folders have one for .md and one for .mdx.
		for (const folder of folders) {
			const extensions = folderCollections.filter((candidate) => candidate.folder === `content/${folder}`).map((candidate) => `.${candidate.extension}`);
			const files = readdirSync(path.join(root, 'content', folder));
			expect(
				files.filter((file) => !extensions.includes(path.extname(file))),
				folder,
			).toEqual([]);
		}
		expect(collection('initiatives-mdx').fields?.find((field) => field.name === 'body')).toMatchObject({ modes: ['raw'] });
		expect(collection('site').files).toEqual([expect.objectContaining({ file: 'content/site.yaml' })]);
	});

	it('has every schema field, and only those, in every collection', () => {
		const schemas = { ...Object.fromEntries(Object.entries(COLLECTIONS).map(([name, { schema }]) => [name, schema])), site: siteSchema };
		for (const [name, schema] of Object.entries(schemas)) {
			const body = collection(name).format === 'frontmatter' ? ['body'] : [];
			expect(configPaths(fieldsOf(name)).sort(), name).toEqual([...schemaPaths(schema), ...body].sort());
		}
	});

	it('labels and explains every field in Chinese', () => {
		const han = /\p{Script=Han}/u;
		for (const candidate of config.collections) {
			expect(candidate.label).toMatch(han);
			expect(candidate.description).toMatch(han);
			for (const field of allFields(candidate.fields ?? candidate.files?.[0]?.fields ?? [])) {
				expect(field.label, `${candidate.name}.${field.name}`).toMatch(han);
				if (field.name !== 'item') expect(field.hint, `hint of ${candidate.name}.${field.name}`).toMatch(han);
			}
		}
	});

	it('offers the statuses as a choice with their public Chinese labels', () => {
		expect(fieldAt('initiatives', 'status')).toMatchObject({
			widget: 'select',
			options: STATUS_ORDER.map((code) => ({ value: code, label: STATUS_INFO[code].label })),
		});
		expect(fieldAt('indicators', 'series.status')).toMatchObject({ widget: 'select', required: false });
		expect(fieldAt('benchmarks', 'areas')).toMatchObject({ widget: 'select', multiple: true });
	});

	it('uses date pickers that store YYYY-MM-DD (and YYYY-MM for months)', () => {
		for (const [name, dotted] of [
			['initiatives', 'status_as_of'],
			['initiatives', 'milestones.actual'],
			['indicators', 'updated'],
			['updates', 'date'],
		] as const) {
			expect(fieldAt(name, dotted), dotted).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false });
		}
		for (const dotted of ['start', 'due', 'revised_due', 'milestones.planned']) {
			expect(fieldAt('initiatives', dotted), dotted).toMatchObject({ widget: 'datetime', format: 'YYYY-MM' });
		}
	});

	it('turns references into relation widgets onto the right collection', () => {
		const relation = { widget: 'relation', value_field: '{{slug}}' };
		expect(fieldAt('initiatives', 'pillar')).toMatchObject({ ...relation, collection: 'pillars' });
		expect(fieldAt('initiatives', 'parent')).toMatchObject({ ...relation, collection: 'initiatives', required: false });
		expect(fieldAt('initiatives', 'indicators')).toMatchObject({ ...relation, collection: 'indicators', multiple: true });
		expect(fieldAt('initiatives', 'lead_unit')).toMatchObject({ ...relation, collection: 'units', display_fields: ['name'] });
		expect(fieldAt('initiatives', 'partner_units')).toMatchObject({ ...relation, collection: 'units', multiple: true });
		expect(fieldAt('updates', 'initiatives')).toMatchObject({ ...relation, collection: 'initiatives', multiple: true });
	});

	it('edits lists as lists, with sub-fields for lists of objects', () => {
		expect(fieldAt('initiatives', 'milestones')).toMatchObject({ widget: 'list', label_singular: '里程碑' });
		expect(fieldAt('indicators', 'series').fields?.map((field) => field.name)).toEqual(['period', 'value', 'status', 'note']);
		expect(fieldAt('benchmarks', 'highlights')).toMatchObject({ widget: 'list' });
		expect(fieldAt('initiatives', 'tags')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
	});

	it('uses numbers, booleans, defaults and the Markdown body where the schema says so', () => {
		expect(fieldAt('pillars', 'order')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
		expect(fieldAt('indicators', 'decimals')).toMatchObject({ widget: 'number', value_type: 'int', min: 0, max: 6, required: false });
		expect(fieldAt('indicators', 'series.value')).toMatchObject({ widget: 'number', value_type: 'float' });
		expect(fieldAt('initiatives', 'sample')).toMatchObject({ widget: 'boolean' });
		expect(fieldAt('site', 'update_cycle_days')).toMatchObject({ widget: 'number', default: 14, required: false });
		expect(fieldAt('initiatives', 'summary').pattern?.[0]).toBe('^[\\s\\S]{0,140}$');
		for (const name of ['pillars', 'initiatives', 'updates']) expect(fieldAt(name, 'body'), name).toMatchObject({ widget: 'markdown' });
	});

	it('checks periods in the editor exactly as the schema does', () => {
		const pattern = new RegExp(fieldAt('indicators', 'series.period').pattern?.[0] ?? '');
		for (const period of ['2024', '2024-Q3', '2024-07', '2024-12', '2024-Q5', '2024-13', '2024-7', '24', '2024Q3', '2024-00']) {
			expect(pattern.test(period), period).toBe(parsePeriod(period) !== undefined);
		}
	});

	it('runs the 三审 review workflow, in Chinese, against the district Git server unless editing locally', () => {
		expect(config).toMatchObject({ locale: 'zh_Hans', publish_mode: 'editorial_workflow', backend: { name: 'gitlab', auth_type: 'pkce' } });
		expect(config).not.toHaveProperty('local_backend');
		expect(config.logo_url).toBe('/ztzl/dbjj/favicon.svg');
		const local = cmsConfig({ siteUrl: 'https://anju.example.gov.cn/', servedBase: '/', localBackendUrl: 'http://127.0.0.1:8081/api/v1' });
		expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
	});

	it('writes the same configuration as YAML', () => {
		const options = { siteUrl: 'https://anju.example.gov.cn/' };
		expect(parse(cmsConfigYaml(options))).toEqual(JSON.parse(JSON.stringify(cmsConfig(options))));
	});
});
