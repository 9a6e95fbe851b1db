/**
 * The web editor's `config.yml`, generated from the content model: every collection from
 * src/schemas/index.ts with its text from src/schemas/collection-meta.ts, every field from its
 * zod schema, each with the widget its type and metadata call for (src/schemas/field-meta.ts)
 * and its Chinese text. A field without a label, or a choice without a label for every value,
 * stops the build.
 */
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { IMAGE_FOLDER } from '../markdown/allowlist.ts';
import { COLLECTION_META, type CollectionMeta } from '../schemas/collection-meta.ts';
import { metaOf, unwrap, type SchemaMeta } from '../schemas/field-meta.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { SITE_META, siteSchema } from '../schemas/site.ts';
import { STATUS_INFO, STATUS_ORDER } from '../utils/status.ts';
import { joinBase } from '../utils/url.ts';
import { GIT_BACKEND } from './backend.ts';

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
	/** The preview pane, for the collections preview-templates.js shows as the site does. */
	editor?: { preview: true };
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
const COLLECTION_ORDER: readonly CollectionName[] = ['initiatives', 'indicators', 'updates', 'units', 'pillars', 'benchmarks'];

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
	const text = COLLECTION_META[name];
	const markdown = extension === 'md' || extension === 'mdx';
	const mdx = extension === 'mdx';
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
		identifier_field: identifierField(name),
		sortable_fields: SORTABLE[name],
		...(name === 'initiatives' ? { view_filters: statusFilters() } : {}),
		// The preview templates (preview-templates.js) show these as the site does; other collections keep no preview.
		...(name === 'initiatives' || name === 'indicators' ? { editor: { preview: true } } : {}),
		fields: [...fieldsFromShape(COLLECTIONS[name].schema.shape, name), ...(text.body ? [bodyField(text.body, mdx)] : [])],
	};
}

/** The field that names an entry: regions and units have a name, everything else a title. */
function identifierField(name: CollectionName): 'name' | 'title' {
	return name === 'benchmarks' || name === 'units' ? 'name' : 'title';
}

const SORTABLE: Record<CollectionName, string[]> = {
	initiatives: ['title', 'status_as_of', 'updated'],
	indicators: ['title', 'updated'],
	updates: ['date', 'title'],
	pillars: ['order'],
	benchmarks: ['name'],
	units: ['kind', 'name'],
};

function siteCollection(): CmsCollection {
	return {
		...collectionHeading('site', SITE_META),
		delete: false,
		files: [{ name: 'site', label: SITE_META.singular, file: 'content/site.yaml', fields: fieldsFromShape(siteSchema.shape, 'site') }],
	};
}

function collectionHeading(name: string, text: CollectionMeta) {
	return { name, label: text.label, label_singular: text.singular, description: text.description };
}

/** The initiatives list can be narrowed to one status, named in Chinese. */
function statusFilters(): NonNullable<CmsCollection['view_filters']> {
	return STATUS_ORDER.map((code) => ({ label: STATUS_INFO[code].label, field: 'status', pattern: `^${code}$` }));
}

function bodyField(text: NonNullable<CollectionMeta['body']>, mdx: boolean): CmsField {
	return {
		name: 'body',
		label: text.label,
		hint: mdx
			? `${text.hint}可使用 <Chart indicator="指标文件名" />、<Figure src="images/文件名.jpg" alt="说明" />、<Callout>…</Callout>，见编辑指南。`
			: text.hint,
		widget: 'markdown',
		required: false,
		modes: mdx ? ['raw'] : ['rich_text', 'raw'],
		buttons: MARKDOWN_BUTTONS,
		editor_components: [],
		sanitize_preview: true,
	};
}

/** Every key of a schema shape, each with the text its schema carries. */
function fieldsFromShape(shape: Record<string, z.ZodType>, where: string): CmsField[] {
	return Object.entries(shape).map(([name, schema]) => fieldFromSchema(name, schema, `${where}.${name}`));
}

function fieldFromSchema(name: string, schema: z.ZodType, where: string): CmsField {
	const { inner, required, defaultValue } = unwrap(schema);
	const { label, ...meta } = metaOf(schema);
	if (label === undefined) throw new Error(`src/schemas: ${where} has no label (field(…, { label }))`);
	const field: CmsField = {
		name,
		label,
		...(meta.hint === undefined ? {} : { hint: meta.hint }),
		...widgetFor(inner, { ...meta, label }, where),
		...(required ? {} : { required: false }),
	};
	if (defaultValue !== undefined) field.default = defaultValue;
	return field;
}

type Widget = Omit<CmsField, 'name' | 'label'>;

/** A field's metadata once it is known to have a label. */
type LabelledMeta = SchemaMeta & { label: string };

/** The widget for a value: from its metadata (dates, months, references, long text, patterns, choices) where that says, else from its zod type. */
function widgetFor(schema: z.ZodType, meta: LabelledMeta, where: string): Widget {
	if (meta.format === 'date') return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
	if (meta.format === 'month') return { widget: 'datetime', format: 'YYYY-MM', date_format: 'YYYY-MM', time_format: false };
	if (meta.references !== undefined) return relation(meta.references);
	if (schema instanceof z.ZodArray) return listWidget(schema.element as z.ZodType, meta, where);
	if (schema instanceof z.ZodEnum) return { widget: 'select', options: selectOptions(schema.options.map(String), meta, where) };
	if (schema instanceof z.ZodObject) return { widget: 'object', collapsed: false, fields: fieldsFromShape(schema.shape, where) };
	if (schema instanceof z.ZodBoolean) return { widget: 'boolean', default: false };
	if (schema instanceof z.ZodNumber) return numberWidget(schema);
	// A preprocessed field (a period written as a number or a string) is edited as what it becomes.
	if (schema instanceof z.ZodPipe) return widgetFor(schema.out as z.ZodType, meta, where);
	if (schema instanceof z.ZodString) return { widget: meta.long ? 'text' : 'string', ...(meta.pattern === undefined ? {} : { pattern: meta.pattern }) };
	throw new Error(`src/cms/config.ts: no editor widget for the schema type of ${where}`);
}

function relation(collection: CollectionName): Widget {
	return {
		widget: 'relation',
		collection,
		value_field: '{{slug}}',
		search_fields: [identifierField(collection)],
		display_fields: [identifierField(collection)],
		options_length: 200,
	};
}

function listWidget(element: z.ZodType, meta: LabelledMeta, where: string): Widget {
	const elementMeta = metaOf(element);
	if (elementMeta.references !== undefined) return { ...relation(elementMeta.references), multiple: true };
	if (element instanceof z.ZodEnum) return { widget: 'select', multiple: true, options: selectOptions(element.options.map(String), meta, where) };
	const singular = meta.singular ?? meta.label;
	if (element instanceof z.ZodObject) {
		return {
			widget: 'list',
			label_singular: singular,
			collapsed: true,
			...(meta.summary === undefined ? {} : { summary: meta.summary }),
			fields: fieldsFromShape(element.shape, where),
		};
	}
	return {
		widget: 'list',
		label_singular: singular,
		field: { name: 'item', label: singular, ...widgetFor(element, { ...elementMeta, label: singular }, where) },
	};
}

function selectOptions(values: string[], meta: SchemaMeta, where: string): { label: string; value: string }[] {
	const labels = meta.choices ?? {};
	const unlabelled = values.filter((value) => labels[value] === undefined);
	const stale = Object.keys(labels).filter((value) => !values.includes(value));
	if (unlabelled.length > 0 || stale.length > 0) {
		throw new Error(`src/schemas: the choices of ${where} do not match its values (missing ${unlabelled.join(', ') || '-'}, extra ${stale.join(', ') || '-'})`);
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
