/** `nesting-depth`: fields, lists, quotes or tags nested deeper than MAX_DEPTH, refused before the parsers recurse into them. Checked in read-content-file.ts, yaml-source.ts and src/markdown/body-tree.ts. */
import { defineRule } from './rule.ts';

export const nestingDepth = defineRule({
	id: 'nesting-depth',
	severity: 'error',
	title: '嵌套过深',
	anchor: '文件本身读不了',
	source: 'file',
});
