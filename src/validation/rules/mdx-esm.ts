/** `mdx-esm`: import and export in an MDX body, which would run code. Checked in src/markdown/body-tree.ts. */
import { defineRule } from './rule.ts';

export const mdxEsm = defineRule({
	id: 'mdx-esm',
	severity: 'error',
	title: 'import 或 export',
	anchor: 'mdx-esmimport-或-export',
	source: 'body',
});
