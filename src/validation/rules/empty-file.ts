/** `empty-file`: a file, or the front matter of a Markdown file, with nothing in it. Checked in read-content-file.ts. */
import { defineRule } from './rule.ts';

export const emptyFile = defineRule({
	id: 'empty-file',
	severity: 'error',
	title: '文件为空',
	anchor: 'empty-file文件为空',
	source: 'file',
});
