/** `front-matter`: a Markdown file that does not begin with its fields between two `---` lines. Checked in read-content-file.ts. */
import { defineRule } from './rule.ts';

export const frontMatter = defineRule({
	id: 'front-matter',
	severity: 'error',
	title: '缺少字段区',
	anchor: 'front-matter缺少字段区',
	source: 'file',
});
