/**
 * Validates everything under `content/`: each file against its schema, its prose against
 * the Chinese text rules and content/terms.yaml, then what spans files (references,
 * freshness, internal links). Collects every problem in one pass, so an editor sees them
 * all at once.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { PLACEHOLDER_PREFIX, siteSchema, type Site } from '../schemas/site.ts';
import { termsSchema, type Term } from '../schemas/terms.ts';
import { buildDate } from '../utils/build-date.ts';
import { splitSiteUrl } from '../utils/site-url.ts';
import { checkBody } from './check-body.ts';
import { checkBodyReferences, type PlacedReference } from './check-body-references.ts';
import { checkFreshness } from './check-freshness.ts';
import { checkInternalLinks, linkKind, linksInTree, sitePages, type ExternalLink, type InternalLink } from './check-links.ts';
import { checkReferences, type FoundFile, type LoadedEntry } from './check-references.ts';
import { lintChinese } from './chinese-text.ts';
import { describeIssue } from './describe-issue.ts';
import { formatFieldPath, placeOf, type Problem } from './problem.ts';
import { markdownProse, yamlProse, type Prose } from './prose.ts';
import { stringsIn } from './strings-in.ts';
import { readContentFile } from './read-content-file.ts';
import { knownKeysAt } from './schema-keys.ts';
import type { YamlSource } from './yaml-source.ts';
import { checkStatusConsistency } from './check-status-consistency.ts';

export interface ContentCheck {
	problems: Problem[];
	entries: LoadedEntry[];
	site?: Site;
	/** Every http(s) link in bodies and `url` fields, for `--external`. */
	externalLinks: ExternalLink[];
}

export interface CheckOptions {
	/** The build date, YYYY-MM-DD, that freshness is counted from; defaults to buildDate(). */
	today?: string;
	/** The route files under src/pages (e.g. `initiatives/[slug].astro`); defaults to reading src/pages. */
	routeFiles?: readonly string[];
	/** The folder of the site's static files, where body images must be; defaults to the project's public/. */
	publicDir?: string;
}

/** The project's static files: images shown in bodies are served from here. */
const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

export interface ValidatedFile {
	/** The data as the schema outputs it, when the file passed. */
	data?: Record<string, unknown>;
	/** The data as written, when the file could be read. */
	raw?: Record<string, unknown>;
	/** The Markdown body and the line it starts on. */
	body?: { text: string; firstLine: number };
	lineOf?: LoadedEntry['lineOf'];
	positionOf?: YamlSource['positionOf'];
	problems: Problem[];
	/** Links in the body and `url` fields, at their place in the file. */
	links: { url: string; line: number; column: number }[];
	/** Indicators charted and images shown in the body, at their place in the file. */
	references: PlacedReference[];
}

/**
 * Validates one file's bytes against a schema; `file` is the path shown in messages.
 * With `lint`, its prose is also held to the Chinese text rules and the fixed expressions.
 */
export function validateFile(file: string, bytes: Uint8Array, schema: z.ZodType, lint?: { terms: readonly Term[] }): ValidatedFile {
	const { source, problems } = readContentFile(file, bytes);
	if (!source) return { problems, links: [], references: [] };
	const result = schema.safeParse(source.data, { reportInput: true });
	const found: Problem[] = [];
	const links: ValidatedFile['links'] = [];
	const references: PlacedReference[] = [];
	if (!result.success) {
		for (const issue of result.error.issues) {
			for (const described of describeIssue(issue, (at) => knownKeysAt(schema, at))) {
				found.push({
					file,
					field: formatFieldPath(described.path),
					message: described.message,
					rule: described.rule,
					severity: 'error',
					...placeOf(source.yaml.positionOf(described.near ?? described.path)),
				});
			}
		}
	}
	const prose: Prose[] = lint ? yamlProse(source.data, source.yaml) : [];
	for (const { text, field } of prose) {
		if (field?.at(-1) === 'url' && linkKind(text) === 'external') {
			links.push({ url: text, ...(source.yaml.positionOf(field) ?? { line: 1, column: 1 }) });
		}
	}
	if (source.body) {
		const { text, firstLine } = source.body;
		const checked = checkBody(text, file.endsWith('.mdx') ? 'mdx' : 'md');
		for (const problem of checked.problems) {
			found.push({
				file,
				line: firstLine + problem.line - 1,
				...(problem.column ? { column: problem.column } : {}),
				message: problem.message,
				rule: problem.rule,
				severity: 'error',
			});
		}
		references.push(...checked.references.map((reference) => ({ ...reference, file, line: firstLine + reference.line - 1 })));
		if (checked.mdast) {
			if (lint) prose.push(...markdownProse(text, checked.mdast, firstLine));
			links.push(...linksInTree(checked.mdast).map((link) => ({ ...link, line: firstLine + link.line - 1 })));
		}
	}
	// A value the schema refused has its message already; the text rules would only repeat it.
	const refused = new Set(found.map((problem) => problem.field));
	for (const piece of prose) {
		if (piece.field && refused.has(formatFieldPath(piece.field))) continue;
		for (const finding of lintChinese(piece.text, lint?.terms)) {
			found.push({
				file,
				...placeOf(piece.at(finding.index)),
				...(piece.field ? { field: formatFieldPath(piece.field) } : {}),
				message: finding.message,
				rule: finding.rule,
				severity: finding.severity,
			});
		}
	}
	return {
		...(result.success ? { data: result.data as Record<string, unknown> } : {}),
		raw: source.data,
		...(source.body ? { body: source.body } : {}),
		lineOf: source.yaml.lineOf,
		positionOf: source.yaml.positionOf,
		problems: found,
		links,
		references,
	};
}

/**
 * Values that are still placeholders (待填写……). In site.yaml they are warnings: the
 * registration numbers arrive late. In content files they are errors: unfinished text
 * must not be published.
 */
export function findPlaceholders(data: unknown, file: string, positionOf: YamlSource['positionOf'], severity: Problem['severity']): Problem[] {
	return stringsIn(data)
		.filter(({ value }) => value.startsWith(PLACEHOLDER_PREFIX))
		.map(({ value, path }) => ({
			file,
			field: formatFieldPath(path),
			rule: 'placeholder',
			severity,
			message: `仍是占位内容“${value}”，${severity === 'error' ? '发布前' : '上线前'}须填写正式信息（placeholder value still present）`,
			...placeOf(positionOf(path)),
		}));
}

/** Body lines a template left as 待填写…, which must be written before publishing. */
export function bodyPlaceholders(body: { text: string; firstLine: number }, file: string): Problem[] {
	return body.text.split('\n').flatMap((text, index) => {
		const column = text.indexOf(PLACEHOLDER_PREFIX);
		if (column === -1 || text.slice(0, column).trim() !== '') return [];
		return [
			{
				file,
				line: body.firstLine + index,
				column: column + 1,
				rule: 'placeholder',
				severity: 'error' as const,
				message: `正文仍是占位内容“${text.trim()}”，发布前须改写（placeholder text still present）`,
			},
		];
	});
}

/** Suggests a valid file name for one that breaks the slug rule. */
export function suggestSlug(name: string): string | undefined {
	const candidate = name
		.toLowerCase()
		.replace(/[\s_.]+/g, '-')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
	return SLUG_PATTERN.test(candidate) ? candidate : undefined;
}

/**
 * The one problem for a file whose check threw (a parser out of stack, a file that vanished
 * or may not be read): the editor learns which file, and the maintainers what went wrong.
 */
function unreadable(file: string, error: unknown): Problem {
	const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]?.replace(/（/g, '(').replace(/）/g, ')');
	return {
		file,
		rule: 'unreadable',
		severity: 'error',
		message: `无法读取此文件，检查未能完成：请检查文件内容是否完整、格式是否正确，如仍无法解决，请联系网站维护人员（the file could not be checked: ${detail}; check it, or contact the site maintainers）`,
	};
}

/** Every file under src/pages, relative to it: the site's routes. */
async function readRouteFiles(): Promise<string[]> {
	const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));
	const files = await readdir(pagesDir, { recursive: true, withFileTypes: true });
	return files.filter((file) => file.isFile()).map((file) => path.relative(pagesDir, path.join(file.parentPath, file.name)).split(path.sep).join('/'));
}

/** The fixed expressions in content/terms.yaml; the file is optional. */
async function readTerms(file: string, shownAs: string): Promise<{ terms: Term[]; problems: Problem[] }> {
	const bytes = await readFile(file).catch(() => undefined);
	if (bytes === undefined) return { terms: [], problems: [] };
	try {
		const result = validateFile(shownAs, bytes, termsSchema);
		return { terms: (result.data as { terms?: Term[] } | undefined)?.terms ?? [], problems: result.problems };
	} catch (error) {
		return { terms: [], problems: [unreadable(shownAs, error)] };
	}
}

/** Checks the whole content folder. `contentDir` is absolute; messages show paths relative to `projectRoot`. */
export async function checkContent(contentDir: string, projectRoot = path.dirname(contentDir), options: CheckOptions = {}): Promise<ContentCheck> {
	const shown = (absolute: string) => path.relative(projectRoot, absolute).split(path.sep).join('/');
	const problems: Problem[] = [];
	const entries: LoadedEntry[] = [];
	const found: FoundFile[] = [];
	const internalLinks: InternalLink[] = [];
	const externalLinks: ExternalLink[] = [];
	const bodyReferences: PlacedReference[] = [];
	let site: Site | undefined;

	const termsFile = path.join(contentDir, 'terms.yaml');
	const { terms, problems: termProblems } = await readTerms(termsFile, shown(termsFile));
	problems.push(...termProblems);
	const lint = { terms };

	const siteFile = path.join(contentDir, 'site.yaml');
	const siteBytes = await readFile(siteFile).catch(() => undefined);
	if (siteBytes === undefined) {
		problems.push({ file: shown(siteFile), rule: 'missing-file', severity: 'error', message: '缺少网站信息文件 site.yaml（content/site.yaml is missing）' });
	} else {
		try {
			const result = validateFile(shown(siteFile), siteBytes, siteSchema, lint);
			problems.push(...result.problems);
			if (result.data && result.positionOf) {
				site = result.data as Site;
				problems.push(...findPlaceholders(site, shown(siteFile), result.positionOf, 'warning'));
			}
		} catch (error) {
			problems.push(unreadable(shown(siteFile), error));
		}
	}

	for (const [collection, { extensions, schema }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
		const folder = path.join(contentDir, collection);
		const names = await readdir(folder).catch(() => [] as string[]);
		for (const name of names.sort()) {
			const absolute = path.join(folder, name);
			const extension = path.extname(name).toLowerCase();
			if (name.startsWith('.')) continue;
			if (!(extensions as readonly string[]).includes(extension)) {
				problems.push({
					file: shown(absolute),
					rule: 'file-type',
					severity: 'warning',
					message: `此文件不会被读取：${collection} 只接受 ${extensions.join('、')} 文件（ignored: expected ${extensions.join(', ')}）`,
				});
				continue;
			}
			const stem = name.slice(0, -extension.length);
			if (!SLUG_PATTERN.test(stem) || extension !== path.extname(name)) {
				const suggestion = suggestSlug(stem);
				problems.push({
					file: shown(absolute),
					rule: 'file-name',
					severity: 'error',
					message: `文件名只能使用小写英文字母、数字和连字符（不能用中文、空格或大写），${
						suggestion ? `可改为 ${suggestion}${extension.toLowerCase()}` : '请改用拼音或英文，如 qiongjiang-eco-corridor' + extension.toLowerCase()
					}（file names may only use a-z, 0-9 and hyphens）`,
				});
				continue;
			}
			const file = shown(absolute);
			// One file the checker cannot get through must not hide the problems of all the others.
			try {
				if ((await stat(absolute)).isDirectory()) {
					problems.push({
						file: shown(absolute),
						rule: 'file-type',
						severity: 'warning',
						message: `这是文件夹，不会被读取：每条内容应是 ${collection} 下的一个文件（ignored: a folder, not a file）`,
					});
					continue;
				}
				found.push({ collection, slug: stem, file });
				const result = validateFile(file, await readFile(absolute), schema, lint);
				const placeholders = [
					...(result.raw && result.positionOf ? findPlaceholders(result.raw, file, result.positionOf, 'error') : []),
					...(result.body ? bodyPlaceholders(result.body, file) : []),
				];
				// A field still holding its placeholder is reported as unfilled, not as the wrong type.
				const unfilled = new Set(placeholders.map((problem) => problem.field));
				problems.push(...result.problems.filter((problem) => problem.field === undefined || !unfilled.has(problem.field)), ...placeholders);
				bodyReferences.push(...result.references);
				for (const link of result.links) {
					const kind = linkKind(link.url);
					if (kind === 'external') externalLinks.push({ file, ...link });
					else if (kind === 'internal') internalLinks.push({ file, page: `${collection}/${stem}/`, ...link });
				}
				if (result.data && result.lineOf && result.positionOf) {
					entries.push({ collection, slug: stem, file, data: result.data, lineOf: result.lineOf, positionOf: result.positionOf });
				}
			} catch (error) {
				problems.push(unreadable(file, error));
			}
		}
	}

	// Checks across files: each takes what was loaded above and returns its problems.
	const base = site ? splitSiteUrl(site.url).base : '/';
	const slugs: Partial<Record<CollectionName, string[]>> = {};
	for (const file of found) (slugs[file.collection] ??= []).push(file.slug);
	problems.push(
		...checkReferences(entries, found),
		...checkStatusConsistency(entries),
		...checkFreshness(entries, options.today ?? buildDate(), site?.update_cycle_days ?? 14),
		...checkInternalLinks(internalLinks, sitePages(options.routeFiles ?? (await readRouteFiles()), slugs), base),
		...(await checkBodyReferences(bodyReferences, slugs.indicators ?? [], options.publicDir ?? PUBLIC_DIR)),
	);
	return { problems, entries, externalLinks, ...(site ? { site } : {}) };
}
