/** `parent-cycle`: an initiative that is, through its parents, its own ancestor. Checked in check-references.ts. */
import { defineRule } from './rule.ts';

export const parentCycle = defineRule({
	id: 'parent-cycle',
	severity: 'error',
	title: '上级关系绕成圈',
	anchor: 'parent-cycle上级关系绕成圈',
	source: 'cross-file',
});
