/** `mdx-syntax`: an MDX body that cannot be parsed. Checked in src/markdown/body-tree.ts. */
import { defineRule } from './rule.ts';

export const mdxSyntax = defineRule({
	id: 'mdx-syntax',
	severity: 'error',
	title: 'MDX 语法错误',
	anchor: 'mdx-syntaxmdx-语法错误',
	source: 'body',
});
