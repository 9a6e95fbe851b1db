/**
 * The registry of the content check's rules: every rule id a problem may carry is one of
 * these, and docs/编辑指南.md explains each at its anchor (tests/validation/rule-registry.test.ts
 * holds the two together). Listed by where the check meets them: the folder, reading a file,
 * its schema, its body, its wording, and across files.
 */
import type { Problem } from '../problem.ts';
import { abbreviatedYear } from './abbreviated-year.ts';
import { binaryFile } from './binary-file.ts';
import { bodyComplexity } from './body-complexity.ts';
import { bodyReference } from './body-reference.ts';
import { brokenLink } from './broken-link.ts';
import { comparisonDirection } from './comparison-direction.ts';
import { comparisonPeriod } from './comparison-period.ts';
import { comparisonUnit } from './comparison-unit.ts';
import { duplicateSlug } from './duplicate-slug.ts';
import { emptyFile } from './empty-file.ts';
import { encoding } from './encoding.ts';
import { enumValue } from './enum.ts';
import { externalImage } from './external-image.ts';
import { fileName } from './file-name.ts';
import { fileSize } from './file-size.ts';
import { fileType } from './file-type.ts';
import { format } from './format.ts';
import { frontMatter } from './front-matter.ts';
import { fullWidthAlphanumeric } from './full-width-alphanumeric.ts';
import { mdxComponent } from './mdx-component.ts';
import { mdxEsm } from './mdx-esm.ts';
import { mdxExpression } from './mdx-expression.ts';
import { mdxProps } from './mdx-props.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { missingFile } from './missing-file.ts';
import { mojibake } from './mojibake.ts';
import { nestingDepth } from './nesting-depth.ts';
import { nulByte } from './nul-byte.ts';
import { overdueMilestone } from './overdue-milestone.ts';
import { parentCycle } from './parent-cycle.ts';
import { pasteArtefact } from './paste-artefact.ts';
import { placeholder } from './placeholder.ts';
import { punctuation } from './punctuation.ts';
import { range } from './range.ts';
import { rawHtml } from './raw-html.ts';
import { reasonRequired } from './reason-required.ts';
import { reference } from './reference.ts';
import { required } from './required.ts';
import { staleSite } from './stale-site.ts';
import { staleStatus } from './stale-status.ts';
import { statusVsIndicators } from './status-vs-indicators.ts';
import { term } from './term.ts';
import { traditionalChinese } from './traditional-chinese.ts';
import { wrongType } from './type.ts';
import { unbalancedPair } from './unbalanced-pair.ts';
import { unknownField } from './unknown-field.ts';
import { unreadable } from './unreadable.ts';
import { unsafeAttribute } from './unsafe-attribute.ts';
import { unsafeUrl } from './unsafe-url.ts';
import { unverifiedFigure } from './unverified-figure.ts';
import { valueType } from './value-type.ts';
import { yamlAlias } from './yaml-alias.ts';
import { yamlSyntax } from './yaml-syntax.ts';
import { problemOf, type ProblemFacts, type Rule, type Severity } from './rule.ts';

export const RULES = [
	missingFile,
	fileName,
	fileType,
	fileSize,
	encoding,
	binaryFile,
	nulByte,
	emptyFile,
	frontMatter,
	nestingDepth,
	bodyComplexity,
	yamlSyntax,
	yamlAlias,
	unreadable,
	unknownField,
	required,
	valueType,
	wrongType,
	enumValue,
	range,
	format,
	reasonRequired,
	unverifiedFigure,
	rawHtml,
	unsafeAttribute,
	unsafeUrl,
	externalImage,
	mdxSyntax,
	mdxEsm,
	mdxExpression,
	mdxComponent,
	mdxProps,
	placeholder,
	term,
	punctuation,
	fullWidthAlphanumeric,
	abbreviatedYear,
	unbalancedPair,
	traditionalChinese,
	mojibake,
	pasteArtefact,
	reference,
	duplicateSlug,
	parentCycle,
	bodyReference,
	brokenLink,
	staleStatus,
	overdueMilestone,
	staleSite,
	statusVsIndicators,
	comparisonUnit,
	comparisonPeriod,
	comparisonDirection,
] as const satisfies readonly Rule[];

/** The id of a registered rule: a problem with any other id does not type-check. */
export type RuleId = (typeof RULES)[number]['id'];

/** The id of a rule of one severity in every case: `problemFor` makes its problems from the id alone. */
export type SingleSeverityRuleId = Extract<(typeof RULES)[number], { severity: Severity }>['id'];

const BY_ID: ReadonlyMap<string, (typeof RULES)[number]> = new Map(RULES.map((rule) => [rule.id, rule]));

/** Whether `id` is a registered rule's. */
export function isRuleId(id: string): id is RuleId {
	return BY_ID.has(id);
}

/**
 * `id`, which arrived as text (a schema's own `params.rule`), as the id of a registered rule of
 * one severity. Any other id is a fault of the check, not of the content: it throws, and the
 * tests of the fixtures catch it.
 */
export function asRuleId(id: string): SingleSeverityRuleId {
	const rule = BY_ID.get(id);
	if (rule === undefined || typeof rule.severity !== 'string')
		throw new Error(`rule "${id}" is not a registered rule of one severity (src/validation/rules/index.ts)`);
	return rule.id as SingleSeverityRuleId;
}

/** A problem of the rule `id` (one of a single severity), with the severity the registry gives it. */
export function problemFor(id: SingleSeverityRuleId, facts: ProblemFacts): Problem {
	const rule = BY_ID.get(id) as Extract<(typeof RULES)[number], { severity: Severity }>;
	return problemOf(rule, facts);
}
