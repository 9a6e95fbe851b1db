/** `value-type`: a number written with a unit or Chinese characters, or not a number at all. Checked by the schemas; worded in describe-issue.ts. */
import { defineRule } from './rule.ts';

export const valueType = defineRule({
	id: 'value-type',
	severity: 'error',
	title: '应为数字',
	anchor: 'value-type应为数字',
	source: 'schema',
});
