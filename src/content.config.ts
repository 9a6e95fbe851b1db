/**
 * Astro's content collections over the top-level `content/` folder. The schemas and the file
 * reader are the ones `npm run check` uses (src/schemas/, src/loaders/content-folder.ts), so a
 * file that passes the check loads here, the same way. References are plain slugs: the check
 * verifies them, with messages Astro does not give.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentDirectory, shownPath, SITE_FILE } from './config/content-folder.ts';
import { readEnvironment } from './config/environment.ts';
import { contentFolder } from './loaders/content-folder.ts';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { siteSchema } from './schemas/site.ts';
import { readContentFile } from './validation/read-content-file.ts';

/** The content folder; CONTENT_DIR points elsewhere (the benchmark's synthetic content), as for `npm run check`. */
const contentRoot = contentDirectory(fileURLToPath(new URL('..', import.meta.url)), readEnvironment());

function collectionFromFolder<Schema extends z.ZodType>(name: CollectionName, schema: Schema) {
	return defineCollection({
		// The file name without its extension is the entry's id and URL segment.
		loader: contentFolder({ folder: path.join(contentRoot, name), extensions: COLLECTIONS[name].extensions }),
		schema,
	});
}

/** site.yaml is one entry with id `site`, read like every other content file. */
const site = defineCollection({
	loader: {
		name: 'site-yaml',
		load: async ({ store, parseData }) => {
			const file = path.join(contentRoot, SITE_FILE);
			const shown = shownPath(file);
			const { source, problems } = readContentFile(shown, await readFile(file));
			if (!source) throw new Error(`${shown}：${problems.map((problem) => problem.message).join('；')}（运行 npm run check 查看详情）`);
			store.set({ id: 'site', data: await parseData({ id: 'site', data: source.data, filePath: shown }) });
		},
	},
	schema: siteSchema,
});

export const collections = {
	site,
	pillars: collectionFromFolder('pillars', COLLECTIONS.pillars.schema),
	initiatives: collectionFromFolder('initiatives', COLLECTIONS.initiatives.schema),
	indicators: collectionFromFolder('indicators', COLLECTIONS.indicators.schema),
	benchmarks: collectionFromFolder('benchmarks', COLLECTIONS.benchmarks.schema),
	updates: collectionFromFolder('updates', COLLECTIONS.updates.schema),
	units: collectionFromFolder('units', COLLECTIONS.units.schema),
};
