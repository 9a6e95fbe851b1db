/** `body-complexity`: a body with more emphasis and link markers than MAX_INLINE_MARKERS, which the Markdown parser pairs in quadratic time. Checked in read-content-file.ts. */
import { defineRule } from './rule.ts';

export const bodyComplexity = defineRule({
	id: 'body-complexity',
	severity: 'error',
	title: '正文符号过多',
	anchor: '文件本身读不了',
	source: 'file',
});
