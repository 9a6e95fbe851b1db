/**
 * One file's check, as steps in order: read its bytes (encoding, size, YAML), hold its fields to
 * its schema, gather the prose and links of its fields, take its body apart, and hold all its
 * prose to the rules of the wording. Each step reads what the steps before it found.
 */
import type { z } from 'astro/zod';
import type { Term } from '../schemas/terms.ts';
import { checkBody, type PlacedReference } from './check-body.ts';
import type { LoadedEntry } from './check-references.ts';
import { lintChinese } from './chinese-text.ts';
import { describeIssue } from './describe-issue.ts';
import { linkKind, linksInTree } from './links.ts';
import { formatFieldPath, placeOf, type Problem } from './problem.ts';
import { markdownProse, yamlProse, type Prose } from './prose.ts';
import { readContentFile, type ContentSource } from './read-content-file.ts';
import { asRuleId, problemFor } from './rules/index.ts';
import { knownKeysAt } from './schema-keys.ts';
import type { YamlSource } from './yaml-source.ts';

export interface ValidatedFile {
	/** The data as the schema outputs it, when the file passed. */
	data?: Record<string, unknown>;
	/** The data as written, when the file could be read. */
	raw?: Record<string, unknown>;
	/** The Markdown body and the line it starts on. */
	body?: { text: string; firstLine: number };
	lineOf?: LoadedEntry['lineOf'];
	positionOf?: YamlSource['positionOf'];
	problems: Problem[];
	/** Links in the body and `url` fields, at their place in the file. */
	links: { url: string; line: number; column: number }[];
	/** Indicators charted and images shown in the body, at their place in the file. */
	references: PlacedReference[];
}

/** A file that could be read, as its steps see it: what the steps before found, and what each adds. */
interface FileInCheck {
	/** The path shown in messages. */
	file: string;
	source: ContentSource;
	schema: z.ZodType;
	/** The fixed expressions, when the file's prose is held to the rules of the wording. */
	lint: { terms: readonly Term[] } | undefined;
	/** The data as the schema outputs it, once the schema step has passed it. */
	data?: Record<string, unknown>;
	problems: Problem[];
	/** The prose of the fields and the body, for the text step. */
	prose: Prose[];
	links: ValidatedFile['links'];
	references: PlacedReference[];
}

/** One step of a file's check. */
type FileStep = (check: FileInCheck) => void;

/** The fields against the schema, each issue at the field's place (or `near` it, for a field that is missing). */
/**
 * One file's data against its schema: the output when it passed, or every issue as a problem at
 * its place in the file. Also how src/config/site-file.ts words a bad site.yaml.
 */
export function schemaProblems<Schema extends z.ZodType>(
	file: string,
	source: ContentSource,
	schema: Schema,
): { data?: z.output<Schema>; problems: Problem[] } {
	const result = schema.safeParse(source.data, { reportInput: true });
	if (result.success) return { data: result.data, problems: [] };
	return {
		problems: result.error.issues.flatMap((issue) =>
			describeIssue(issue, (at) => knownKeysAt(schema, at)).map((described) =>
				problemFor(asRuleId(described.rule), {
					file,
					field: formatFieldPath(described.path),
					message: described.message,
					...placeOf(source.yaml.positionOf(described.near ?? described.path)),
				}),
			),
		),
	};
}

function schemaStep(check: FileInCheck): void {
	const { data, problems } = schemaProblems(check.file, check.source, check.schema);
	if (data) check.data = data as Record<string, unknown>;
	check.problems.push(...problems);
}

/** The string values of the fields, as prose for the text step; external `url` fields, as links for `--external`. */
function fieldsStep(check: FileInCheck): void {
	if (!check.lint) return;
	const { data, yaml } = check.source;
	const prose = yamlProse(data, yaml);
	check.prose.push(...prose);
	for (const { text, field } of prose) {
		if (field?.at(-1) === 'url' && linkKind(text) === 'external') check.links.push({ url: text, ...(yaml.positionOf(field) ?? { line: 1, column: 1 }) });
	}
}

/** The body: what the page would drop or run, what it points at, its links and its prose. */
function bodyStep(check: FileInCheck): void {
	const { body } = check.source;
	if (!body) return;
	const checked = checkBody(body.text, check.file.endsWith('.mdx') ? 'mdx' : 'md');
	for (const problem of checked.problems) {
		check.problems.push(
			problemFor(problem.rule, {
				file: check.file,
				line: body.firstLine + problem.line - 1,
				...(problem.column ? { column: problem.column } : {}),
				message: problem.message,
			}),
		);
	}
	check.references.push(...checked.references.map((reference) => ({ ...reference, file: check.file, line: body.firstLine + reference.line - 1 })));
	if (checked.mdast) {
		if (check.lint) check.prose.push(...markdownProse(body.text, checked.mdast, body.firstLine));
		check.links.push(...linksInTree(checked.mdast).map((link) => ({ ...link, line: body.firstLine + link.line - 1 })));
	}
}

/** The prose against the rules of the wording, each finding at its character. */
function textStep(check: FileInCheck): void {
	// A value the schema refused has its message already; the text rules would only repeat it.
	const refused = new Set(check.problems.map((problem) => problem.field));
	for (const piece of check.prose) {
		const field = piece.field && formatFieldPath(piece.field);
		if (field !== undefined && refused.has(field)) continue;
		for (const finding of lintChinese(piece.text, check.lint?.terms)) {
			check.problems.push({
				file: check.file,
				...placeOf(piece.at(finding.index)),
				...(field !== undefined ? { field } : {}),
				message: finding.message,
				severity: finding.severity,
				rule: finding.rule,
			});
		}
	}
}

/** The steps after reading, in order. */
const FILE_STEPS: readonly FileStep[] = [schemaStep, fieldsStep, bodyStep, textStep];

/**
 * Validates one file's bytes against a schema; `file` is the path shown in messages.
 * With `lint`, its prose is also held to the rules of the wording and the fixed expressions.
 */
export function validateFile(file: string, bytes: Uint8Array, schema: z.ZodType, lint?: { terms: readonly Term[] }): ValidatedFile {
	const { source, problems } = readContentFile(file, bytes);
	if (!source) return { problems, links: [], references: [] };
	const check: FileInCheck = { file, source, schema, lint, problems: [], prose: [], links: [], references: [] };
	for (const step of FILE_STEPS) step(check);
	return {
		...(check.data ? { data: check.data } : {}),
		raw: source.data,
		...(source.body ? { body: source.body } : {}),
		lineOf: source.yaml.lineOf,
		positionOf: source.yaml.positionOf,
		problems: check.problems,
		links: check.links,
		references: check.references,
	};
}
