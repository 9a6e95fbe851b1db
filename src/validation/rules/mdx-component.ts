/** `mdx-component`: a component the site does not have, or one not on a line of its own. Checked in src/markdown/body-tree.ts. */
import { defineRule } from './rule.ts';

export const mdxComponent = defineRule({
	id: 'mdx-component',
	severity: 'error',
	title: '不认识的组件',
	anchor: 'mdx-component不认识的组件',
	source: 'body',
});
