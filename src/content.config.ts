/**
 * Astro's content collections over the top-level `content/` folder. The schemas are the
 * same ones `npm run check` uses (src/schemas/), so a file that passes the check loads here.
 * References are plain slugs: the check verifies them, with messages Astro does not give.
 */
import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { siteSchema } from './schemas/site.ts';

/** The content folder; CONTENT_DIR points elsewhere (the benchmark's synthetic content), as for `npm run check`. */
const contentRoot = process.env['CONTENT_DIR'] ?? './content';

/** The file name without its extension is the entry's id and URL segment. */
const fileStem = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

function collectionFromFolder<Schema extends z.ZodType>(name: CollectionName, schema: Schema) {
	return defineCollection({
		loader: glob({
			pattern: COLLECTIONS[name].extensions.map((extension) => `*${extension}`),
			base: `${contentRoot}/${name}`,
			generateId: fileStem,
		}),
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
