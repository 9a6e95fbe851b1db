/**
 * Fixed expressions (规范表述): `content/terms.yaml`. Not a content collection: only
 * `npm run check` reads it, and reports a known wrong form anywhere in the content as an
 * error, because a serious wording error (严重表述错误) fails a government site outright.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';
import { field } from './field-meta.ts';
import { addOwnIssue } from './own-issue.ts';

const termSchema = z
	.strictObject({
		/** The one correct form, exactly as it must be written, e.g. 对标竞进. */
		correct: field(text, { label: '正确写法', hint: '唯一正确的写法，与文件规定一字不差。' }),
		/** Known wrong forms, each reported with the correct form, e.g. 对标竟进. */
		wrong: field(z.array(text).min(1), { label: '错误写法', singular: '错误写法', hint: '已知的错误写法，一行一个；内容中出现即报错误。' }),
		/** Why this form is the right one: the document or body that fixes it. */
		note: field(text.optional(), { label: '依据', hint: '规定这一写法的文件或单位，可不填。' }),
	})
	.superRefine(
		(term, ctx) => {
			// Runs even when the entry has other problems (`when`), so `wrong` may be missing or not a list.
			if (!Array.isArray(term?.wrong)) return;
			term.wrong.forEach((wrong, index) => {
				if (wrong === term.correct) {
					addOwnIssue(ctx, {
						path: ['wrong', index],
						rule: 'format',
						message: `错误写法与正确写法相同：“${wrong}”（a wrong form may not equal the correct form）`,
					});
				}
			});
		},
		{ when: () => true },
	);

export const termsSchema = z.strictObject({
	/** The fixed expressions, grouped by nothing in particular: order does not matter. */
	terms: field(z.array(termSchema).min(1), { label: '规范表述', singular: '规范表述', hint: '每条一个正确写法及其已知错误写法，顺序不限。' }),
});

export type Term = z.output<typeof termSchema>;
export type Terms = z.output<typeof termsSchema>;
