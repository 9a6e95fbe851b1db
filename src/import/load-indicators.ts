/**
 * The indicators an import may change, each read and checked as `npm run check` checks it
 * (validate-file.ts, with the fixed expressions of content/terms.yaml), so a file that already
 * has errors is found before it is edited, and an edited file is held to the same rules.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS } from '../schemas/index.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { termsSchema, type Term } from '../schemas/terms.ts';
import { validateFile, type ValidatedFile } from '../validation/validate-file.ts';

export interface LoadedIndicator {
	slug: string;
	/** Absolute path of the file. */
	absolute: string;
	/** The path as messages show it: relative to the project root, with forward slashes. */
	shown: string;
	text: string;
	/** The data as the schema outputs it, when the file has no errors. */
	data?: Indicator;
	/** The file's errors, which an import must not build on. */
	errors: ValidatedFile['problems'];
}

/** What an edited indicator file is checked with: its schema and the fixed expressions. */
export interface IndicatorCheck {
	validate(shown: string, text: string): ValidatedFile;
}

const { extensions, schema } = COLLECTIONS.indicators;

/** The fixed expressions of `content/terms.yaml`, as the check reads them; none when the file is missing or wrong (the check reports it). */
async function readTerms(contentDir: string): Promise<Term[]> {
	const bytes = await readFile(path.join(contentDir, 'terms.yaml')).catch(() => undefined);
	if (bytes === undefined) return [];
	const result = validateFile('terms.yaml', bytes, termsSchema);
	return (result.data as { terms?: Term[] } | undefined)?.terms ?? [];
}

/** Every indicator file in `contentDir`/indicators, by slug, and the check to hold edited files to. */
export async function loadIndicators(contentDir: string, projectRoot: string): Promise<{ indicators: Map<string, LoadedIndicator>; check: IndicatorCheck }> {
	const terms = await readTerms(contentDir);
	const check: IndicatorCheck = { validate: (shown, text) => validateFile(shown, new TextEncoder().encode(text), schema, { terms }) };
	const folder = path.join(contentDir, 'indicators');
	const names = (await readdir(folder).catch(() => [] as string[]))
		.filter((name) => !name.startsWith('.') && (extensions as readonly string[]).includes(path.extname(name)))
		.sort();
	const indicators = new Map<string, LoadedIndicator>();
	for (const name of names) {
		const absolute = path.join(folder, name);
		const slug = name.slice(0, -path.extname(name).length);
		const shown = path.relative(projectRoot, absolute).split(path.sep).join('/');
		const text = await readFile(absolute, 'utf8').catch(() => undefined);
		if (text === undefined) continue;
		const result = check.validate(shown, text);
		const errors = result.problems.filter((problem) => problem.severity === 'error');
		indicators.set(slug, { slug, absolute, shown, text, ...(errors.length === 0 && result.data ? { data: result.data as Indicator } : {}), errors });
	}
	return { indicators, check };
}
