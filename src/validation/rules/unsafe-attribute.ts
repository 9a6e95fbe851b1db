/** `unsafe-attribute`: an event handler, style or other attribute outside the allowlist. Checked in src/markdown/explain-html.ts and body-tree.ts. */
import { defineRule } from './rule.ts';

export const unsafeAttribute = defineRule({
	id: 'unsafe-attribute',
	severity: 'error',
	title: '不允许的属性',
	anchor: 'unsafe-attribute不允许的属性',
	source: 'body',
});
