/** `nul-byte`: a NUL character in otherwise readable text, invisible in editors. Checked in read-content-file.ts. */
import { defineRule } from './rule.ts';

export const nulByte = defineRule({
	id: 'nul-byte',
	severity: 'error',
	title: '文件中有空字符',
	anchor: '文件本身读不了',
	source: 'file',
});
