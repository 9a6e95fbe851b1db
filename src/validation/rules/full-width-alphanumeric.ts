/** `full-width-alphanumeric`: １２３ and ＡＢＣ, full-width forms of ASCII digits and letters (GB/T 15835). */
import { findingOf, type TextFinding } from '../text-finding.ts';
import { defineRule } from './rule.ts';

export const fullWidthAlphanumeric = defineRule({
	id: 'full-width-alphanumeric',
	severity: 'warning',
	title: '全角数字或字母',
	anchor: 'full-width-alphanumeric全角数字或字母',
	source: 'text',
	check(text: string): TextFinding[] {
		return [...text.matchAll(/[０-９Ａ-Ｚａ-ｚ]+/g)].map((match) =>
			findingOf(
				fullWidthAlphanumeric,
				match.index,
				`全角数字或字母“${match[0]}”应改为半角“${match[0].replace(/./g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))}”（use half-width digits and letters）`,
			),
		);
	},
});
