/** `yaml-alias`: YAML aliases that contain themselves, are too many, or expand too far (“billion laughs”). Checked in yaml-source.ts. */
import { defineRule } from './rule.ts';

export const yamlAlias = defineRule({
	id: 'yaml-alias',
	severity: 'error',
	title: 'YAML 别名过多或层层引用',
	anchor: '文件本身读不了',
	source: 'file',
});
