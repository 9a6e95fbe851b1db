/** `missing-file`: content/site.yaml, which every page reads (the site's name, address, organisers), is not there. */
import type { Problem } from '../problem.ts';
import { defineRule, problemOf } from './rule.ts';

export const missingFile = defineRule({
	id: 'missing-file',
	severity: 'error',
	title: '缺少网站信息文件',
	anchor: 'missing-file缺少网站信息文件',
	source: 'folder',
	/** The problem of the missing `file`, shown as the path of content/site.yaml. */
	problem(file: string): Problem {
		return problemOf(missingFile, { file, message: '缺少网站信息文件 site.yaml（content/site.yaml is missing）' });
	},
});
