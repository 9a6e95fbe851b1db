/** `yaml-syntax`: YAML the parser cannot read: colons, indentation, quotes, duplicate keys. Checked in read-content-file.ts and yaml-source.ts. */
import { defineRule } from './rule.ts';

export const yamlSyntax = defineRule({
	id: 'yaml-syntax',
	severity: 'error',
	title: 'YAML 格式错误',
	anchor: 'yaml-syntaxyaml-格式错误',
	source: 'file',
});
