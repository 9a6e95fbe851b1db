/**
 * Reads many blobs through one `git cat-file --batch` process, streaming: every object name is
 * written to its input, and each `<name> blob <size>` header and its bytes are taken off its
 * output as they arrive. One process for a whole rebuild, rather than a `git show` per file.
 */
import { MAX_FILE_BYTES } from '../validation/read-content-file.ts';
import { spawnGit } from './run-git.ts';

/**
 * The bytes of each blob asked for, by name. A blob git does not have, or one larger than a
 * content file may be (MAX_FILE_BYTES: its bytes are skipped, never held), is absent from the map.
 */
export type BlobReader = (repository: string, names: readonly string[]) => Promise<Map<string, Buffer>>;

export const readBlobs: BlobReader = (repository, names) => {
	const wanted = [...new Set(names)];
	if (wanted.length === 0) return Promise.resolve(new Map());
	return new Promise((resolve, reject) => {
		const child = spawnGit(repository, ['cat-file', '--batch']);
		const blobs = new Map<string, Buffer>();
		const parser = batchParser((name, bytes) => blobs.set(name, bytes));
		const stderr: Buffer[] = [];
		child.stdout.on('data', parser);
		child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
		child.on('error', reject);
		// git closes its input side early only when it fails; the exit code says so below.
		child.stdin.on('error', () => {});
		child.on('close', (code) => {
			if (code === 0) resolve(blobs);
			else reject(new Error(`git cat-file --batch 失败（exit ${code}）：${Buffer.concat(stderr).toString('utf8').trim()}`));
		});
		child.stdin.end(`${wanted.join('\n')}\n`);
	});
};

/**
 * A parser for `git cat-file --batch` output fed in chunks of any size: it calls `found` for each
 * complete blob of at most MAX_FILE_BYTES. Larger blobs and `<name> missing` lines are passed over.
 */
export function batchParser(found: (name: string, bytes: Buffer) => void): (chunk: Buffer) => void {
	let pending: Buffer = Buffer.alloc(0);
	/** The object being read: its name, its size, and its bytes when they are kept. */
	let current: { name: string; size: number; kept: Buffer[]; seen: number } | undefined;
	return (chunk) => {
		pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
		for (;;) {
			if (current === undefined) {
				const end = pending.indexOf(0x0a);
				if (end === -1) return;
				const header = pending.subarray(0, end).toString('utf8');
				pending = pending.subarray(end + 1);
				const match = /^([0-9a-f]+) \S+ (\d+)$/.exec(header);
				if (match) current = { name: match[1] ?? '', size: Number(match[2]), kept: [], seen: 0 };
				continue;
			}
			// The object's bytes, then one newline.
			const need = current.size + 1 - current.seen;
			const take = pending.subarray(0, Math.min(need, pending.length));
			pending = pending.subarray(take.length);
			if (current.size <= MAX_FILE_BYTES) current.kept.push(take);
			current.seen += take.length;
			if (current.seen < current.size + 1) return;
			if (current.size <= MAX_FILE_BYTES) found(current.name, Buffer.concat(current.kept).subarray(0, current.size));
			current = undefined;
		}
	};
}
