/** `mdx-expression`: a `{…}` expression in an MDX body or attribute, which would run code. Checked in src/markdown/body-tree.ts. */
import { defineRule } from './rule.ts';

export const mdxExpression = defineRule({
	id: 'mdx-expression',
	severity: 'error',
	title: '花括号',
	anchor: 'mdx-expression花括号',
	source: 'body',
});
