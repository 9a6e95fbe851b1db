/** `unsafe-url`: a link whose scheme is not http, https, mailto or tel (javascript:, data:). Checked in src/markdown/explain-html.ts. */
import { defineRule } from './rule.ts';

export const unsafeUrl = defineRule({
	id: 'unsafe-url',
	severity: 'error',
	title: '不安全的链接',
	anchor: 'unsafe-url不安全的链接',
	source: 'body',
});
