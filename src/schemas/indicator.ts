/** An indicator (指标) and its data: `content/indicators/<slug>.yaml`. */
import { z } from 'astro/zod';
import { isoDate, text, url, yearMonth } from './common.ts';
import { matchesFrequency, parsePeriod, PERIOD_EXAMPLES, type Frequency } from '../utils/period.ts';

export const MEASURES = ['cumulative', 'period', 'stock', 'rate'] as const;
export const FREQUENCIES = ['annual', 'quarterly', 'monthly'] as const satisfies readonly Frequency[];
export const DIRECTIONS = ['increase', 'decrease'] as const;
export const OBSERVATION_STATUSES = ['preliminary', 'final', 'revised'] as const;

/**
 * A finite number. YAML gives `.nan`, `.inf`, `12万` or full-width `１２` as NaN, Infinity
 * or strings; each is refused with a message that says what was found.
 */
const value = z.number();

/** A period as editors write it: `2024` (YAML reads it as a number), `2024-Q3` or `2024-07`. */
const period = z.preprocess(
	(raw) => (typeof raw === 'number' ? String(raw) : raw),
	z
		.string({ error: (issue) => (issue.input === undefined ? undefined : periodMessage(issue.input)) })
		.trim()
		.refine((written) => parsePeriod(written) !== undefined, { error: (issue) => periodMessage(issue.input) }),
);

function periodMessage(input: unknown): string {
	return `应为统计期，如 2024、2024-Q3 或 2024-07，实为 ${JSON.stringify(input)}（expected a period）`;
}

const periodValue = z.strictObject({
	/** The period the value refers to. */
	period,
	/** The value, in the indicator's unit. */
	value,
});

const observationSchema = z.strictObject({
	/** Period, written as the indicator's frequency requires. */
	period,
	/** The value, in the indicator's unit. */
	value,
	/** 初步 (preliminary), 核实 (final) or 修订 (revised). */
	status: z.enum(OBSERVATION_STATUSES).optional(),
	/** A note for this value, e.g. why it was revised. */
	note: text.optional(),
});

export const indicatorSchema = z
	.strictObject({
		/** Name, e.g. 琼江生态走廊绿道建成里程. */
		title: text,
		/** 口径: exactly what is counted. */
		definition: text,
		/** Display unit, e.g. 公里, 亿元, %. */
		unit: text,
		/** Decimal places to show. */
		decimals: z.int().min(0).max(6).optional(),
		/** 累计 cumulative | 当期 period | 时点 stock | 比率 rate. */
		measure: z.enum(MEASURES),
		/** How often a value is published. */
		frequency: z.enum(FREQUENCIES),
		/** Which way is better. */
		direction: z.enum(DIRECTIONS),
		/** Preferred chart type. */
		chart: z.enum(['line', 'bar']).optional(),
		/** The starting point progress is measured from. */
		baseline: periodValue.optional(),
		/** The target; absent means no target has been set (shown as 无目标). */
		target: periodValue.optional(),
		/** Who publishes the figures. */
		source: z.strictObject({
			publisher: text,
			title: text.optional(),
			url: url.optional(),
		}),
		/** True while figures are illustrative (shown as 示例数据). */
		sample: z.boolean(),
		/** When the data was last updated. */
		updated: isoDate,
		/** Month of the next expected update, YYYY-MM. */
		next_update: yearMonth.optional(),
		/** What readers should know about the data. */
		notes: text.optional(),
		/** The values, oldest first. */
		series: z.array(observationSchema),
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
					ctx.addIssue({
						code: 'custom',
						path: ['series', index, 'period'],
						message: `频率为 ${frequency} 时统计期应写作 ${PERIOD_EXAMPLES[frequency]} 的形式，实为 "${current}"（expected ${frequency === 'annual' ? 'an' : 'a'} ${frequency} period such as ${PERIOD_EXAMPLES[frequency]}）`,
					});
					return;
				}
				if (seen.has(current)) {
					ctx.addIssue({
						code: 'custom',
						path: ['series', index, 'period'],
						message: `统计期 ${current} 重复（duplicate period）`,
					});
				} else if (previous !== undefined && current < previous) {
					ctx.addIssue({
						code: 'custom',
						path: ['series', index, 'period'],
						message: `统计期应按时间先后排列：${current} 排在 ${previous} 之后（expected periods in ascending order）`,
					});
				}
				seen.add(current);
				previous = current;
			});
			const baseline = typeof indicator.baseline?.period === 'string' ? parsePeriod(indicator.baseline.period) : undefined;
			const target = typeof indicator.target?.period === 'string' ? parsePeriod(indicator.target.period) : undefined;
			if (baseline && target && target.lastMonth <= baseline.lastMonth) {
				ctx.addIssue({
					code: 'custom',
					path: ['target', 'period'],
					message: `目标期 ${target.text} 应晚于基期 ${baseline.text}（expected the target period after the baseline period）`,
				});
			}
		},
		{ when: () => true },
	);

export type Indicator = z.output<typeof indicatorSchema>;
