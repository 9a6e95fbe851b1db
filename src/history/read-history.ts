/**
 * The revision history of a content folder: every change to every entry, newest first, worked
 * out from git at build time. The commits come from one `git log`; the commits described by an
 * earlier build come from the cache, and the blobs of the others from one `git cat-file --batch`.
 * Never throws: a history that cannot be read is `available: false` with the reason.
 */
import { changeRecord, entryChanges, parseVersion, type ChangeRecord } from './change-record.ts';
import type { Version } from './describe-revision.ts';
import { historyCache } from './history-cache.ts';
import { readBlobs as catFileBatch, type BlobReader } from './read-blobs.ts';
import { readGitHistory, type CommitChanges } from './read-git-history.ts';
import type { EntryNames } from './model-fields.ts';
import type { Unavailable } from './unavailable.ts';

export interface HistoryOptions {
	/** The content folder, absolute. */
	contentDir: string;
	/** Where the described commits are kept between builds. */
	cacheDir: string;
	/** How blobs are read: git cat-file unless a test counts the reads. */
	readBlobs?: BlobReader;
	/** The current names of the entries references point to, and a fingerprint of them: a rename describes the commits again. */
	names?: { nameOf: EntryNames; fingerprint: string };
}

export interface AvailableHistory {
	available: true;
	/** Newest first (git log's order), then by file. */
	changes: ChangeRecord[];
}

export type History = AvailableHistory | Unavailable;

export async function readHistory({ contentDir, cacheDir, readBlobs = catFileBatch, names }: HistoryOptions): Promise<History> {
	const git = await readGitHistory(contentDir);
	if (!git.available) return git;
	const cache = historyCache(cacheDir, git.folder, names?.fingerprint);
	const described = new Map<string, ChangeRecord[]>();
	const unread: CommitChanges[] = [];
	for (const commit of git.commits) {
		const cached = cache.read(commit.commit);
		if (cached) described.set(commit.commit, cached);
		else unread.push(commit);
	}
	if (unread.length > 0) {
		const wanted = unread.flatMap((commit) => entryChanges(commit.files).flatMap((change) => [change.before, change.after]));
		let blobs: Map<string, Buffer>;
		try {
			blobs = await readBlobs(
				git.repository,
				wanted.filter((name): name is string => name !== undefined),
			);
		} catch (error) {
			return { available: false, reason: 'git-failed', detail: error instanceof Error ? error.message : String(error) };
		}
		// A blob is usually the after of one commit and the before of the next: parsed once per file.
		const versions = new Map<string, Version>();
		const version = (file: string, name: string | undefined): Version | undefined => {
			if (name === undefined) return undefined;
			const key = `${file}\0${name}`;
			const known = versions.get(key) ?? parseVersion(file, blobs.get(name));
			versions.set(key, known);
			return known;
		};
		for (const commit of unread) {
			const changes = entryChanges(commit.files)
				.map((change) =>
					changeRecord(commit.commit, commit.committed, change, version(change.file, change.before), version(change.file, change.after), names?.nameOf),
				)
				.filter((change) => change !== undefined);
			cache.write(commit.commit, changes);
			described.set(commit.commit, changes);
		}
	}
	return { available: true, changes: git.commits.flatMap((commit) => described.get(commit.commit) ?? []) };
}
