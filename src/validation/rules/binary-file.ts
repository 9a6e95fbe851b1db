/** `binary-file`: an image, PDF, Word or Excel file, or other binary data, saved under a content name. Checked in read-content-file.ts. */
import { defineRule } from './rule.ts';

export const binaryFile = defineRule({
	id: 'binary-file',
	severity: 'error',
	title: '不是文本文件',
	anchor: '文件本身读不了',
	source: 'file',
});
