/**
 * Validates everything under `content/`, as a pipeline of named steps: first file by file (the
 * fixed expressions, site.yaml, then each collection's files, each through validate-file.ts's
 * steps: read, schema, fields, body, text), then across files (cross-file-steps.ts: references,
 * status consistency, freshness, links, body references). Collects every problem in one pass,
 * so an editor sees them all at once.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { termsSchema, type Term } from '../schemas/terms.ts';
import { buildDate } from '../utils/build-date.ts';
import type { PlacedReference } from './check-body.ts';
import type { FoundFile, LoadedEntry, LoadedFile } from './check-references.ts';
import { CROSS_FILE_STEPS } from './cross-file-steps.ts';
import { linkKind, type ExternalLink, type InternalLink } from './links.ts';
import type { Problem } from './problem.ts';
import { fileName } from './rules/file-name.ts';
import { fileType } from './rules/file-type.ts';
import { missingFile } from './rules/missing-file.ts';
import { placeholder } from './rules/placeholder.ts';
import { unreadable } from './rules/unreadable.ts';
import { validateFile, type ValidatedFile } from './validate-file.ts';

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

/** The content folder as the file-by-file steps see it: where it is, and what the steps before found. */
interface FolderInCheck {
	contentDir: string;
	/** A path as messages show it: relative to the project root, with forward slashes. */
	shown(absolute: string): string;
	problems: Problem[];
	terms: Term[];
	site?: Site;
	/** site.yaml as the references step reads it, when it passed its own checks. */
	siteFile?: LoadedFile;
	entries: LoadedEntry[];
	found: FoundFile[];
	internalLinks: InternalLink[];
	externalLinks: ExternalLink[];
	bodyReferences: PlacedReference[];
}

/** One file-by-file step. */
type FolderStep = (folder: FolderInCheck) => Promise<void>;

/** The fixed expressions in content/terms.yaml, which the text step of every other file reads; the file is optional. */
async function terms(folder: FolderInCheck): Promise<void> {
	const file = path.join(folder.contentDir, 'terms.yaml');
	const bytes = await readFile(file).catch(() => undefined);
	if (bytes === undefined) return;
	try {
		const result = validateFile(folder.shown(file), bytes, termsSchema);
		folder.terms = (result.data as { terms?: Term[] } | undefined)?.terms ?? [];
		folder.problems.push(...result.problems);
	} catch (error) {
		folder.problems.push(unreadable.problem(folder.shown(file), error));
	}
}

/** content/site.yaml, which must be there; its placeholders are warnings. */
async function site(folder: FolderInCheck): Promise<void> {
	const file = path.join(folder.contentDir, 'site.yaml');
	const bytes = await readFile(file).catch(() => undefined);
	if (bytes === undefined) {
		folder.problems.push(missingFile.problem(folder.shown(file)));
		return;
	}
	try {
		const result = validateFile(folder.shown(file), bytes, siteSchema, { terms: folder.terms });
		folder.problems.push(...result.problems);
		if (result.data && result.lineOf && result.positionOf) {
			folder.site = result.data as Site;
			folder.siteFile = { file: folder.shown(file), data: result.data, lineOf: result.lineOf, positionOf: result.positionOf };
			folder.problems.push(...placeholder.check(folder.site, folder.shown(file), result.positionOf, 'site'));
		}
	} catch (error) {
		folder.problems.push(unreadable.problem(folder.shown(file), error));
	}
}

/** Each collection's files in name order: their names and kinds, then each file through its steps. */
async function collections(folder: FolderInCheck): Promise<void> {
	for (const [collection, { extensions, schema }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
		const collectionDir = path.join(folder.contentDir, collection);
		const names = await readdir(collectionDir).catch(() => [] as string[]);
		for (const name of names.sort()) {
			if (name.startsWith('.')) continue;
			const absolute = path.join(collectionDir, name);
			const file = folder.shown(absolute);
			const extension = path.extname(name);
			const stem = name.slice(0, -extension.length);
			const misnamed = fileType.check(file, collection, extensions, extension.toLowerCase());
			const problems = misnamed.length > 0 ? misnamed : fileName.check(file, stem, extension, collection);
			if (problems.length > 0) {
				folder.problems.push(...problems);
				continue;
			}
			// One file the checker cannot get through must not hide the problems of all the others.
			try {
				if ((await stat(absolute)).isDirectory()) {
					folder.problems.push(fileType.folder(file, collection));
					continue;
				}
				folder.found.push({ collection, slug: stem, file });
				contentFile(folder, collection, stem, file, validateFile(file, await readFile(absolute), schema, { terms: folder.terms }));
			} catch (error) {
				folder.problems.push(unreadable.problem(file, error));
			}
		}
	}
}

/** What one collection file's steps found, added to the folder's: its placeholders are errors. */
function contentFile(folder: FolderInCheck, collection: CollectionName, slug: string, file: string, result: ValidatedFile): void {
	const placeholders = [
		...(result.raw && result.positionOf ? placeholder.check(result.raw, file, result.positionOf, 'content') : []),
		...(result.body ? placeholder.checkBody(result.body, file) : []),
	];
	// A field still holding its placeholder is reported as unfilled, not as the wrong type.
	const unfilled = new Set(placeholders.map((problem) => problem.field));
	folder.problems.push(...result.problems.filter((problem) => problem.field === undefined || !unfilled.has(problem.field)), ...placeholders);
	folder.bodyReferences.push(...result.references);
	for (const link of result.links) {
		const kind = linkKind(link.url);
		if (kind === 'external') folder.externalLinks.push({ file, ...link });
		else if (kind === 'internal') folder.internalLinks.push({ file, page: `${collection}/${slug}/`, ...link });
	}
	if (result.data && result.lineOf && result.positionOf) {
		folder.entries.push({ collection, slug, file, data: result.data, lineOf: result.lineOf, positionOf: result.positionOf });
	}
}

/** The file-by-file steps, in order. */
const FOLDER_STEPS: readonly FolderStep[] = [terms, site, collections];

/** Checks the whole content folder. `contentDir` is absolute; messages show paths relative to `projectRoot`. */
export async function checkContent(contentDir: string, projectRoot = path.dirname(contentDir), options: CheckOptions = {}): Promise<ContentCheck> {
	const folder: FolderInCheck = {
		contentDir,
		shown: (absolute) => path.relative(projectRoot, absolute).split(path.sep).join('/'),
		problems: [],
		terms: [],
		entries: [],
		found: [],
		internalLinks: [],
		externalLinks: [],
		bodyReferences: [],
	};
	for (const step of FOLDER_STEPS) await step(folder);
	const loaded = {
		...folder,
		site: folder.site,
		siteFile: folder.siteFile,
		today: options.today ?? buildDate(),
		routeFiles: options.routeFiles,
		publicDir: options.publicDir ?? PUBLIC_DIR,
	};
	for (const step of CROSS_FILE_STEPS) folder.problems.push(...(await step(loaded)));
	return { problems: folder.problems, entries: folder.entries, externalLinks: folder.externalLinks, ...(folder.site ? { site: folder.site } : {}) };
}
