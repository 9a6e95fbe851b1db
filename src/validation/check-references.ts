/**
 * Checks that span files: every slug a file names must exist (site.yaml's too), an initiative
 * may not be its own ancestor, and no two files may share a slug. Astro alone only logs a
 * missing reference and still exits 0, so these run before every build.
 */
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { referenceFields, valuesAt, type ReferenceField } from '../schemas/references.ts';
import { siteSchema } from '../schemas/site.ts';
import { formatFieldPath, placeOf, type Problem } from './problem.ts';
import { duplicateSlug } from './rules/duplicate-slug.ts';
import { parentCycle } from './rules/parent-cycle.ts';
import { reference } from './rules/reference.ts';
import { problemOf } from './rules/rule.ts';
import { didYouMean, nearest, nearestName } from './suggest.ts';
import type { Position } from './yaml-source.ts';
import { COLLECTION_WORDS } from '../vocabulary.ts';

export interface LoadedEntry {
	collection: CollectionName;
	slug: string;
	file: string;
	data: Record<string, unknown>;
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** Line and column, where known (entries built by hand in tests may have lines only). */
	positionOf?(path: readonly PropertyKey[]): Position | undefined;
}

/** A file that passed its own checks, as the references step reads it: a collection's entry, or site.yaml. */
export type LoadedFile = Pick<LoadedEntry, 'file' | 'data' | 'lineOf' | 'positionOf'>;

/** Where a field of an entry is: line and column, or the line alone. */
export function fieldPlace(entry: LoadedFile, path: readonly PropertyKey[]): Pick<Problem, 'line' | 'column'> {
	const line = entry.lineOf(path);
	return placeOf(entry.positionOf?.(path) ?? (line === undefined ? undefined : { line }));
}

/** Which fields refer to which collection: every `reference()` in the schemas, collection by collection. */
export const REFERENCES: readonly (ReferenceField & { from: CollectionName })[] = (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((from) =>
	referenceFields(COLLECTIONS[from].schema).map((reference) => ({ from, ...reference })),
);

/** Which fields of site.yaml refer to which collection (the home page's 关键指标). */
export const SITE_REFERENCES: readonly ReferenceField[] = referenceFields(siteSchema);

/** Each collection's entries by their names (a unit's 名称, an initiative's title), to find a file from its name. */
function entryNames(entries: readonly LoadedEntry[]): Map<CollectionName, Map<string, string>> {
	const names = new Map<CollectionName, Map<string, string>>();
	for (const entry of entries) {
		const name = entry.data['name'] ?? entry.data['title'];
		if (typeof name !== 'string') continue;
		names.set(entry.collection, (names.get(entry.collection) ?? new Map<string, string>()).set(name, entry.slug));
	}
	return names;
}

/**
 * The did-you-mean clause for a reference that names no file: the nearest file name, or, for a
 * reference written in Chinese, the file of the entry whose name it is (or nearly is).
 */
function suggestFile(ref: string, slugs: readonly string[], names: ReadonlyMap<string, string> = new Map()): string {
	if (/^[\x20-\x7e]*$/.test(ref)) return didYouMean(nearest(ref, slugs), 'ascii');
	const name = names.has(ref) ? ref : nearestName(ref, [...names.keys()]);
	if (name === undefined) return '';
	const file = names.get(name);
	return name === ref ? `；“${name}”是名称，这里应写它的文件名 "${file}"` : `${didYouMean(name)}这里应写它的文件名 "${file}"`;
}

/** A file that was found, whether or not it passed its own checks. */
export interface FoundFile {
	collection: CollectionName;
	slug: string;
	file: string;
}

/**
 * @param entries files that passed their own checks: their references are followed
 * @param found every file found: a reference to a file with its own mistakes still resolves,
 *   and duplicates are found even when one twin has a mistake
 * @param site site.yaml, when it passed its own checks: its references are followed too
 */
export function checkReferences(entries: readonly LoadedEntry[], found: readonly FoundFile[] = entries, site?: LoadedFile): Problem[] {
	const problems: Problem[] = [];
	const slugs = new Map<CollectionName, string[]>();
	for (const file of found) slugs.set(file.collection, [...(slugs.get(file.collection) ?? []), file.slug]);
	const names = entryNames(entries);

	const problemAt = (entry: LoadedFile, path: PropertyKey[], rule: typeof reference | typeof parentCycle, message: string): Problem =>
		problemOf(rule, { file: entry.file, field: formatFieldPath(path), message, ...fieldPlace(entry, path) });

	/** The slugs at `fieldPath` of `file` that name no file of `to`. */
	const unresolved = (file: LoadedFile, { path: fieldPath, to }: ReferenceField): Problem[] => {
		const targets = slugs.get(to) ?? [];
		return valuesAt(file.data, fieldPath)
			.filter(([, ref]) => typeof ref === 'string' && !targets.includes(ref))
			.map(([path, ref]) =>
				problemAt(
					file,
					path,
					reference,
					`找不到${COLLECTION_WORDS[to].singular} "${String(ref)}"（content/${to}/ 下没有这个文件${suggestFile(String(ref), targets, names.get(to))}）（no ${to} entry with slug "${String(ref)}"）`,
				),
			);
	};

	for (const field of REFERENCES) {
		for (const entry of entries.filter((candidate) => candidate.collection === field.from)) problems.push(...unresolved(entry, field));
	}
	if (site) for (const field of SITE_REFERENCES) problems.push(...unresolved(site, field));

	const parents = new Map(entries.filter((entry) => entry.collection === 'initiatives').map((entry) => [entry.slug, entry.data['parent']]));
	for (const entry of entries.filter((candidate) => candidate.collection === 'initiatives')) {
		const chain = [entry.slug];
		let next = parents.get(entry.slug);
		while (typeof next === 'string' && parents.has(next)) {
			chain.push(next);
			if (next === entry.slug) {
				problems.push(problemAt(entry, ['parent'], parentCycle, `举措不能是自己的上级：${chain.join(' → ')}（an initiative cannot be its own ancestor）`));
				break;
			}
			if (chain.length > parents.size) break;
			next = parents.get(next);
		}
	}

	const byKey = new Map<string, FoundFile[]>();
	for (const entry of found) {
		const key = `${entry.collection}/${entry.slug}`;
		byKey.set(key, [...(byKey.get(key) ?? []), entry]);
	}
	for (const same of byKey.values()) {
		if (same.length < 2) continue;
		for (const entry of same) {
			const others = same.filter((other) => other !== entry).map((other) => other.file);
			problems.push(
				problemOf(duplicateSlug, {
					file: entry.file,
					message: `与 ${others.join('、')} 使用了相同的文件名（标识），请删除或改名其中一个（two files share the slug "${entry.slug}"）`,
				}),
			);
		}
	}
	return problems;
}
