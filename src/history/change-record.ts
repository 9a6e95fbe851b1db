/**
 * One change to one content file in one commit, as pages and the feed show it: which entry,
 * when (the commit's date in Beijing time), what changed in Chinese, whether the entry is
 * sample data, and what kind of change it is for the changes feed.
 */
import path from 'node:path';
import { entryId } from '../loaders/content-folder.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { buildDate } from '../utils/build-date.ts';
import { readContentFile } from '../validation/read-content-file.ts';
import { describeRevision, type Version } from './describe-revision.ts';
import type { EntryNames } from './model-fields.ts';
import { compareText, type FileChange } from './read-git-history.ts';

/**
 * What kind of change it is: a status (an initiative's status, reason or revised due month),
 * data (an indicator's figures, baseline or target), a new update, or other text.
 */
export type ChangeCategory = 'status' | 'data' | 'new-update' | 'text';

/** The categories' names, for the feed's categories and the changes page. */
export const CHANGE_CATEGORY_LABELS: Record<ChangeCategory, string> = {
	status: '状态变化',
	data: '数据修订',
	'new-update': '新增动态',
	text: '内容修改',
};

export interface ChangeRecord {
	commit: string;
	/** The commit's date, YYYY-MM-DD in Beijing time. */
	date: string;
	collection: CollectionName;
	/** The entry's id: its file name without the extension. */
	slug: string;
	/** Relative to the content folder: `initiatives/foo.md`. */
	file: string;
	kind: FileChange['kind'];
	/** The entry's title (a benchmark's name) after the change, or before it when deleted; the slug when it has none. */
	title: string;
	/** What changed, one line per field (describe-revision.ts). */
	lines: string[];
	/** The file's sample flag after the change (before it, when deleted): such a change is to sample data. */
	sample: boolean;
	categories: ChangeCategory[];
}

/** The id of a change in its page's 修订记录 (`rev-<12 hex digits of the commit>`): a page changes once per commit. */
export function revisionId(commit: string): string {
	return `rev-${commit.slice(0, 12)}`;
}

/** The fields whose change is a change of status or of data, per collection. */
const STATUS_FIELDS = ['status', 'status_reason', 'revised_due'];
const DATA_FIELDS = ['series', 'baseline', 'target'];

/** The collection and entry id of a file of the content folder, if it is an entry. */
export function entryOf(file: string): { collection: CollectionName; slug: string } | undefined {
	const [folder, name, ...deeper] = file.split('/');
	if (folder === undefined || name === undefined || deeper.length > 0 || !(folder in COLLECTIONS)) return undefined;
	const collection = folder as CollectionName;
	const slug = entryId(name, COLLECTIONS[collection].extensions);
	return slug === undefined ? undefined : { collection, slug };
}

/**
 * The changes of one commit to entries, sorted by file: files that are no entries are left out,
 * and a file renamed to another extension of its collection (`.md` to `.mdx`: a deletion and an
 * addition of the same entry) is one modification of the new file, so its page does not show
 * itself deleted and first published on the same day.
 */
export function entryChanges(files: readonly FileChange[]): FileChange[] {
	const byEntry = Map.groupBy(
		files.filter((change) => entryOf(change.file) !== undefined),
		(change) => {
			const entry = entryOf(change.file);
			return `${entry?.collection}/${entry?.slug}`;
		},
	);
	return [...byEntry.values()]
		.flatMap((changes) => {
			const deleted = changes.find((change) => change.kind === 'deleted');
			const added = changes.find((change) => change.kind === 'added');
			if (changes.length !== 2 || deleted?.before === undefined || added?.after === undefined) return changes;
			return [{ file: added.file, kind: 'modified' as const, before: deleted.before, after: added.after }];
		})
		.sort((a, b) => compareText(a.file, b.file));
}

/** One version of a file from its bytes, read as the build reads it; undefined bytes (a blob too large or gone) cannot be parsed. */
export function parseVersion(file: string, bytes: Uint8Array | undefined): Version {
	if (bytes === undefined) return 'unparseable';
	const { source } = readContentFile(path.basename(file), bytes);
	return source === undefined ? 'unparseable' : { data: source.data, ...(source.body === undefined ? {} : { body: source.body.text }) };
}

/**
 * The record of `change` in `commit`, committed at `committed` (ISO 8601), with both versions
 * already read; undefined for a file that is not an entry (site.yaml, an image).
 */
export function changeRecord(
	commit: string,
	committed: string,
	change: FileChange,
	before: Version | undefined,
	after: Version | undefined,
	names?: EntryNames,
): ChangeRecord | undefined {
	const entry = entryOf(change.file);
	if (entry === undefined) return undefined;
	const { lines, changed } = describeRevision(entry.collection, before, after, names);
	const latest = after ?? before;
	const data = latest === undefined || latest === 'unparseable' ? {} : latest.data;
	const title = [data.title, data.name].find((value): value is string => typeof value === 'string' && value.trim() !== '');
	return {
		commit,
		date: buildDate(new Date(committed)),
		...entry,
		file: change.file,
		kind: change.kind,
		title: title?.trim() ?? entry.slug,
		lines,
		sample: data.sample === true,
		categories: categoriesOf(entry.collection, change.kind, changed),
	};
}

function categoriesOf(collection: CollectionName, kind: FileChange['kind'], changed: readonly string[]): ChangeCategory[] {
	if (kind === 'deleted') return ['text'];
	if (kind === 'added') {
		if (collection === 'updates') return ['new-update'];
		if (collection === 'initiatives') return ['status'];
		if (collection === 'indicators') return ['data'];
		return ['text'];
	}
	const categories: ChangeCategory[] = [];
	if (collection === 'initiatives' && changed.some((field) => STATUS_FIELDS.includes(field))) categories.push('status');
	if (collection === 'indicators' && changed.some((field) => DATA_FIELDS.includes(field))) categories.push('data');
	const fieldsOfOwnCategory = collection === 'initiatives' ? STATUS_FIELDS : collection === 'indicators' ? DATA_FIELDS : [];
	if (changed.length === 0 || changed.some((field) => !fieldsOfOwnCategory.includes(field))) categories.push('text');
	return categories;
}
