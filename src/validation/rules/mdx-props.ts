/** `mdx-props`: a component attribute that is missing, misspelt or of the wrong value. Checked in src/markdown/body-tree.ts against src/markdown/body-components.ts. */
import { defineRule } from './rule.ts';

export const mdxProps = defineRule({
	id: 'mdx-props',
	severity: 'error',
	title: '组件的属性有误',
	anchor: 'mdx-props组件的属性有误',
	source: 'body',
});
