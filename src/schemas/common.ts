/**
 * Field types shared by every content schema. Each one accepts what editors type in
 * YAML and turns it into one canonical form, so pages never see two spellings of a date.
 */
import { z } from 'astro/zod';
import { dateToIso, isIsoDate, isYearMonth } from '../utils/calendar.ts';

/** Non-empty text; surrounding spaces (common when pasting from Word) are trimmed. */
export const text = z.string().trim().min(1);

/** Lowercase ASCII letters, digits and hyphens: the form of every file name and reference. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its slug (its file name without the extension). */
export const slug = z.string().regex(SLUG_PATTERN, {
	message: '应为小写英文字母、数字和连字符组成的标识（expected a slug such as qiongjiang-eco-corridor）',
});

/**
 * A calendar date written YYYY-MM-DD, kept as that string. An unquoted YAML date that
 * a parser has already turned into a Date is written back the same way.
 */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date ? dateToIso(value) : value),
	z
		.string({ error: (issue) => (issue.input === undefined ? undefined : dateMessage(issue.input)) })
		.trim()
		.refine(isIsoDate, { error: (issue) => dateMessage(issue.input) }),
);

function dateMessage(input: unknown): string {
	return `应为真实存在的日期，格式 YYYY-MM-DD，如 2025-03-31，实为 ${JSON.stringify(input)}（expected a real date in ISO form）`;
}

/** A month written YYYY-MM, e.g. a start or due month. */
export const yearMonth = z.string().refine(isYearMonth, {
	message: '应为年月，格式 YYYY-MM，如 2025-03（expected a month as YYYY-MM）',
});

/** A web address (http or https). */
export const url = z.url({
	protocol: /^https?$/,
	message: '应为以 http:// 或 https:// 开头的网址（expected an http(s) URL）',
});
