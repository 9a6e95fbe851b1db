/** A pillar of the plan (one of the 四个始终, a 方面): `content/pillars/<slug>.md|mdx`. */
import { z } from 'astro/zod';
import { text } from './common.ts';
import { field } from './field-meta.ts';

export const pillarSchema = z.strictObject({
	/** Short name, e.g. 安业安居. */
	title: field(text, { label: '名称', hint: '如“安业安居”。' }),
	/** The 始终 line, e.g. 始终专注发展定力. */
	motto: field(text, { label: '始终语', hint: '如“始终专注发展定力”。' }),
	/** What the pillar aims for, e.g. 保持“安业安居”领跑态势. */
	goal: field(text, { label: '目标', hint: '如“在对标竞进中保持‘安业安居’领跑态势”。' }),
	/** Position in menus and on the home page, from 1. */
	order: field(z.int().min(1), { label: '排列顺序', hint: '在菜单和首页中的位置，从 1 开始。' }),
	/** One or two sentences for lists and the meta description. */
	summary: field(text, { label: '摘要', long: true, hint: '一两句话，显示在列表中，也用作网页描述。' }),
});

export type Pillar = z.output<typeof pillarSchema>;
