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
import { availableParallelism } from 'node:os';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { BuildStep } from './build-step.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.xml', '.svg', '.txt', '.webmanifest']);

export const MIN_BYTES = 1024;

/**
 * Above this size brotli's top quality (11) is far too slow: measured on the web editor's
 * 5 MB bundle, quality 11 takes 14.6 s and quality 9 0.9 s for a file 10 % larger. Only the
 * editor's bundle is that big, and only editors load it.
 */
const BROTLI_MAX_QUALITY_BYTES = 1024 * 1024;

export interface PrecompressResult {
	/** Site paths (with `/`) of the files that got at least one compressed copy. */
	compressed: string[];
}

async function compressFile(file: string): Promise<boolean> {
	const original = await readFile(file);
	if (original.length < MIN_BYTES) return false;
	const [gz, br] = await Promise.all([
		gzipAsync(original, { level: 9 }),
		brotliAsync(original, {
			params: {
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_QUALITY]: original.length > BROTLI_MAX_QUALITY_BYTES ? 9 : constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_SIZE_HINT]: original.length,
			},
		}),
	]);
	const copies = [
		{ suffix: '.gz', bytes: gz },
		{ suffix: '.br', bytes: br },
	].filter((copy) => copy.bytes.length < original.length);
	await Promise.all(copies.map((copy) => writeFile(`${file}${copy.suffix}`, copy.bytes)));
	return copies.length > 0;
}

/** Compresses every text file under `dir`, a few at a time (zlib runs on libuv's thread pool). */
export async function precompress(dir: string): Promise<PrecompressResult> {
	const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile() && TEXT_EXTENSIONS.has(path.extname(entry.name)))
		.map((entry) => path.join(entry.parentPath, entry.name));
	// Largest first, so the editor's bundle does not start last and leave one core idle at the end.
	const sizes = new Map(await Promise.all(files.map(async (file) => [file, (await stat(file)).size] as const)));
	const queue = files.sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
	const compressed: string[] = [];
	const worker = async () => {
		for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
			if (await compressFile(file)) compressed.push(path.relative(dir, file).split(path.sep).join('/'));
		}
	};
	await Promise.all(Array.from({ length: availableParallelism() }, worker));
	return { compressed: compressed.sort() };
}

/** The build step: `.gz` and `.br` copies of the text files, last, so it covers what the other steps wrote. */
export function precompression(): BuildStep {
	return { name: '写入压缩文件', run: precompress };
}
