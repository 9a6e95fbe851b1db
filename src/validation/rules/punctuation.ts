/** `punctuation`: half-width , . ; : ? ! ( ) written against Chinese text (GB/T 15834). */
import { findingOf, type TextFinding } from '../text-finding.ts';
import { defineRule } from './rule.ts';

const HAN = /\p{Script=Han}/u;
const isHan = (char: string | undefined) => char !== undefined && HAN.test(char);

const FULL_WIDTH_OF: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

export const punctuation = defineRule({
	id: 'punctuation',
	severity: 'warning',
	title: '半角标点',
	anchor: 'punctuation半角标点',
	source: 'text',
	check(text: string): TextFinding[] {
		const found: TextFinding[] = [];
		for (const match of text.matchAll(/[,.;:?!()]/g)) {
			const mark = match[0];
			const before = text[match.index - 1];
			const after = text[match.index + 1];
			// A ? between two Han characters, or a run of them, is more likely lost characters: see mojibake.ts.
			if (mark === '?' && ((isHan(before) && isHan(after)) || before === '?' || after === '?')) continue;
			// A full stop needs Han before it and nothing, a space or Han after (not 3.5 or v1.2).
			const suspicious = mark === '.' ? isHan(before) && (after === undefined || /\s/.test(after) || isHan(after)) : isHan(before) || isHan(after);
			if (suspicious) {
				found.push(
					findingOf(punctuation, match.index, `中文里的半角标点“${mark}”应改为全角“${FULL_WIDTH_OF[mark]}”（use full-width punctuation in Chinese text）`),
				);
			}
		}
		return found;
	},
});
