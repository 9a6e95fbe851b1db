/**
 * Fixed expressions (规范表述): `content/terms.yaml`. Not a content collection: only
 * `npm run check` reads it, and reports a known wrong form anywhere in the content as an
 * error, because a serious wording error (严重表述错误) fails a government site outright.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

const termSchema = z
	.strictObject({
		/** The one correct form, exactly as it must be written, e.g. 对标竞进. */
		correct: text,
		/** Known wrong forms, each reported with the correct form, e.g. 对标竟进. */
		wrong: z.array(text).min(1),
		/** Why this form is the right one: the document or body that fixes it. */
		note: text.optional(),
	})
	.superRefine(
		(term, ctx) => {
			// Runs even when the entry has other problems (`when`), so `wrong` may be missing or not a list.
			if (!Array.isArray(term?.wrong)) return;
			term.wrong.forEach((wrong, index) => {
				if (wrong === term.correct) {
					ctx.addIssue({
						code: 'custom',
						path: ['wrong', index],
						message: `错误写法与正确写法相同：“${wrong}”（a wrong form may not equal the correct form）`,
					});
				}
			});
		},
		{ when: () => true },
	);

export const termsSchema = z.strictObject({
	/** The fixed expressions, grouped by nothing in particular: order does not matter. */
	terms: z.array(termSchema).min(1),
});

export type Term = z.output<typeof termSchema>;
export type Terms = z.output<typeof termsSchema>;
