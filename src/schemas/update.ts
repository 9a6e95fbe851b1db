/** A dated progress update: `content/updates/<slug>.md|mdx`. Its body is the news. */
import { z } from 'astro/zod';
import { isoDate, slug, text } from './common.ts';

export const updateSchema = z.strictObject({
	/** Headline. */
	title: text,
	/** Publication date. */
	date: isoDate,
	/** Slugs of the initiatives it reports on. */
	initiatives: z.array(slug).optional(),
	/** One or two sentences for lists and feeds. */
	summary: text,
	/** True while the update is illustrative (shown as 示例数据). */
	sample: z.boolean().default(false),
});

export type Update = z.output<typeof updateSchema>;
