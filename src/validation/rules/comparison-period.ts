/**
 * `comparison-period`: a benchmark's figures are written for the periods of the Anju indicator
 * they are set against (its `frequency`), so that the two series meet at the same periods: an
 * annual indicator is compared year by year, never with a quarter. Checked across files, by
 * cross-file-steps.ts.
 */
import { matchesFrequency, PERIOD_EXAMPLES } from '../../utils/period.ts';
import { factsAt, indicatorName, type ComparedIndicator } from '../comparisons.ts';
import type { Problem } from '../problem.ts';
import { defineRule, problemOf } from './rule.ts';

export const comparisonPeriod = defineRule({
	id: 'comparison-period',
	severity: 'error',
	title: '对标统计期与指标频率不符',
	anchor: 'comparison-period对标统计期与指标频率不符',
	source: 'cross-file',
	check(compared: readonly ComparedIndicator[]): Problem[] {
		return compared.flatMap((item) => {
			const frequency = item.indicator.frequency;
			return item.comparison.series.flatMap((point, index) => {
				if (matchesFrequency(point.period, frequency)) return [];
				const message = `${indicatorName(item)}的频率为 ${frequency}，统计期应写作 ${PERIOD_EXAMPLES[frequency]} 的形式，实为 "${point.period}"（the indicator is ${frequency}: expected a period such as ${PERIOD_EXAMPLES[frequency]}）`;
				return [problemOf(comparisonPeriod, factsAt(item, ['series', index, 'period'], message))];
			});
		});
	},
});
