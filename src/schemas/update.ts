/** A dated progress update: `content/updates/<slug>.md|mdx`. Its body is the news. */
import { z } from 'astro/zod';
import { isoDate, reference, text } from './common.ts';
import { field } from './field-meta.ts';
import { sampleField } from './sample.ts';

export const updateSchema = z.strictObject({
	/** Headline. */
	title: field(text, { label: '标题', hint: '简明说明发生了什么。' }),
	/** Publication date. */
	date: field(isoDate, { label: '发布日期', hint: '网站上显示的发布日期；首页按它判断是否及时更新。' }),
	/** Slugs of the initiatives it reports on. */
	initiatives: field(z.array(reference('initiatives')).optional(), {
		label: '相关举措',
		singular: '举措',
		hint: '这条动态报道的举措，可选多个。',
		written: '涉及的举措文件名，一行一个，须是 `content/initiatives/` 下已有的文件',
	}),
	/** One or two sentences for lists and feeds. */
	summary: field(text, { label: '摘要', long: true, hint: '一两句话，显示在列表和订阅中。' }),
	/** True while the update is illustrative (shown as 示例数据). */
	sample: field(z.boolean().default(false), {
		...sampleField('内容'),
		written: '示例数据：正式数据填 `false`，示例数据填 `true`（网站会标注“示例数据”）；不写视为 `false`',
	}),
});

export type Update = z.output<typeof updateSchema>;
