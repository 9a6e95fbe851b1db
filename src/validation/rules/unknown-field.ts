/** `unknown-field`: a field the schema does not have, with the field most likely meant. Checked by the schemas (strict objects); worded in describe-issue.ts. */
import { defineRule } from './rule.ts';

export const unknownField = defineRule({
	id: 'unknown-field',
	severity: 'error',
	title: '未知字段',
	anchor: 'unknown-field未知字段',
	source: 'schema',
});
