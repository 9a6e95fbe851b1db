/** The content model: one schema per folder of `content/` (each collection's own text is in collection-meta.ts). */
import type { z } from 'astro/zod';
import { benchmarkSchema } from './benchmark.ts';
import type { CollectionName } from './collection-name.ts';
import { indicatorSchema } from './indicator.ts';
import { initiativeSchema } from './initiative.ts';
import { pillarSchema } from './pillar.ts';
import { unitSchema } from './unit.ts';
import { updateSchema } from './update.ts';

/** Each collection: its folder under `content/`, the file kinds it takes, and its schema. */
export const COLLECTIONS = {
	pillars: { extensions: ['.md', '.mdx'], schema: pillarSchema },
	initiatives: { extensions: ['.md', '.mdx'], schema: initiativeSchema },
	indicators: { extensions: ['.yaml', '.yml'], schema: indicatorSchema },
	benchmarks: { extensions: ['.yaml', '.yml'], schema: benchmarkSchema },
	updates: { extensions: ['.md', '.mdx'], schema: updateSchema },
	units: { extensions: ['.yaml', '.yml'], schema: unitSchema },
} as const satisfies Record<CollectionName, { extensions: readonly string[]; schema: z.ZodObject }>;

export type { CollectionName } from './collection-name.ts';
