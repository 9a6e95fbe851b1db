/** `external-image`: an image of another site, which would make readers’ browsers visit it. Checked in src/markdown/explain-html.ts. */
import { defineRule } from './rule.ts';

export const externalImage = defineRule({
	id: 'external-image',
	severity: 'error',
	title: '外部图片',
	anchor: 'external-image外部图片',
	source: 'body',
});
