/** `enum`: a value that is not one of the options the schema allows. Checked by the schemas; worded in describe-issue.ts. */
import { defineRule } from './rule.ts';

export const enumValue = defineRule({
	id: 'enum',
	severity: 'error',
	title: '不是允许的选项',
	anchor: 'enum不是允许的选项',
	source: 'schema',
});
