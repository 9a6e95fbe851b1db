/** `reference`: a pillar, parent, indicator or initiative named by slug that has no file. Checked in check-references.ts. */
import { defineRule } from './rule.ts';

export const reference = defineRule({
	id: 'reference',
	severity: 'error',
	title: '引用的内容不存在',
	anchor: 'reference引用的内容不存在',
	source: 'cross-file',
});
