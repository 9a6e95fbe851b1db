/**
 * `comparison-direction`: a comparison may say which way is better, but only as its Anju
 * indicator does: a gap is counted in the indicator's direction (utils/benchmark-gap.ts), and a
 * comparison that said the opposite would read 差距 as 领先. Checked across files, by cross-file-steps.ts.
 */
import { DIRECTION_LABELS } from '../../utils/indicator-labels.ts';
import { factsAt, indicatorName, type ComparedIndicator } from '../comparisons.ts';
import type { Problem } from '../problem.ts';
import { defineRule, problemOf } from './rule.ts';

export const comparisonDirection = defineRule({
	id: 'comparison-direction',
	severity: 'error',
	title: '对标变化方向与指标相反',
	anchor: 'comparison-direction对标变化方向与指标相反',
	source: 'cross-file',
	check(compared: readonly ComparedIndicator[]): Problem[] {
		return compared.flatMap((item) => {
			const given = item.comparison.direction;
			const expected = item.indicator.direction;
			if (given === undefined || given === expected) return [];
			const message = `变化方向为 ${given}（${DIRECTION_LABELS[given]}），与${indicatorName(item)}的 ${expected}（${DIRECTION_LABELS[expected]}）相反：请删去 direction（默认与指标一致），或核对指标（the direction contradicts the indicator's "${expected}"）`;
			return [problemOf(comparisonDirection, factsAt(item, ['direction'], message))];
		});
	},
});
