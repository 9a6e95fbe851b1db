/** `range`: a number, text or list too small or too large for its field. Checked by the schemas; worded in describe-issue.ts. */
import { defineRule } from './rule.ts';

export const range = defineRule({
	id: 'range',
	severity: 'error',
	title: '超出范围',
	anchor: 'range超出范围',
	source: 'schema',
});
