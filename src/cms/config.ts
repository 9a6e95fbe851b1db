/**
 * The web editor's `config.yml`, generated from the content model: every collection from
 * src/schemas/index.ts, every field from its zod schema, each with the widget its type
 * calls for and the Chinese text from src/cms/fields.ts. A field added to a schema without
 * text here, or text left for a field that no longer exists, stops the build.
 */
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { IMAGE_FOLDER } from '../markdown/allowlist.ts';
import { isoDate, slug, yearMonth } from '../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { siteSchema } from '../schemas/site.ts';
import { STATUS_INFO, STATUS_ORDER } from '../utils/status.ts';
import { joinBase } from '../utils/url.ts';
import { GIT_BACKEND } from './backend.ts';
import { COLLECTION_TEXT, SITE_TEXT, type CollectionText, type FieldText } from './fields.ts';

/** One field of a Decap collection. Only the options this project uses are typed. */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: false;
	hint?: string;
	default?: unknown;
	pattern?: readonly [string, string];
	/** select and relation */
	multiple?: true;
	options?: { label: string; value: string }[];
	/** datetime */
	format?: string;
	date_format?: string;
	time_format?: false;
	/** number */
	value_type?: 'int' | 'float';
	min?: number;
	max?: number;
	/** relation */
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	options_length?: number;
	/** list and object */
	label_singular?: string;
	summary?: string;
	collapsed?: boolean;
	field?: CmsField;
	fields?: CmsField[];
	/** markdown */
	buttons?: string[];
	editor_components?: string[];
	modes?: string[];
	/** Decap's own preview of the body, on the editor's origin, keeps no raw HTML. */
	sanitize_preview?: true;
}

export interface CmsCollection {
	name: string;
	label: string;
	label_singular: string;
	description: string;
	create?: boolean;
	delete?: boolean;
	folder?: string;
	extension?: string;
	format?: 'frontmatter' | 'yaml';
	slug?: string;
	identifier_field?: string;
	sortable_fields?: string[];
	view_filters?: { label: string; field: string; pattern: string }[];
	files?: { name: string; label: string; file: string; fields: CmsField[] }[];
	fields?: CmsField[];
}

export interface CmsConfig {
	locale: 'zh_Hans';
	backend: Record<string, string>;
	/** Only in the config `npm run cms` serves: the decap-server on this machine. */
	local_backend?: { url: string };
	publish_mode: 'editorial_workflow';
	site_url: string;
	display_url: string;
	logo_url: string;
	media_folder: string;
	public_folder: string;
	slug: { encoding: 'ascii'; clean_accents: true };
	editor: { preview: false };
	collections: CmsCollection[];
}

export interface CmsConfigOptions {
	/** The site's public URL, including its base path. */
	siteUrl: string;
	/** The base path the editor itself is served under, when not the site's (`npm run cms` serves it at `/`). */
	servedBase?: string;
	/** The decap-server API, e.g. `http://localhost:8081/api/v1`, for local editing. */
	localBackendUrl?: string;
}

/** Folders of content/ in the order the editor lists them: the most edited first. */
const COLLECTION_ORDER: readonly CollectionName[] = ['initiatives', 'indicators', 'updates', 'pillars', 'benchmarks'];

/**
 * File names of entries created in the editor. A file name is part of the page address and
 * must be ASCII; titles are Chinese, so new entries are named by date and time.
 */
const NEW_ENTRY_SLUG = '{{year}}-{{month}}-{{day}}-{{hour}}{{minute}}{{second}}';

const MARKDOWN_BUTTONS = ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'];

export function cmsConfig({ siteUrl, servedBase, localBackendUrl }: CmsConfigOptions): CmsConfig {
	const base = new URL(siteUrl).pathname;
	return {
		locale: 'zh_Hans',
		backend: { ...GIT_BACKEND },
		...(localBackendUrl === undefined ? {} : { local_backend: { url: localBackendUrl } }),
		// Decap's three columns are the 三审 steps: 草稿 → 审核中 → 待签发, then 已发布 (src/cms/locale.ts names them).
		publish_mode: 'editorial_workflow',
		site_url: siteUrl,
		display_url: siteUrl,
		// A path on the editor's own origin: the logo never comes from elsewhere.
		logo_url: joinBase(servedBase ?? base, 'favicon.svg'),
		// Where bodies' images live, written as bodies write them (`images/<name>.jpg`, see src/markdown/allowlist.ts).
		media_folder: IMAGE_FOLDER,
		public_folder: 'images',
		slug: { encoding: 'ascii', clean_accents: true },
		editor: { preview: false },
		collections: [...COLLECTION_ORDER.flatMap(folderCollections), siteCollection()],
	};
}

/** The config as the YAML file Decap loads. */
export function cmsConfigYaml(options: CmsConfigOptions): string {
	const header = '# 网页编辑器配置：由 src/cms/config.ts 根据 src/schemas 中的内容模型生成，请勿手工修改。\n';
	return header + stringify(cmsConfig(options), { lineWidth: 0 });
}

/**
 * A Decap folder collection lists the files of one extension, so a folder of Markdown gets two:
 * `.md`, and `.mdx` for bodies that use the site's components. An MDX body is edited as plain
 * text: the rich-text editor would escape the components' tags.
 */
function folderCollections(name: CollectionName): CmsCollection[] {
	const [first, second] = COLLECTIONS[name].extensions;
	const markdown = first === '.md';
	return [folderCollection(name, first.slice(1)), ...(markdown && second === '.mdx' ? [folderCollection(name, 'mdx')] : [])];
}

function folderCollection(name: CollectionName, extension: string): CmsCollection {
	const text = COLLECTION_TEXT[name];
	const markdown = extension === 'md' || extension === 'mdx';
	const mdx = extension === 'mdx';
	const identifier = name === 'benchmarks' ? 'name' : 'title';
	return {
		...collectionHeading(
			mdx ? `${name}-mdx` : name,
			mdx ? { ...text, label: `${text.label}（含图表组件）`, singular: `${text.singular}（含图表组件）` } : text,
		),
		create: text.create,
		delete: text.create,
		folder: `content/${name}`,
		extension,
		format: markdown ? 'frontmatter' : 'yaml',
		slug: NEW_ENTRY_SLUG,
		identifier_field: identifier,
		sortable_fields: SORTABLE[name],
		...(name === 'initiatives' ? { view_filters: statusFilters() } : {}),
		fields: [...fieldsFromShape(COLLECTIONS[name].schema.shape, text.fields, name), ...(text.body ? [bodyField(text.body, mdx)] : [])],
	};
}

const SORTABLE: Record<CollectionName, string[]> = {
	initiatives: ['title', 'status_as_of', 'updated'],
	indicators: ['title', 'updated'],
	updates: ['date', 'title'],
	pillars: ['order'],
	benchmarks: ['name'],
};

function siteCollection(): CmsCollection {
	return {
		...collectionHeading('site', SITE_TEXT),
		delete: false,
		files: [{ name: 'site', label: SITE_TEXT.singular, file: 'content/site.yaml', fields: fieldsFromShape(siteSchema.shape, SITE_TEXT.fields, 'site') }],
	};
}

function collectionHeading(name: string, text: CollectionText) {
	return { name, label: text.label, label_singular: text.singular, description: text.description };
}

/** The initiatives list can be narrowed to one status, named in Chinese. */
function statusFilters(): NonNullable<CmsCollection['view_filters']> {
	return STATUS_ORDER.map((code) => ({ label: STATUS_INFO[code].label, field: 'status', pattern: `^${code}$` }));
}

function bodyField(text: FieldText, mdx: boolean): CmsField {
	return {
		name: 'body',
		label: text.label,
		...(mdx
			? {
					hint: `${text.hint ?? ''}可使用 <Chart indicator="指标文件名" />、<Figure src="images/文件名.jpg" alt="说明" />、<Callout>…</Callout>，见编辑指南。`.trim(),
				}
			: text.hint === undefined
				? {}
				: { hint: text.hint }),
		widget: 'markdown',
		required: false,
		modes: mdx ? ['raw'] : ['rich_text', 'raw'],
		buttons: MARKDOWN_BUTTONS,
		editor_components: [],
		sanitize_preview: true,
	};
}

/** Every key of a schema shape, each with its text; a key without text, or text without a key, is a mistake. */
function fieldsFromShape(shape: Record<string, z.ZodType>, texts: Readonly<Record<string, FieldText>>, where: string): CmsField[] {
	const orphans = Object.keys(texts).filter((key) => !(key in shape));
	if (orphans.length > 0) throw new Error(`src/cms/fields.ts: ${where} has text for fields the schema no longer has: ${orphans.join(', ')}`);
	return Object.entries(shape).map(([name, schema]) => {
		const text = texts[name];
		if (text === undefined) throw new Error(`src/cms/fields.ts: ${where}.${name} is in the schema but has no label`);
		return fieldFromSchema(name, schema, text, `${where}.${name}`);
	});
}

function fieldFromSchema(name: string, schema: z.ZodType, text: FieldText, where: string): CmsField {
	let inner = schema;
	let required = true;
	let defaultValue: unknown;
	if (inner instanceof z.ZodDefault) {
		defaultValue = inner.def.defaultValue;
		required = false;
		inner = inner.unwrap() as z.ZodType;
	}
	if (inner instanceof z.ZodOptional) {
		required = false;
		inner = inner.unwrap() as z.ZodType;
	}
	const field: CmsField = {
		name,
		label: text.label,
		...(text.hint === undefined ? {} : { hint: text.hint }),
		...widgetFor(inner, text, where),
		...(required ? {} : { required: false }),
	};
	if (defaultValue !== undefined) field.default = defaultValue;
	return field;
}

type Widget = Omit<CmsField, 'name' | 'label'>;

function widgetFor(schema: z.ZodType, text: FieldText, where: string): Widget {
	// The shared field types are single objects, so identity says which one a field uses.
	if (schema === isoDate) return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
	if (schema === yearMonth) return { widget: 'datetime', format: 'YYYY-MM', date_format: 'YYYY-MM', time_format: false };
	if (schema === slug) return relation(text, where);
	if (schema instanceof z.ZodArray) return listWidget(schema.element as z.ZodType, text, where);
	if (schema instanceof z.ZodEnum) return { widget: 'select', options: selectOptions(schema.options.map(String), text, where) };
	if (schema instanceof z.ZodObject) return { widget: 'object', collapsed: false, fields: fieldsFromShape(schema.shape, text.fields ?? {}, where) };
	if (schema instanceof z.ZodBoolean) return { widget: 'boolean', default: false };
	if (schema instanceof z.ZodNumber) return numberWidget(schema);
	// A preprocessed field (a period written as a number or a string) is edited as what it becomes.
	if (schema instanceof z.ZodPipe) return widgetFor(schema.out as z.ZodType, text, where);
	if (schema instanceof z.ZodURL) return { widget: 'string', pattern: ['^https?://', '应为以 http:// 或 https:// 开头的网址'] };
	if (schema instanceof z.ZodString) return stringWidget(schema, text);
	throw new Error(`src/cms/config.ts: no editor widget for the schema type of ${where}`);
}

function relation(text: FieldText, where: string): Widget {
	if (text.relation === undefined) throw new Error(`src/cms/fields.ts: ${where} refers to another entry; say which collection (relation)`);
	return {
		widget: 'relation',
		collection: text.relation,
		value_field: '{{slug}}',
		search_fields: ['title'],
		display_fields: ['title'],
		options_length: 200,
	};
}

function listWidget(element: z.ZodType, text: FieldText, where: string): Widget {
	if (element === slug) return { ...relation(text, where), multiple: true };
	if (element instanceof z.ZodEnum) return { widget: 'select', multiple: true, options: selectOptions(element.options.map(String), text, where) };
	const singular = text.singular ?? text.label;
	if (element instanceof z.ZodObject) {
		return {
			widget: 'list',
			label_singular: singular,
			collapsed: true,
			...(text.summary === undefined ? {} : { summary: text.summary }),
			fields: fieldsFromShape(element.shape, text.fields ?? {}, where),
		};
	}
	return { widget: 'list', label_singular: singular, field: { name: 'item', label: singular, ...widgetFor(element, text, where) } };
}

function selectOptions(values: string[], text: FieldText, where: string): { label: string; value: string }[] {
	const labels = text.options ?? {};
	const unlabelled = values.filter((value) => labels[value] === undefined);
	const stale = Object.keys(labels).filter((value) => !values.includes(value));
	if (unlabelled.length > 0 || stale.length > 0) {
		throw new Error(
			`src/cms/fields.ts: the options of ${where} do not match the schema (missing ${unlabelled.join(', ') || '-'}, extra ${stale.join(', ') || '-'})`,
		);
	}
	return values.map((value) => ({ label: labels[value] ?? value, value }));
}

function numberWidget(schema: z.ZodNumber): Widget {
	const { minValue, maxValue } = schema;
	return {
		widget: 'number',
		value_type: schema.format === 'safeint' ? 'int' : 'float',
		// Unbounded numbers report ±MAX_SAFE_INTEGER or ±Infinity: no limit to show.
		...(minValue !== null && Number.isSafeInteger(minValue) && Math.abs(minValue) < Number.MAX_SAFE_INTEGER ? { min: minValue } : {}),
		...(maxValue !== null && Number.isSafeInteger(maxValue) && Math.abs(maxValue) < Number.MAX_SAFE_INTEGER ? { max: maxValue } : {}),
	};
}

function stringWidget(schema: z.ZodString, text: FieldText): Widget {
	const widget = text.long ? 'text' : 'string';
	if (text.pattern !== undefined) return { widget, pattern: text.pattern };
	if (schema.maxLength !== null) return { widget, pattern: [`^[\\s\\S]{0,${schema.maxLength}}$`, `不超过 ${schema.maxLength} 个字`] };
	return { widget };
}
