/**
 * The `weight` field: how much an entry counts when progress is rolled up (src/utils/rollup.ts).
 * The same in the two collections that have one; only what it is weighed within differs. Weights
 * are published on the about page, so a roll-up can always be checked by hand.
 */
import { z } from 'astro/zod';
import { field } from './field-meta.ts';

/** Equal weights unless the content says otherwise. */
export const DEFAULT_WEIGHT = 1;

/** @param within what the entry's progress is rolled up into, e.g. 所属举措 */
export function weightField(within: string) {
	return field(z.number().positive().max(100).optional(), {
		label: '汇总权重',
		hint: `计算${within}汇总进度时的权重，大于 0，不超过 100；不填为 ${DEFAULT_WEIGHT}（各项同等权重）。`,
		written: `汇总权重：计算${within}汇总进度时所占的分量，不填为 ${DEFAULT_WEIGHT}`,
	});
}
