/** `mojibake`: garbled text. U+FFFD and 锟斤拷 are certain (an error); a ? between Chinese characters is likely (a warning). */
import { findingOf, type TextFinding } from '../text-finding.ts';
import { defineRule } from './rule.ts';

export const mojibake = defineRule({
	id: 'mojibake',
	severity: { certain: 'error', likely: 'warning' },
	title: '乱码',
	anchor: 'mojibake乱码',
	source: 'text',
	check(text: string): TextFinding[] {
		const found: TextFinding[] = [];
		for (const match of text.matchAll(/\uFFFD+|(?:锟斤拷)+/g)) {
			found.push(findingOf(mojibake, match.index, `出现乱码“${match[0]}”，原文在复制或转换编码时已损坏，请从原始文件重新复制（garbled text）`, 'certain'));
		}
		for (const match of text.matchAll(/(?<=\p{Script=Han})\?+(?=\p{Script=Han})|(?<=\p{Script=Han})\?{2,}|\?{2,}(?=\p{Script=Han})/gu)) {
			found.push(
				findingOf(mojibake, match.index, `中文之间的“${match[0]}”可能是无法显示的字符（乱码）；如是问号，请改为全角“？”（possibly garbled text）`, 'likely'),
			);
		}
		return found;
	},
});
