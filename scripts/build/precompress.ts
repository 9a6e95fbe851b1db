/**
 * Writes a gzip (`.gz`) and a brotli (`.br`) copy beside every text file of a built site, so
 * a server sends them as they are (nginx `gzip_static` / `brotli_static`, deploy/nginx/)
 * instead of compressing on every request, and at the strongest settings, which would be too
 * slow to run per request.
 *
 * Skipped: files under MIN_BYTES (a compressed copy saves a few bytes and costs a file),
 * copies that would not be smaller, and everything not in TEXT_EXTENSIONS, which leaves out
 * images and Pagefind's index and fragments (already gzipped by Pagefind).
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { cacheKey, cachedAsync } from '../../src/charts/cache.ts';
import type { BuildStep } from './build-step.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.xml', '.svg', '.txt', '.webmanifest']);

export const MIN_BYTES = 1024;

/**
 * Brotli quality 7 for pages and downloads, 11 only for the files every page loads (_astro/:
 * the stylesheet and scripts, a few KB). Measured on 104 pages of the bench's site (3.1 MB),
 * quality 11 took 6765 ms for 525832 bytes and 7 took 136 ms for 571152 (8.6 % larger, still
 * far smaller than gzip); a province-sized site has 63 MB of pages, which at quality 11 is over
 * two minutes of CPU. Above 1 MB (only the web editor's bundle, which only editors load)
 * quality 9: on its 5 MB, 11 takes 14.6 s and 9 0.9 s for 10 % more.
 */
const BROTLI_QUALITY = 7;
const BROTLI_SHARED_ASSET_QUALITY = 11;
const BROTLI_LARGE_FILE_QUALITY = 9;
const BROTLI_LARGE_FILE_BYTES = 1024 * 1024;
const SHARED_ASSETS = `_astro${path.sep}`;

function brotliQuality(relative: string, bytes: number): number {
	if (bytes > BROTLI_LARGE_FILE_BYTES) return BROTLI_LARGE_FILE_QUALITY;
	return relative.startsWith(SHARED_ASSETS) ? BROTLI_SHARED_ASSET_QUALITY : BROTLI_QUALITY;
}

/** Bump when the settings change, so cached copies are made again. */
const COMPRESSION_VERSION = `gzip-9 brotli zlib-${process.versions.zlib} brotli-${process.versions.brotli}`;

export interface PrecompressResult {
	/** Site paths (with `/`) of the files that got at least one compressed copy. */
	compressed: string[];
}

async function compressFile(file: string, relative: string): Promise<boolean> {
	const original = await readFile(file);
	if (original.length < MIN_BYTES) return false;
	// Most pages of a rebuild are unchanged: their copies come from the cache, keyed by the bytes.
	const quality = brotliQuality(relative, original.length);
	const key = cacheKey(COMPRESSION_VERSION, { quality, bytes: createHash('sha256').update(original).digest('hex') });
	const [gz, br] = await Promise.all([
		cachedAsync('compressed', key, 'gz', () => gzipAsync(original, { level: 9 })),
		cachedAsync('compressed', key, 'br', () =>
			brotliAsync(original, {
				params: {
					[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
					[constants.BROTLI_PARAM_QUALITY]: quality,
					[constants.BROTLI_PARAM_SIZE_HINT]: original.length,
				},
			}),
		),
	]);
	const copies = [
		{ suffix: '.gz', bytes: gz },
		{ suffix: '.br', bytes: br },
	].filter((copy) => copy.bytes.length < original.length);
	await Promise.all(copies.map((copy) => writeFile(`${file}${copy.suffix}`, copy.bytes)));
	return copies.length > 0;
}

/** Compresses every text file under `dir` whose path (relative to it) `include` accepts, a few at a time (zlib runs on libuv's thread pool). */
export async function precompress(dir: string, include: (relative: string) => boolean = () => true): Promise<PrecompressResult> {
	const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile() && TEXT_EXTENSIONS.has(path.extname(entry.name)))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.filter((file) => include(path.relative(dir, file)));
	// Largest first, so the editor's bundle does not start last and leave one core idle at the end.
	const sizes = new Map(await Promise.all(files.map(async (file) => [file, (await stat(file)).size] as const)));
	const queue = files.sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
	const compressed: string[] = [];
	const worker = async () => {
		for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
			const relative = path.relative(dir, file);
			if (await compressFile(file, relative)) compressed.push(relative.split(path.sep).join('/'));
		}
	};
	await Promise.all(Array.from({ length: availableParallelism() }, worker));
	return { compressed: compressed.sort() };
}

/** The folder Pagefind writes its index into (search-index.ts). */
const SEARCH_INDEX_FOLDER = `pagefind${path.sep}`;

/**
 * The build step: `.gz` and `.br` copies of the text files. The site's own files are compressed
 * while Pagefind indexes them (it only reads them), on the core Pagefind leaves idle; the search
 * index's files last, once Pagefind has written them.
 */
export function precompression(part: 'site' | 'search-index'): BuildStep {
	const inSearchIndex = (relative: string) => relative.startsWith(SEARCH_INDEX_FOLDER);
	return {
		name: '写入压缩文件',
		phase: '压缩副本（precompression）',
		run: (dir) => precompress(dir, part === 'site' ? (relative) => !inSearchIndex(relative) : inSearchIndex),
	};
}
