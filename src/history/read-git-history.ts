/**
 * The commits that touched the content folder, read from git in one `git log`: for each commit
 * its date and, for each file it changed, the blobs before and after. The content folder may be
 * anywhere in a repository (CONTENT_DIR), or in none; when the history cannot be read in full
 * (no git, no repository, a shallow clone) the answer says why instead of throwing, so the build
 * goes on and the pages say the history is unavailable.
 */
import { runGit } from './run-git.ts';
import type { Unavailable } from './unavailable.ts';

/** One file a commit added, changed or deleted. */
export interface FileChange {
	/** Relative to the content folder, with forward slashes: `initiatives/foo.md`. */
	file: string;
	kind: 'added' | 'modified' | 'deleted';
	/** The blob before the commit; none for an added file. */
	before?: string;
	/** The blob after the commit; none for a deleted file. */
	after?: string;
}

export interface CommitChanges {
	commit: string;
	/** Committer date, as git writes it (ISO 8601 with the committer's offset). */
	committed: string;
	/** Sorted by file. */
	files: FileChange[];
}

export interface GitHistory {
	available: true;
	/** The repository's top folder, where blobs are read. */
	repository: string;
	/** The content folder relative to the repository ('' when it is the repository): part of the cache key. */
	folder: string;
	/** Newest first, as git log lists them. Merge commits, which have no diff of their own, are left out. */
	commits: CommitChanges[];
}

/**
 * The log format: a commit's hash and committer date. With `-z` each field ends with NUL, and
 * `--raw` adds, per file, a status record and a path, each ending with NUL.
 */
const LOG_FORMAT = '%H%x00%cI';

/** A raw diff record: `:<old mode> <new mode> <old blob> <new blob> <status>`. */
const RAW_RECORD = /^\n?:\d{6} \d{6} ([0-9a-f]+) ([0-9a-f]+) ([AMDT])$/;

const ZERO = /^0+$/;

/** The history of `contentDir` (absolute), or why it cannot be read. Never throws. */
export async function readGitHistory(contentDir: string): Promise<GitHistory | Unavailable> {
	const where = await runGit(contentDir, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']);
	if (where.missing) return { available: false, reason: 'no-git' };
	if (where.code !== 0) {
		const notRepository = /not a git repository|cannot change to|no such file/i.test(where.stderr);
		return { available: false, reason: notRepository ? 'not-a-repository' : 'git-failed', detail: where.stderr };
	}
	const [repository = '', prefix = '', shallow = ''] = where.stdout.toString('utf8').split('\n');
	if (shallow === 'true') return { available: false, reason: 'shallow' };
	const log = await runGit(contentDir, [
		'log',
		// Every commit that changed a file, also on branches merged in (the web editor's workflow merges its branches).
		'--full-history',
		'--root',
		'--raw',
		'--no-abbrev',
		'--no-renames',
		'-z',
		'--relative',
		`--format=${LOG_FORMAT}`,
		'--',
		'.',
	]);
	if (log.missing) return { available: false, reason: 'no-git' };
	if (log.code !== 0) {
		// A repository without a single commit yet has no history to show, which is not an error.
		if (/does not have any commits yet|bad default revision 'HEAD'/.test(log.stderr))
			return { available: true, repository, folder: trimSlash(prefix), commits: [] };
		return { available: false, reason: 'git-failed', detail: log.stderr };
	}
	return { available: true, repository, folder: trimSlash(prefix), commits: parseLog(log.stdout.toString('utf8')) };
}

function trimSlash(prefix: string): string {
	return prefix.replace(/\/$/, '');
}

/** The commits of `git log -z --raw --format=LOG_FORMAT` output; a commit without file records (a merge) is left out. */
export function parseLog(output: string): CommitChanges[] {
	const fields = output.split('\0');
	const commits: CommitChanges[] = [];
	let index = 0;
	while (index < fields.length) {
		const commit = (fields[index] ?? '').replace(/^\n/, '');
		const committed = fields[index + 1];
		index += 2;
		if (commit === '' || committed === undefined) continue;
		const files: FileChange[] = [];
		for (let record = RAW_RECORD.exec(fields[index] ?? ''); record; record = RAW_RECORD.exec(fields[index] ?? '')) {
			const [, before = '', after = '', status] = record;
			const file = fields[index + 1] ?? '';
			index += 2;
			const kind = status === 'A' ? 'added' : status === 'D' ? 'deleted' : 'modified';
			files.push({ file, kind, ...(ZERO.test(before) ? {} : { before }), ...(ZERO.test(after) ? {} : { after }) });
		}
		if (files.length > 0) commits.push({ commit, committed, files: files.sort((a, b) => compareText(a.file, b.file)) });
	}
	return commits;
}

/** Code-point order, the same on every machine (not the locale's). */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
