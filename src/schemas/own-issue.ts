/**
 * How a schema words a refusal itself. The rule the check relies on (src/validation/describe-issue.ts):
 * a message written in a schema is always a `custom` issue, raised by a refinement or by
 * `ctx.addIssue`, and carries its rule id in `params`; every other issue is zod's own and gets the
 * check's generic wording. So a schema never passes a message to zod's built-in checks
 * (`.max(n, message)`, `.regex(re, message)`, `z.string({ error })`): it refines instead.
 */
import type { z } from 'astro/zod';

/** What a schema's own issue says besides its message: its rule id, and where to point when the field is missing. */
export interface OwnIssueParams {
	/** The rule id shown after the message, e.g. format, range, reason-required. */
	rule: string;
	/** Where to point the editor when the issue's path is a missing field (so has no place in the file). */
	near?: PropertyKey[];
}

/** Options for `.refine()`: the message (fixed, or worded from the refused value) and its rule. */
export function refusal(rule: string, message: string | ((input: unknown) => string)) {
	const params: OwnIssueParams = { rule };
	return typeof message === 'string' ? { message, params } : { error: (issue: { input?: unknown }) => message(issue.input), params };
}

/** Raises a schema's own issue from a `superRefine` or a preprocess step (`ctx` is zod's refinement context). */
export function addOwnIssue(
	ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void },
	issue: OwnIssueParams & { path?: PropertyKey[]; message: string },
): void {
	const { rule, near, path, message } = issue;
	const params: OwnIssueParams = near === undefined ? { rule } : { rule, near };
	ctx.addIssue({ code: 'custom', ...(path === undefined ? {} : { path }), params, message });
}
