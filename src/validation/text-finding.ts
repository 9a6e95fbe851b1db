/**
 * What a rule of the wording finds in one piece of prose (a paragraph, a heading, a YAML
 * string): where in the text, and what is wrong. The text step (chinese-text.ts) maps the
 * index back to a line and column of the file.
 */
import type { Term } from '../schemas/terms.ts';
import type { RuleId } from './rules/index.ts';
import { severityOf, type CaseArgument, type Rule, type Severity } from './rules/rule.ts';

export interface TextFinding {
	/** Index in the text (UTF-16 code units) where the finding starts. */
	index: number;
	rule: RuleId;
	severity: Severity;
	message: string;
}

/** A rule of the wording: it reads one piece of prose, and the fixed expressions of content/terms.yaml. */
export interface TextRule extends Rule {
	readonly id: RuleId;
	check(text: string, terms: readonly Term[]): TextFinding[];
}

/** A finding of `rule` at `index`, with the rule's severity (for mojibake, that of the case `which`). */
export function findingOf<R extends Rule & { readonly id: RuleId }>(rule: R, index: number, message: string, ...which: CaseArgument<R>): TextFinding {
	return { index, rule: rule.id, severity: severityOf(rule, ...which), message };
}
