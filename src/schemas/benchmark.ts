/** A benchmark region Anju measures itself against: `content/benchmarks/<slug>.yaml`. */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const BENCHMARK_GROUPS = ['overall', 'specialty'] as const;
export const BENCHMARK_AREAS = ['产业', '城市', '乡村', '民生'] as const;

const highlightSchema = z
	.strictObject({
		/** What the figure is, e.g. 游仙高新区主营业务收入. */
		label: text,
		/** The figure as the source gives it. */
		value: z.number().optional(),
		/** Its unit as the source gives it (never converted), e.g. 亿元. */
		unit: text.optional(),
		/** The year the figure refers to. */
		year: z.int().min(1900).max(2100).optional(),
		/** Words for an achievement without a number, or a qualifier such as 近 or 超过. */
		text: text.optional(),
	})
	.refine((highlight) => highlight.value !== undefined || highlight.text !== undefined, {
		message: '亮点须有 value 或 text 之一（a highlight needs a value or a text）',
		path: ['value'],
	});

export const benchmarkSchema = z.strictObject({
	/** Region name, e.g. 绵阳市游仙区. */
	name: text,
	/** Province or municipality, e.g. 四川省. */
	province: text,
	/** 综合实力 (overall) or 优势特色 (specialty), per the plan's “2+3+N” framing. */
	group: z.enum(BENCHMARK_GROUPS),
	/** Which of the four areas it is a benchmark for. */
	areas: z.array(z.enum(BENCHMARK_AREAS)).min(1),
	/** Figures and achievements quoted from the source. */
	highlights: z.array(highlightSchema).min(1),
	/** What Anju takes from it. */
	lesson: text,
	/** Where the figures are quoted from. */
	source: z.strictObject({
		title: text,
		author: text.optional(),
	}),
});

export type Benchmark = z.output<typeof benchmarkSchema>;
