/** `raw-html`: an HTML element outside the allowlist, which the page would take out. Checked in src/markdown/explain-html.ts. */
import { defineRule } from './rule.ts';

export const rawHtml = defineRule({
	id: 'raw-html',
	severity: 'error',
	title: '不允许的代码',
	anchor: 'raw-html不允许的代码',
	source: 'body',
});
