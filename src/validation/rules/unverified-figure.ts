/** `unverified-figure`: a benchmark's figure seen only on a third-party site (trust `unverified`) in a comparison not marked as sample data. Checked by the comparison schema. */
import { defineRule } from './rule.ts';

export const unverifiedFigure = defineRule({
	id: 'unverified-figure',
	severity: 'error',
	title: '待核实的数字未标为示例数据',
	anchor: 'unverified-figure待核实的数字未标为示例数据',
	source: 'schema',
});
