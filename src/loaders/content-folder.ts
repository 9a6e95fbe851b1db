/**
 * A content-layer loader for one folder of content/: each file is read by the same function
 * the content check uses (readContentFile), so the build sees exactly what was checked.
 * Markdown and MDX bodies are kept as text, never compiled: pages render them through the
 * sanitiser (src/markdown/render-body.ts). This is why the project does not use @astrojs/mdx:
 * compiling an .mdx file to JavaScript is what let content run code on the build machine.
 *
 * Astro keeps loaded entries between builds (its data store). A file whose bytes are unchanged,
 * read by unchanged code, is not read again: its digest covers the file and the loader's own
 * source (loaderFingerprint), so a rebuild after one edit parses one file, not thousands.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { readContentFile } from '../validation/read-content-file.ts';

export interface ContentFolderOptions {
	/** The folder, e.g. `./content/initiatives`. */
	folder: string;
	/** The extensions it takes, e.g. `['.md', '.mdx']`. */
	extensions: readonly string[];
}

/** The entry id of a file: its name without the extension; undefined for files the check would refuse or ignore. */
export function entryId(name: string, extensions: readonly string[]): string | undefined {
	const extension = path.extname(name);
	const stem = name.slice(0, -extension.length);
	return extensions.includes(extension) && SLUG_PATTERN.test(stem) ? stem : undefined;
}

/** The source files that decide what a content file loads as: the schemas, this loader and the file reader. */
const LOADER_SOURCES = [
	'src/schemas',
	'src/loaders',
	'src/validation/read-content-file.ts',
	'src/validation/yaml-source.ts',
	'src/validation/explain-yaml-error.ts',
];

/**
 * A hash of the loader's sources in `projectRoot`. Where they cannot be read, a fresh random
 * value: every file is then read again, which is always safe.
 */
export function loaderFingerprint(projectRoot: string): string {
	try {
		const hash = createHash('sha256');
		for (const source of LOADER_SOURCES) {
			const full = path.join(projectRoot, source);
			const files = source.endsWith('.ts') ? [full] : readdirSyncTs(full);
			for (const file of files) hash.update(path.relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
		}
		return hash.digest('hex');
	} catch {
		return randomUUID();
	}
}

let buildFingerprint: string | undefined;

function readdirSyncTs(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts'))
		.sort()
		.map((file) => path.join(dir, file));
}

export function contentFolder({ folder, extensions }: ContentFolderOptions): Loader {
	const root = path.resolve(folder);
	return {
		name: 'anju-content-folder',
		load: async (context: LoaderContext) => {
			const { store, watcher } = context;
			const names = (await readdir(root).catch(() => [] as string[])).sort();
			const present = new Set<string>();
			for (const name of names) {
				const id = await loadFile(context, root, name, extensions);
				if (id !== undefined) present.add(id);
			}
			for (const id of store.keys()) if (!present.has(id)) store.delete(id);
			if (!watcher) return;
			// `astro dev`: reload a file when it is saved, drop it when it is deleted.
			watcher.add(root);
			watcher.on('all', (event, changed) => {
				if (path.dirname(changed) !== root) return;
				const id = entryId(path.basename(changed), extensions);
				if (id === undefined) return;
				if (event === 'unlink') store.delete(id);
				else if (event === 'add' || event === 'change') void loadFile(context, root, path.basename(changed), extensions);
			});
		},
	};
}

async function loadFile(
	{ store, parseData, generateDigest, logger, watcher }: LoaderContext,
	root: string,
	name: string,
	extensions: readonly string[],
): Promise<string | undefined> {
	const id = entryId(name, extensions);
	if (id === undefined) return undefined;
	const filePath = path.join(root, name);
	const shown = path.relative(process.cwd(), filePath).split(path.sep).join('/');
	const bytes = await readFile(filePath);
	// The build runs in the project folder (scripts/build.ts), where the sources are.
	buildFingerprint ??= loaderFingerprint(process.cwd());
	const digest = generateDigest(`${buildFingerprint}\0${shown}\0${bytes.toString('base64')}`);
	if (store.get(id)?.digest === digest) return id;
	const { source, problems } = readContentFile(shown, bytes);
	if (!source) {
		const message = `${shown}：${problems.map((problem) => problem.message).join('；')}（运行 npm run check 查看详情）`;
		// While editing, one broken file must not stop the preview; a build must not publish without it.
		if (watcher) {
			store.delete(id);
			logger.warn(message);
			return undefined;
		}
		throw new Error(message);
	}
	const data = await parseData({ id, data: source.data, filePath: shown });
	const body = source.body?.text;
	store.set({ id, data, filePath: shown, digest, ...(body === undefined ? {} : { body }) });
	return id;
}
