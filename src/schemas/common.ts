/**
 * Field types shared by every content schema. Each one accepts what editors type in
 * YAML and turns it into one canonical form, so pages never see two spellings of a date.
 * Each says what it is in the model's metadata (src/schemas/field-meta.ts), which the web
 * editor reads to pick its widget, and words its refusals as the schema's own issues
 * (src/schemas/own-issue.ts).
 */
import { z } from 'astro/zod';
import { dateToIso, isIsoDate, isYearMonth } from '../utils/calendar.ts';
import { withMeta } from './field-meta.ts';
import type { CollectionName } from './collection-name.ts';
import { addOwnIssue, refusal } from './own-issue.ts';

/** Non-empty text; surrounding spaces (common when pasting from Word) are trimmed. */
export const text = z.string().trim().min(1);

/**
 * Text of at most `max` characters (code points, as zod counts them), checked as the schema's
 * own rule `range` with `message`, and shown to the web editor as a pattern.
 */
export function textUpTo(max: number, message: string) {
	return withMeta(
		text.refine((value) => [...value].length <= max, refusal('range', message)),
		{ pattern: [`^[\\s\\S]{0,${max}}$`, `不超过 ${max} 个字`] },
	);
}

/** Lowercase ASCII letters, digits and hyphens: the form of every file name and reference. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry's slug (its file name without the extension), as MDX components name indicators. */
export const slug = z
	.string()
	.refine(
		(value) => SLUG_PATTERN.test(value),
		refusal('format', '应为小写英文字母、数字和连字符组成的标识（expected a slug such as qiongjiang-eco-corridor）'),
	);

/**
 * A reference to another entry of `collection` by its slug: the editor offers a relation, and the
 * check's references step resolves it. Any text is accepted here, not only a slug, so that an entry's
 * name written in place of its file name (区水利局 for `shuili-ju`) reaches that step, which names the file.
 */
export function reference(collection: CollectionName) {
	return withMeta(text, { references: collection });
}

/**
 * `schema`, for a value written as text that YAML may have read as something else: `normalize`
 * turns what a parser made of it (a Date, a number) back into the string, and anything else that
 * is not a string is refused with `message` as rule `type` (a missing value is left to `schema`: required).
 */
export function writtenAsText<Out extends z.ZodType>(schema: Out, message: (input: unknown) => string, normalize = (value: unknown) => value) {
	return z.preprocess((raw, ctx) => {
		const value = normalize(raw);
		if (value !== undefined && typeof value !== 'string') addOwnIssue(ctx, { rule: 'type', message: message(value) });
		return value;
	}, schema);
}

/**
 * A calendar date written YYYY-MM-DD, kept as that string. An unquoted YAML date that
 * a parser has already turned into a Date is written back the same way.
 */
export const isoDate = withMeta(
	writtenAsText(z.string().trim().refine(isIsoDate, refusal('format', dateMessage)), dateMessage, (value) =>
		value instanceof Date ? dateToIso(value) : value,
	),
	{ format: 'date' },
);

function dateMessage(input: unknown): string {
	return `应为真实存在的日期，格式 YYYY-MM-DD，如 2025-03-31，实为 ${JSON.stringify(input)}（expected a real date in ISO form）`;
}

/** The web editor's help for every month: its date picker has no month-only mode. */
export const MONTH_HINT = '在日历中选择该月任意一天即可，只保存年和月。';

/** A month written YYYY-MM, e.g. a start or due month. */
export const yearMonth = withMeta(z.string().refine(isYearMonth, refusal('format', '应为年月，格式 YYYY-MM，如 2025-03（expected a month as YYYY-MM）')), {
	format: 'month',
});

const URL_MESSAGE = '应为以 http:// 或 https:// 开头的网址（expected an http(s) URL）';
/** zod's own reading of an address, used as the predicate so the rule stays exactly zod's. */
const HTTP_URL = z.url({ protocol: /^https?$/ });

/** A web address (http or https). */
export const url = withMeta(
	writtenAsText(
		z.string().refine((value) => HTTP_URL.safeParse(value).success, refusal('format', URL_MESSAGE)),
		() => URL_MESSAGE,
	),
	{ pattern: ['^https?://', '应为以 http:// 或 https:// 开头的网址'] },
);
