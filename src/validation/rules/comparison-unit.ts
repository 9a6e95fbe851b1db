/**
 * `comparison-unit`: a benchmark's figure is in the unit of the Anju indicator it is set against,
 * or the comparison says how to convert it (`conversion.factor`); otherwise 万元 would be set
 * against 亿元. A factor that takes a figure beyond the numbers that can be computed is refused too.
 * Checked across files, by cross-file-steps.ts.
 */
import { factsAt, indicatorName, type ComparedIndicator } from '../comparisons.ts';
import type { Problem } from '../problem.ts';
import { defineRule, problemOf } from './rule.ts';

export const comparisonUnit = defineRule({
	id: 'comparison-unit',
	severity: 'error',
	title: '对标单位与指标不一致',
	anchor: 'comparison-unit对标单位与指标不一致',
	source: 'cross-file',
	check(compared: readonly ComparedIndicator[]): Problem[] {
		return compared.flatMap((item): Problem[] => {
			const { unit, conversion, series } = item.comparison;
			const expected = item.indicator.unit;
			if (unit === undefined) return [];
			if (conversion === undefined) {
				if (unit === expected) return [];
				const message = `单位“${unit}”与${indicatorName(item)}的单位“${expected}”不同：请填写换算系数 conversion.factor，使数值乘以它后以“${expected}”计（the unit differs from the indicator's "${expected}" and no conversion is given）`;
				return [problemOf(comparisonUnit, factsAt(item, ['unit'], message))];
			}
			const overflowing = series.find((point) => !Number.isFinite(point.value * conversion.factor));
			if (overflowing === undefined) return [];
			const message = `换算系数 ${conversion.factor} 乘以 ${overflowing.period} 的数值 ${overflowing.value} 超出了可以计算的范围，请核对换算系数（the converted value is not a finite number; check the factor）`;
			return [problemOf(comparisonUnit, factsAt(item, ['conversion', 'factor'], message))];
		});
	},
});
