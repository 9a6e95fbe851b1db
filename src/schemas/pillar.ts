/** A pillar of the plan (one of the 四个始终): `content/pillars/<slug>.md|mdx`. */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const pillarSchema = z.strictObject({
	/** Short name, e.g. 安业安居. */
	title: text,
	/** The 始终 line, e.g. 始终专注发展定力. */
	motto: text,
	/** What the pillar aims for, e.g. 保持“安业安居”领跑态势. */
	goal: text,
	/** Position in menus and on the home page, from 1. */
	order: z.int().min(1),
	/** One or two sentences for lists and the meta description. */
	summary: text,
});

export type Pillar = z.output<typeof pillarSchema>;
