/**
 * A comparison (对标比较): one figure of a benchmark region, as data, set against the Anju
 * indicator it is compared with. Part of a benchmark's file (`comparisons:` in
 * `content/benchmarks/<slug>.yaml`). The benchmark's figures are only ever real published
 * ones: a figure that was not found stays missing, and a copy seen on a third-party site is
 * sample data marked 待核实 (see shared notes on real figures).
 */
import { z } from 'astro/zod';
import { DIRECTION_LABELS } from '../utils/indicator-labels.ts';
import { reference, text, url } from './common.ts';
import { field } from './field-meta.ts';
import { DIRECTIONS, period, PERIOD_HINT } from './indicator.ts';
import { addOwnIssue, refusal } from './own-issue.ts';

/** How far a figure's source can be trusted, from the grades of the real-figures research. */
export const SOURCE_TRUST = ['official', 'news', 'quoted', 'unverified'] as const;
export type SourceTrust = (typeof SOURCE_TRUST)[number];

/** What each trust grade is called on the site and in the editor. */
export const SOURCE_TRUST_LABELS: Readonly<Record<SourceTrust, string>> = {
	official: '官方发布',
	news: '主流媒体报道',
	quoted: '转引（文章引用，未见原始统计）',
	unverified: '待核实（第三方转载）',
};

const figureSourceSchema = z.strictObject({
	/** The document's title, e.g. 《2022年嘉陵区国民经济和社会发展统计公报》. */
	title: field(text, { label: '资料名称', hint: '带书名号，如《……统计公报》。' }),
	/** Who published it originally, e.g. 嘉陵区统计局. */
	publisher: field(text, { label: '发布者', hint: '原始发布单位或作者，如“重庆市铜梁区人民政府”。' }),
	/** The page the figure was seen on. */
	url: field(url.optional(), { label: '网址', hint: '看到这个数字的网页，以 http:// 或 https:// 开头；没有网址可不填。' }),
	/** How far it can be trusted. */
	trust: field(z.enum(SOURCE_TRUST), {
		label: '可信程度',
		choices: SOURCE_TRUST_LABELS,
		hint: '政府网站为“官方发布”；第三方网站转载的只能作示例数据，选“待核实”。',
	}),
	/** What a reader should know about the source, e.g. where a copy was seen. */
	note: field(text.optional(), { label: '来源说明', hint: '如“见于第三方转载页面，原件未找到”，可不填。' }),
});

const figureValueSchema = z.strictObject({
	/** The year (or quarter, month) the figure describes, not the date of the article. */
	period: field(period, { label: '统计期', hint: PERIOD_HINT }),
	/** The figure exactly as the source gives it, in `unit`. */
	value: field(z.number(), { label: '数值', hint: '按原文填写，只填数字。' }),
	/** A qualifier the source puts on the figure, e.g. 近 or 超过. */
	qualifier: field(text.optional(), { label: '限定语', hint: '原文的“近”“超过”“余”等，可不填。' }),
	/** Where this period's figure comes from. */
	source: field(figureSourceSchema, { label: '出处', hint: '这一期数字的出处。' }),
});

export const comparisonSchema = z
	.strictObject({
		/** The figure as the source names it, e.g. 农民收入. */
		figure: field(text, { label: '对标指标', hint: '按原文的叫法，如“农民收入”。' }),
		/** 口径: what the figure counts, as far as the source says. */
		definition: field(text, { label: '统计口径', long: true, hint: '这个数字统计的是什么；原文没有说明的，如实写明。' }),
		/** The unit as the source gives it, e.g. 元. */
		unit: field(text.optional(), { label: '单位', hint: '按原文填写，如 元、亿元、%；只有文字成绩时不填。', requiredWhen: '视情况' }),
		/** The Anju indicator it is compared with. */
		indicator: field(reference('indicators'), {
			label: '安居对应指标',
			hint: '与之比较的安居区指标。',
			written: '安居区对应指标的文件名，如 `nongcun-jumin-renjun-kezhipei-shouru`',
		}),
		/** Why the two may not measure quite the same thing. */
		comparability: field(text.optional(), {
			label: '可比性说明',
			long: true,
			hint: '两边口径不同时写明，如“原文为农民收入，安居指标为农村居民人均可支配收入”。',
		}),
		/** Multiplier from the benchmark's unit to the Anju indicator's, when the units differ. */
		conversion: field(
			z
				.strictObject({
					/** Benchmark value × factor = value in the indicator's unit. */
					factor: field(z.number().positive(), { label: '换算系数', hint: '对标数值乘以它，得到安居指标单位的数值，如 亿元→万元 填 10000。' }),
				})
				.optional(),
			{ label: '单位换算', hint: '单位与安居指标不同时必填；相同时留空。' },
		),
		/** Which way is better; when given, it must agree with the indicator's. */
		direction: field(z.enum(DIRECTIONS).optional(), {
			label: '变化方向',
			choices: DIRECTION_LABELS,
			hint: '可不填，默认与安居指标一致；填写时必须一致。',
		}),
		/** An achievement without a number, compared in words only, e.g. 连续十三年获省平安县. */
		text: field(text.optional(), { label: '文字成绩', long: true, hint: '没有数字可比时，写原文的成绩表述。' }),
		/** The benchmark's figures, oldest first; empty for a comparison in words only. */
		series: field(z.array(figureValueSchema), {
			label: '各期数值',
			singular: '一期数值',
			summary: '{{fields.period}}：{{fields.value}}',
			hint: '按时间先后排列；每期写明出处。找不到的年份不填。',
		}),
		/** True when the benchmark's figures are only illustrative (a copy not yet verified). */
		sample: field(z.boolean(), {
			label: '示例数据',
			hint: '对标数字来自第三方转载、尚待核实时勾选；网站会标注“示例数据”。',
			written: '示例数据：对标数字已核实填 `false`，来自第三方转载、待核实填 `true`',
		}),
	})
	.refine((comparison) => comparison.series.length > 0 || comparison.text !== undefined, {
		...refusal('format', '对标比较须有“各期数值”或“文字成绩”之一（a comparison needs a series or a text）'),
		path: ['series'],
	})
	.superRefine((comparison, ctx) => {
		if (comparison.series.length > 0 && comparison.unit === undefined) {
			addOwnIssue(ctx, {
				path: ['unit'],
				near: ['series'],
				rule: 'required',
				message: '有“各期数值”时必须填写单位（a comparison with values needs its unit）',
			});
		}
		comparison.series.forEach((point, index) => {
			if (point?.source?.trust === 'unverified' && comparison.sample !== true) {
				addOwnIssue(ctx, {
					path: ['series', index, 'source', 'trust'],
					rule: 'unverified-figure',
					message: '待核实（第三方转载）的数字只能作示例数据，请把 sample 改为 true（an unverified figure must be sample data）',
				});
			}
		});
	});

export type Comparison = z.output<typeof comparisonSchema>;
export type FigureValue = z.output<typeof figureValueSchema>;
