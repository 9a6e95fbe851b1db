/** `type`: text where a list or a set of fields belongs, or the like; also a whole file that is not a set of fields (read-content-file.ts). Checked by the schemas; worded in describe-issue.ts. */
import { defineRule } from './rule.ts';

export const wrongType = defineRule({
	id: 'type',
	severity: 'error',
	title: '值的类型不对',
	anchor: 'type值的类型不对',
	source: 'schema',
});
