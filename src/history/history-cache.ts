/**
 * The described changes of each commit, kept on disk between builds (one small JSON file per
 * commit), so a rebuild reads the blobs of new commits only. A commit's changes never change:
 * they follow from the commit and its parent. What does change is how they are worded, so each
 * file carries a version made of the format below and the content model's labels; a file of
 * another version, or one that is damaged or does not match the expected shape, is ignored and
 * written again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { CollectionName } from '../schemas/index.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import type { ChangeRecord } from './change-record.ts';
import { modelFingerprint } from './model-fields.ts';

/** Raise when describe-revision.ts or change-record.ts words or classifies a change differently. */
const FORMAT = 1;

const recordSchema = z.strictObject({
	commit: z.string().regex(/^[0-9a-f]{40,64}$/),
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	collection: z.enum(Object.keys(COLLECTIONS) as [CollectionName, ...CollectionName[]]),
	slug: z.string(),
	file: z.string(),
	kind: z.enum(['added', 'modified', 'deleted']),
	title: z.string(),
	lines: z.array(z.string()),
	sample: z.boolean(),
	categories: z.array(z.enum(['status', 'data', 'new-update', 'text'])),
});

const cacheFileSchema = z.strictObject({ version: z.string(), commit: z.string(), changes: z.array(recordSchema) });

export interface HistoryCache {
	/** The changes of `commit`, if cached in this version. */
	read(commit: string): ChangeRecord[] | undefined;
	/** Keeps the changes of `commit`; a cache that cannot be written only means the next build reads the blobs again. */
	write(commit: string, changes: readonly ChangeRecord[]): void;
}

/**
 * The cache in `directory` for the content folder at `folder` in its repository (the same commit
 * described for another folder, e.g. a test fixture's, is kept apart). Lines name referenced entries,
 * so a cache written under other names (`namesFingerprint`) is not read.
 */
export function historyCache(directory: string, folder: string, namesFingerprint = ''): HistoryCache {
	const version = `${FORMAT}-${modelFingerprint()}-${namesFingerprint}`;
	const scope = createHash('sha256').update(folder).digest('hex').slice(0, 12);
	const fileOf = (commit: string) => path.join(directory, `${scope}-${commit}.json`);
	return {
		read(commit) {
			try {
				const parsed = cacheFileSchema.safeParse(JSON.parse(readFileSync(fileOf(commit), 'utf8')));
				if (!parsed.success || parsed.data.version !== version || parsed.data.commit !== commit) return undefined;
				return parsed.data.changes;
			} catch {
				return undefined;
			}
		},
		write(commit, changes) {
			const file = fileOf(commit);
			try {
				mkdirSync(directory, { recursive: true });
				// Write then rename, so a build that stops half-way never leaves a truncated file.
				const partial = `${file}.${process.pid}.tmp`;
				writeFileSync(partial, JSON.stringify({ version, commit, changes }));
				renameSync(partial, file);
			} catch {
				// A read-only checkout: the history is still complete, only not kept for next time.
			}
		},
	};
}
