/** `encoding`: a file saved as GBK, GB2312 or UTF-16 instead of UTF-8. Checked in read-content-file.ts. */
import { defineRule } from './rule.ts';

export const encoding = defineRule({
	id: 'encoding',
	severity: 'error',
	title: '文件不是 UTF-8 编码',
	anchor: '文件本身读不了',
	source: 'file',
});
