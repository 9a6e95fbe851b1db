/**
 * What a rule of the content check is: a stable id, how serious breaking it is, its name for
 * editors and the section of docs/编辑指南.md that explains it. Each rule is one file in this
 * folder, with its check where the check is its own; index.ts lists them all.
 */
import type { Problem } from '../problem.ts';
import type { RuleId } from './index.ts';

/** An error stops the build; a warning asks an editor to look. */
export type Severity = 'error' | 'warning';

/**
 * What a rule looks at, in the order the check gets there: the files in content/, one file's
 * bytes and YAML, its fields against the schema, its Markdown body, the wording of its prose,
 * and what only the whole content can tell.
 */
export type RuleSource = 'folder' | 'file' | 'schema' | 'body' | 'text' | 'cross-file';

export interface Rule {
	/** Printed at the end of each problem's line, and the heading of its section in the guide. */
	readonly id: string;
	/**
	 * The severity of every problem of the rule; a rule with cases of different weight names each
	 * case (mojibake: a certain garbling is an error, a likely one a warning).
	 */
	readonly severity: Severity | Readonly<Record<string, Severity>>;
	/** What the rule is about, in Chinese: the title of its section in the guide. */
	readonly title: string;
	/** The anchor of the guide's heading that documents the rule, as GitHub renders it (`unknown-field未知字段`). */
	readonly anchor: string;
	readonly source: RuleSource;
}

/** A rule, typed as written: its id a literal, so the registry can derive the union of ids. */
export function defineRule<const R extends Rule>(rule: R): R {
	return rule;
}

/** The cases a rule names for its severities, or nothing for a rule of one severity. */
export type CaseArgument<R extends Rule> = R['severity'] extends Severity ? [] : [which: keyof R['severity'] & string];

/** The severity of a problem of `rule`, in the case `which` for a rule that names cases. */
export function severityOf<R extends Rule>(rule: R, ...[which]: CaseArgument<R>): Severity {
	if (typeof rule.severity === 'string') return rule.severity;
	const severity = which === undefined ? undefined : rule.severity[which];
	if (severity === undefined) throw new Error(`rule ${rule.id} has no severity for case ${String(which)}`);
	return severity;
}

/** A problem's own facts: everything but its rule and severity, which come from the rule. */
export type ProblemFacts = Omit<Problem, 'rule' | 'severity'>;

/** A problem of `rule`, with the rule's id and its severity (in the case `which`, for a rule that names cases). */
export function problemOf<R extends Rule & { readonly id: RuleId }>(rule: R, facts: ProblemFacts, ...which: CaseArgument<R>): Problem {
	return { ...facts, severity: severityOf(rule, ...which), rule: rule.id };
}
