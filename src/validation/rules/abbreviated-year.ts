/** `abbreviated-year`: a year written with two digits, as in 21年底 or '21 (GB/T 15835). */
import { findingOf, type TextFinding } from '../text-finding.ts';
import { defineRule } from './rule.ts';

/**
 * 21年底, 21年3月, 于21年, '21. A two-digit number before 年 is usually a duration (连续13年,
 * 13年来), so only date contexts count.
 */
const ABBREVIATED_YEAR =
	/(?<![\d.０-９])(\d{2})年(?=\d{1,2}月|[底初末度]|上半年|下半年|全年|第|[一二三四]季度)|(?<=(?:于|在|至|到|从|自|截至|截止)\s?)(\d{2})年|(?<![\w'’])['’](\d{2})(?!\d)/g;

export const abbreviatedYear = defineRule({
	id: 'abbreviated-year',
	severity: 'warning',
	title: '年份缩写',
	anchor: 'abbreviated-year年份缩写',
	source: 'text',
	check(text: string): TextFinding[] {
		return [...text.matchAll(ABBREVIATED_YEAR)].map((match) => {
			const digits = match[1] ?? match[2] ?? match[3] ?? '';
			return findingOf(abbreviatedYear, match.index, `年份“${match[0]}”不能省略，应写全四位，如“20${digits}年”（write years in full, e.g. 20${digits}）`);
		});
	},
});
