/** A benchmark region Anju measures itself against: `content/benchmarks/<slug>.yaml`. */
import { z } from 'astro/zod';
import { text } from './common.ts';
import { comparisonSchema } from './comparison.ts';
import { field } from './field-meta.ts';
import { refusal } from './own-issue.ts';

export const BENCHMARK_GROUPS = ['overall', 'specialty'] as const;
export const BENCHMARK_AREAS = ['产业', '城市', '乡村', '民生'] as const;

const highlightSchema = z
	.strictObject({
		/** What the figure is, e.g. 游仙高新区主营业务收入. */
		label: field(text, { label: '项目', hint: '如“游仙高新区主营业务收入”。' }),
		/** The figure as the source gives it. */
		value: field(z.number().optional(), { label: '数值', hint: '按原文填写，可不填。' }),
		/** Its unit as the source gives it (never converted), e.g. 亿元. */
		unit: field(text.optional(), { label: '单位', hint: '按原文填写，如 亿元。' }),
		/** The year the figure refers to. */
		year: field(z.int().min(1900).max(2100).optional(), { label: '年份', hint: '数据所属年份，可不填。' }),
		/** Words for an achievement without a number, or a qualifier such as 近 or 超过. */
		text: field(text.optional(), { label: '文字说明', long: true, hint: '没有数字的成绩，或“近”“超过”等限定语。' }),
	})
	.refine((highlight) => highlight.value !== undefined || highlight.text !== undefined, {
		...refusal('format', '亮点须有 value 或 text 之一（a highlight needs a value or a text）'),
		path: ['value'],
	});

export const benchmarkSchema = z.strictObject({
	/** Region name, e.g. 绵阳市游仙区. */
	name: field(text, { label: '地区名称', hint: '如“绵阳市游仙区”。' }),
	/** Province or municipality, e.g. 四川省. */
	province: field(text, { label: '所属省（市）', hint: '如“四川省”。' }),
	/** 综合实力 (overall) or 优势特色 (specialty), per the plan's “2+3+N” framing. */
	group: field(z.enum(BENCHMARK_GROUPS), {
		label: '对标类别',
		choices: { overall: '比拼综合实力', specialty: '较量优势特色' },
		hint: '对应“2+3+N”中的“2”（综合实力）或“3”（优势特色）。',
	}),
	/** Which of the four areas it is a benchmark for. */
	areas: field(z.array(z.enum(BENCHMARK_AREAS)).min(1), {
		label: '对标领域',
		choices: Object.fromEntries(BENCHMARK_AREAS.map((area) => [area, area])),
		hint: '可选多个。',
	}),
	/** Figures and achievements quoted from the source. */
	highlights: field(z.array(highlightSchema).min(1), {
		label: '亮点数据',
		singular: '亮点',
		summary: '{{fields.label}}',
		hint: '每条须有“数值”或“文字说明”之一。',
	}),
	/** Its figures as data, each set against the Anju indicator it is compared with (对标差距). */
	comparisons: field(z.array(comparisonSchema).optional(), {
		label: '对标比较',
		singular: '对标比较',
		summary: '{{fields.figure}}',
		hint: '把对标地区的数字与安居区的指标逐项比较；只填公开发布的真实数字，找不到的不填。',
	}),
	/** What Anju takes from it. */
	lesson: field(text, { label: '对标启示', long: true, hint: '安居从中学习借鉴什么。' }),
	/** Where the figures are quoted from. */
	source: field(
		z.strictObject({
			/** The publication's title, in 《》. */
			title: field(text, { label: '文献名称', hint: '带书名号。' }),
			/** Its author, where known. */
			author: field(text.optional(), { label: '作者', hint: '可不填。' }),
		}),
		{ label: '出处', hint: '数据引自哪篇文献。' },
	),
});

export type Benchmark = z.output<typeof benchmarkSchema>;
