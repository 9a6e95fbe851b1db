import type { RuleId } from './rules/index.ts';
import type { Severity } from './rules/rule.ts';

/** One thing wrong with the content, with everything an editor needs to find and fix it. */
export interface Problem {
	/** Path from the project root, with forward slashes, e.g. `content/indicators/x.yaml`. */
	file: string;
	/** 1-based line, where the problem has one. */
	line?: number;
	/** 1-based column (in characters), where the problem has a precise place on its line. */
	column?: number;
	/** Field path such as `series[3].value`, where the problem is in a field. */
	field?: string;
	/** What is wrong and what was expected: Chinese, with the English in parentheses. */
	message: string;
	/** The offending text with a caret under the mistake, where showing it helps (YAML syntax errors). */
	excerpt?: string;
	/** The rule's, from the registry (src/validation/rules/). */
	severity: Severity;
	/** Stable identifier of the rule, for tools and for the editors' guide. */
	rule: RuleId;
}

/** A field path as editors see it: `series[3].value`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join('');
}

/** `{ line, column }` to spread into a Problem, or nothing when the place is unknown. */
export function placeOf(position: { line: number; column?: number } | undefined): Pick<Problem, 'line' | 'column'> {
	if (position === undefined) return {};
	return position.column === undefined ? { line: position.line } : { line: position.line, column: position.column };
}
