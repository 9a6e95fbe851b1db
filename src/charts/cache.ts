/**
 * Rendered charts on disk, keyed by a hash of what they show and of the renderer version,
 * so a rebuild renders only charts whose data changed. Outside dist/ (`.cache/charts/`,
 * git-ignored); ANJU_CHART_CACHE moves it (the benchmark uses a fresh one). Nothing is kept
 * in memory, so memory stays flat however many charts a site has.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
	const file = path.join(cacheDir(), `${key}.${extension}`);
	try {
		return readFileSync(file);
	} catch {
		const made = make();
		mkdirSync(path.dirname(file), { recursive: true });
		// Write then rename, so a build that stops half-way never leaves a truncated chart.
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, made);
		renameSync(partial, file);
		return made;
	}
}
