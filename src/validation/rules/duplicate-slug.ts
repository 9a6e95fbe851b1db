/** `duplicate-slug`: two files of a collection with the same name (x.md and x.mdx), so the same address. Checked in check-references.ts. */
import { defineRule } from './rule.ts';

export const duplicateSlug = defineRule({
	id: 'duplicate-slug',
	severity: 'error',
	title: '文件重名',
	anchor: 'duplicate-slug文件重名',
	source: 'cross-file',
});
