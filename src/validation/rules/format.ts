/** `format`: a date, year-month or period written the wrong way, or a date that does not exist. Checked by the schemas. */
import { defineRule } from './rule.ts';

export const format = defineRule({
	id: 'format',
	severity: 'error',
	title: '格式不正确',
	anchor: 'format格式不正确',
	source: 'schema',
});
