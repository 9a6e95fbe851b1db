/** `required`: a field the schema requires is missing. Checked by the schemas; worded in describe-issue.ts. */
import { defineRule } from './rule.ts';

export const required = defineRule({
	id: 'required',
	severity: 'error',
	title: '缺少必填字段',
	anchor: 'required缺少必填字段',
	source: 'schema',
});
