/**
 * Rendered charts on disk, keyed by a hash of what they show and of the renderer version,
 * so a rebuild renders only charts whose data changed. Share cards and compressed copies of
 * pages are cached here the same way. Outside dist/ (`.cache/charts/`,
 * git-ignored); ANJU_CHART_CACHE moves it (the benchmark uses a fresh one). Nothing is kept
 * in memory, so memory stays flat however many charts a site has.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { readEnvironment } from '../config/environment.ts';

export function cacheDir(): string {
	return path.resolve(readEnvironment().ANJU_CHART_CACHE);
}

/** A stable key for `input`: the same data and version give the same key on any machine. */
export function cacheKey(version: string, input: unknown): string {
	return createHash('sha256').update(version).update('\0').update(JSON.stringify(input)).digest('hex').slice(0, 32);
}

/** The cached file `key.extension`, or what `make` produces, stored for next time. */
export function cached(key: string, extension: 'svg' | 'png', make: () => Buffer): Buffer {
	return readCached(key, extension) ?? store(path.join(cacheDir(), `${key}.${extension}`), make());
}

/** The cached file `key.extension`, or undefined when it has not been made yet. */
export function readCached(key: string, extension: 'svg' | 'png'): Buffer | undefined {
	try {
		return readFileSync(path.join(cacheDir(), `${key}.${extension}`));
	} catch {
		return undefined;
	}
}

/** The same for work done off the main thread (compression); the files go in `folder` of the cache. */
export async function cachedAsync(folder: string, key: string, extension: string, make: () => Promise<Buffer>): Promise<Buffer> {
	const file = path.join(cacheDir(), folder, `${key}.${extension}`);
	try {
		return await readFile(file);
	} catch {
		return store(file, await make());
	}
}

function store(file: string, made: Buffer): Buffer {
	mkdirSync(path.dirname(file), { recursive: true });
	// Write then rename, so a build that stops half-way never leaves a truncated file; the thread id keeps worker threads apart.
	const partial = `${file}.${process.pid}-${threadId}.tmp`;
	writeFileSync(partial, made);
	renameSync(partial, file);
	return made;
}
