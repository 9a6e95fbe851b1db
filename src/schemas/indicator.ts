/** An indicator (指标) and its data: `content/indicators/<slug>.yaml`. */
import { z } from 'astro/zod';
import { DIRECTION_LABELS, FREQUENCY_LABELS, MEASURE_LABELS, OBSERVATION_STATUS_LABELS } from '../utils/indicator-labels.ts';
import { matchesFrequency, parsePeriod, PERIOD_EXAMPLES, type Frequency } from '../utils/period.ts';
import { isoDate, MONTH_HINT, text, url, writtenAsText, yearMonth } from './common.ts';
import { field, withMeta } from './field-meta.ts';
import { addOwnIssue, refusal } from './own-issue.ts';
import { sampleField } from './sample.ts';
import { weightField } from './weight.ts';

export const MEASURES = ['cumulative', 'period', 'stock', 'rate'] as const;
export const FREQUENCIES = ['annual', 'quarterly', 'monthly'] as const satisfies readonly Frequency[];
export const DIRECTIONS = ['increase', 'decrease'] as const;
export const OBSERVATION_STATUSES = ['preliminary', 'final', 'revised'] as const;

/**
 * A finite number. YAML gives `.nan`, `.inf`, `12万` or full-width `１２` as NaN, Infinity
 * or strings; each is refused with a message that says what was found.
 */
const value = z.number();

/**
 * A period as editors write it: `2024` (YAML reads it as a number), `2024-Q3` or `2024-07`. The
 * editor checks it with a pattern that matches exactly the three forms utils/period.ts parses.
 */
export const period = withMeta(
	writtenAsText(
		z
			.string()
			.trim()
			.refine((written) => parsePeriod(written) !== undefined, refusal('format', periodMessage)),
		periodMessage,
		(raw) => (typeof raw === 'number' ? String(raw) : raw),
	),
	{ pattern: ['^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$', '统计期应写作 2024、2024-Q3 或 2024-07'] },
);

export const PERIOD_HINT = '年度写 2024，季度写 2024-Q3，月度写 2024-07，须与“发布频率”一致。';
const NUMBER_HINT = '只填数字，不带单位或汉字。';

function periodMessage(input: unknown): string {
	return `应为统计期，如 2024、2024-Q3 或 2024-07，实为 ${JSON.stringify(input)}（expected a period）`;
}

/** A period and its value: the baseline or the target, whose fields are named for what they are. */
const periodValue = (periodLabel: string, valueLabel: string) =>
	z.strictObject({
		/** The period the value refers to. */
		period: field(period, { label: periodLabel, hint: PERIOD_HINT }),
		/** The value, in the indicator's unit. */
		value: field(value, { label: valueLabel, hint: NUMBER_HINT }),
	});

const observationSchema = z.strictObject({
	/** Period, written as the indicator's frequency requires. */
	period: field(period, { label: '统计期', hint: PERIOD_HINT }),
	/** The value, in the indicator's unit. */
	value: field(value, { label: '数值', hint: NUMBER_HINT }),
	/** 初步 (preliminary), 核实 (final) or 修订 (revised). */
	status: field(z.enum(OBSERVATION_STATUSES).optional(), { label: '数据状态', choices: OBSERVATION_STATUS_LABELS, hint: '可不填。' }),
	/** A note for this value, e.g. why it was revised. */
	note: field(text.optional(), { label: '备注', hint: '如修订原因，可不填。' }),
});

export const indicatorSchema = z
	.strictObject({
		/** Name, e.g. 琼江生态走廊绿道建成里程. */
		title: field(text, { label: '指标名称', hint: '如“琼江生态走廊绿道建成里程”。', written: '指标名称，如“琼江生态走廊绿道建成里程”' }),
		/** 口径: exactly what is counted. */
		definition: field(text, { label: '统计口径', long: true, hint: '准确说明统计什么、怎么统计。', written: '统计口径：统计的究竟是什么' }),
		/** Display unit, e.g. 公里, 亿元, %. */
		unit: field(text, {
			label: '计量单位',
			hint: '如 公里、亿元、%。数值中不要再写单位。',
			written: '显示单位，如“公里”“亿元”“%”；数值保持来源的单位，不要换算',
		}),
		/** Decimal places to show. */
		decimals: field(z.int().min(0).max(6).optional(), { label: '显示小数位数', hint: '0 到 6，可不填。', written: '显示几位小数（0～6）' }),
		/** 累计 cumulative | 当期 period | 时点 stock | 比率 rate. */
		measure: field(z.enum(MEASURES), {
			label: '统计方式',
			choices: MEASURE_LABELS,
			hint: '累计值、当期值、时点值或比率，按统计部门口径选择。',
			written: '统计方式：`cumulative` 累计、`period` 当期、`stock` 时点、`rate` 比率',
		}),
		/** How often a value is published. */
		frequency: field(z.enum(FREQUENCIES), {
			label: '发布频率',
			choices: FREQUENCY_LABELS,
			hint: '多久公布一次数值；决定统计期的写法。',
			written: '发布频率：`annual` 每年、`quarterly` 每季度、`monthly` 每月',
		}),
		/** Which way is better. */
		direction: field(z.enum(DIRECTIONS), {
			label: '变化方向',
			choices: DIRECTION_LABELS,
			hint: '数值越高越好，还是越低越好。',
			written: '哪个方向更好：`increase` 越大越好、`decrease` 越小越好',
		}),
		/** Preferred chart type. */
		chart: field(z.enum(['line', 'bar']).optional(), {
			label: '图表类型',
			choices: { line: '折线图', bar: '柱状图' },
			hint: '可不填，默认折线图。',
			written: '图表类型：`line` 折线图、`bar` 柱状图',
		}),
		/** The starting point progress is measured from. */
		baseline: field(periodValue('统计期', '数值').optional(), {
			label: '基期',
			hint: '衡量进展的起点，可不填。',
			written: '基期：`period` 统计期和 `value` 数值，进度从这里算起',
		}),
		/** The target; absent means no target has been set (shown as 无目标). */
		target: field(periodValue('目标期', '目标值').optional(), {
			label: '目标',
			hint: '没有设定目标时留空，网站显示“无目标”。',
			written: '目标：`period` 和 `value`；不填表示没有设定目标（显示“无目标”）；目标期须晚于基期',
		}),
		/** Who publishes the figures. */
		source: field(
			z.strictObject({
				/** The body that publishes the figures, e.g. 区统计局. */
				publisher: field(text, { label: '发布单位', hint: '如“区统计局”。' }),
				/** The publication, e.g. a statistical yearbook. */
				title: field(text.optional(), { label: '资料名称', hint: '可不填。' }),
				/** Where it is published. */
				url: field(url.optional(), { label: '网址', hint: '以 http:// 或 https:// 开头，可不填。' }),
			}),
			{ label: '数据来源', hint: '数据由谁发布、出自哪里。', written: '数据来源：`publisher` 发布单位，可选 `title` 资料名称、`url` 网址' },
		),
		/** Its weight in the roll-up of every initiative that lists it. */
		weight: weightField('所属举措'),
		/** True while figures are illustrative (shown as 示例数据). */
		sample: field(z.boolean(), sampleField('数值')),
		/** When the data was last updated. */
		updated: field(isoDate, { label: '数据更新日期', hint: '每次增加或修改数值时改为当天。' }),
		/** Month of the next expected update, YYYY-MM. */
		next_update: field(yearMonth.optional(), { label: '下次更新时间', hint: MONTH_HINT, written: '预计下次更新年月，`"YYYY-MM"`' }),
		/** What readers should know about the data. */
		notes: field(text.optional(), { label: '说明', long: true, hint: '读者需要了解的数据情况，可不填。', written: '给读者的说明' }),
		/** The values, oldest first. */
		series: field(z.array(observationSchema), {
			label: '各期数值',
			singular: '一期数值',
			summary: '{{fields.period}}：{{fields.value}}',
			hint: '按时间先后排列，最早的在前。',
			written: '各期数值，按时间先后排列，统计期不能重复：`period`、`value`，可选 `status`（`preliminary` 初步、`final` 核实、`revised` 修订）和 `note` 说明',
		}),
	})
	.superRefine(
		(indicator, ctx) => {
			const frequency = indicator.frequency;
			if (!(FREQUENCIES as readonly string[]).includes(frequency) || !Array.isArray(indicator.series)) return;
			let previous: string | undefined;
			const seen = new Set<string>();
			indicator.series.forEach((observation, index) => {
				if (typeof observation?.period !== 'string') return;
				const current = observation.period;
				// A malformed period already has its own message from the field schema.
				if (parsePeriod(current) === undefined) return;
				if (!matchesFrequency(current, frequency)) {
					addOwnIssue(ctx, {
						path: ['series', index, 'period'],
						rule: 'format',
						message: `频率为 ${frequency} 时统计期应写作 ${PERIOD_EXAMPLES[frequency]} 的形式，实为 "${current}"（expected ${frequency === 'annual' ? 'an' : 'a'} ${frequency} period such as ${PERIOD_EXAMPLES[frequency]}）`,
					});
					return;
				}
				if (seen.has(current)) {
					addOwnIssue(ctx, {
						path: ['series', index, 'period'],
						rule: 'format',
						message: `统计期 ${current} 重复（duplicate period）`,
					});
				} else if (previous !== undefined && current < previous) {
					addOwnIssue(ctx, {
						path: ['series', index, 'period'],
						rule: 'format',
						message: `统计期应按时间先后排列：${current} 排在 ${previous} 之后（expected periods in ascending order）`,
					});
				}
				seen.add(current);
				previous = current;
			});
			const baseline = typeof indicator.baseline?.period === 'string' ? parsePeriod(indicator.baseline.period) : undefined;
			const target = typeof indicator.target?.period === 'string' ? parsePeriod(indicator.target.period) : undefined;
			if (baseline && target && target.lastMonth <= baseline.lastMonth) {
				addOwnIssue(ctx, {
					path: ['target', 'period'],
					rule: 'format',
					message: `目标期 ${target.text} 应晚于基期 ${baseline.text}（expected the target period after the baseline period）`,
				});
			}
		},
		{ when: () => true },
	);

export type Indicator = z.output<typeof indicatorSchema>;
