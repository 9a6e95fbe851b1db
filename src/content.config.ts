/**
 * Astro's content collections over the top-level `content/` folder. The schemas and the file
 * reader are the ones `npm run check` uses (src/schemas/, src/loaders/content-folder.ts), so a
 * file that passes the check loads here, the same way. References are plain slugs: the check
 * verifies them, with messages Astro does not give.
 */
import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { contentFolder } from './loaders/content-folder.ts';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { siteSchema } from './schemas/site.ts';

/** The content folder; CONTENT_DIR points elsewhere (the benchmark's synthetic content), as for `npm run check`. */
const contentRoot = process.env['CONTENT_DIR'] ?? './content';

function collectionFromFolder<Schema extends z.ZodType>(name: CollectionName, schema: Schema) {
	return defineCollection({
		// The file name without its extension is the entry's id and URL segment.
		loader: contentFolder({ folder: `${contentRoot}/${name}`, extensions: COLLECTIONS[name].extensions }),
		schema,
	});
}

/** site.yaml is one entry with id `site`. */
const site = defineCollection({
	loader: {
		name: 'site-yaml',
		load: async ({ store, parseData }) => {
			const text = await readFile(process.env['CONTENT_DIR'] ? `${contentRoot}/site.yaml` : new URL('../content/site.yaml', import.meta.url), 'utf8');
			const data = await parseData({ id: 'site', data: parse(text.replace(/^\uFEFF/, '')) });
			store.set({ id: 'site', data });
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
};
