/**
 * A content-layer loader for one folder of content/: each file is read by the same function
 * the content check uses (readContentFile), so the build sees exactly what was checked.
 * Markdown and MDX bodies are kept as text, never compiled: pages render them through the
 * sanitiser (src/markdown/render-body.ts). This is why the project does not use @astrojs/mdx:
 * compiling an .mdx file to JavaScript is what let content run code on the build machine.
 */
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

export function contentFolder({ folder, extensions }: ContentFolderOptions): Loader {
	const root = path.resolve(folder);
	return {
		name: 'anju-content-folder',
		load: async (context: LoaderContext) => {
			const { store, watcher } = context;
			store.clear();
			const names = await readdir(root).catch(() => [] as string[]);
			for (const name of names.sort()) await loadFile(context, root, name, extensions);
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
): Promise<void> {
	const id = entryId(name, extensions);
	if (id === undefined) return;
	const filePath = path.join(root, name);
	const shown = path.relative(process.cwd(), filePath).split(path.sep).join('/');
	const bytes = await readFile(filePath);
	const { source, problems } = readContentFile(shown, bytes);
	if (!source) {
		const message = `${shown}：${problems.map((problem) => problem.message).join('；')}（运行 npm run check 查看详情）`;
		// While editing, one broken file must not stop the preview; a build must not publish without it.
		if (watcher) {
			logger.warn(message);
			return;
		}
		throw new Error(message);
	}
	const data = await parseData({ id, data: source.data, filePath: shown });
	const body = source.body?.text;
	store.set({ id, data, filePath: shown, digest: generateDigest(bytes.toString('base64')), ...(body === undefined ? {} : { body }) });
}
