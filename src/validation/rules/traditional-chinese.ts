/**
 * `traditional-chinese`: Traditional characters in Simplified text (繁简混用). OpenCC's
 * Traditional → Simplified (mainland) conversion leaves characters that are also Simplified
 * (著, 乾, 余) alone, so whatever it changes was Traditional.
 */
import * as OpenCC from 'opencc-js';
import { findingOf, type TextFinding } from '../text-finding.ts';
import { defineRule } from './rule.ts';

let toSimplified: ((text: string) => string) | undefined;

export const traditionalChinese = defineRule({
	id: 'traditional-chinese',
	severity: 'warning',
	title: '繁体字',
	anchor: 'traditional-chinese繁体字',
	source: 'text',
	check(text: string): TextFinding[] {
		if (!/[\u3000-\u{10ffff}]/u.test(text)) return [];
		toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
		const converted = toSimplified(text);
		// Phrase conversions can change the length; then compare character by character.
		const simplified = converted.length === text.length ? converted : [...text].map((char) => toSimplified?.(char) ?? char).join('');
		const found: TextFinding[] = [];
		let start = -1;
		for (let index = 0; index <= text.length; index++) {
			const differs = index < text.length && text[index] !== simplified[index];
			if (differs && start === -1) start = index;
			if (!differs && start !== -1) {
				const written = text.slice(start, index);
				found.push(
					findingOf(
						traditionalChinese,
						start,
						`繁体字“${written}”混在简体文字中，应为“${simplified.slice(start, index)}”（Traditional characters in Simplified text）`,
					),
				);
				start = -1;
			}
		}
		return found;
	},
});
