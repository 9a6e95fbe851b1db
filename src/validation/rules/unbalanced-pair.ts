/** `unbalanced-pair`: 《》 “” （） that open without closing, or close without opening. */
import { findingOf, type TextFinding } from '../text-finding.ts';
import { defineRule } from './rule.ts';

const PAIRS: Record<string, string> = { '《': '》', '“': '”', '（': '）' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

export const unbalancedPair = defineRule({
	id: 'unbalanced-pair',
	severity: 'warning',
	title: '符号不成对',
	anchor: 'unbalanced-pair符号不成对',
	source: 'text',
	check(text: string): TextFinding[] {
		const found: TextFinding[] = [];
		const open: { mark: string; index: number }[] = [];
		for (let index = 0; index < text.length; index++) {
			const char = text[index] as string;
			if (char in PAIRS) {
				open.push({ mark: char, index });
			} else if (CLOSERS.has(char)) {
				const opener = CLOSERS.get(char) as string;
				const at = open.findLastIndex((item) => item.mark === opener);
				if (at === -1) {
					found.push(findingOf(unbalancedPair, index, `右侧的 ${char} 前面缺少与之配对的 ${opener}（closing ${char} without an opening ${opener}）`));
				} else {
					open.splice(at);
				}
			}
		}
		for (const item of open) {
			found.push(
				findingOf(
					unbalancedPair,
					item.index,
					`左侧的 ${item.mark} 后面缺少与之配对的 ${PAIRS[item.mark]}（opening ${item.mark} without a closing ${PAIRS[item.mark]}）`,
				),
			);
		}
		return found.sort((a, b) => a.index - b.index);
	},
});
