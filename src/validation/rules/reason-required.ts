/** `reason-required`: a status, or a revised due date, that must be explained in status_reason. Checked by the initiative schema. */
import { defineRule } from './rule.ts';

export const reasonRequired = defineRule({
	id: 'reason-required',
	severity: 'error',
	title: '缺少状态原因',
	anchor: 'reason-required缺少状态原因',
	source: 'schema',
});
