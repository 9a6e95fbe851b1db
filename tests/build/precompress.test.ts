/**
 * The build's precompression step (scripts/build/precompress.ts): a `.gz` and a `.br` beside
 * each text file that decompress to it, nothing for tiny, binary or already-compressed files,
 * and every built site carries them.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompress, TEXT_EXTENSIONS } from '../../scripts/build/precompress.ts';
import { builtSite, type SiteKind } from '../helpers/built-site.ts';

const TEXT = '安居区对标竞进进展公开，琼江生态走廊。'.repeat(200);

describe('precompress', () => {
	let dir: string;
	let cache: string;
	beforeAll(async () => {
		cache = mkdtempSync(path.join(tmpdir(), 'anju-precompress-cache-'));
		process.env['ANJU_CHART_CACHE'] = cache;
		dir = mkdtempSync(path.join(tmpdir(), 'anju-precompress-'));
		mkdirSync(path.join(dir, 'data'));
		mkdirSync(path.join(dir, 'pagefind/fragment'), { recursive: true });
		for (const name of ['index.html', 'data/a.csv', 'data/a.json', 'feed.xml', 'chart.svg', 'app.js', 'app.mjs', 'style.css', 'notes.txt', 'site.webmanifest'])
			writeFileSync(path.join(dir, name), TEXT);
		writeFileSync(path.join(dir, 'tiny.html'), '<p>小</p>');
		writeFileSync(path.join(dir, 'chart.png'), TEXT);
		writeFileSync(path.join(dir, 'pagefind/fragment/x.pf_fragment'), gzipSync(TEXT));
		// Random bytes do not compress: a copy would be larger than the file.
		writeFileSync(path.join(dir, 'random.txt'), randomBytes(4096));
	});
	afterAll(() => {
		delete process.env['ANJU_CHART_CACHE'];
		for (const folder of [dir, cache]) rmSync(folder, { recursive: true, force: true });
	});

	it('writes .gz and .br copies that decompress to the text file, and only for text files worth it', async () => {
		const { compressed } = await precompress(dir);
		expect(compressed).toEqual([
			'app.js',
			'app.mjs',
			'chart.svg',
			'data/a.csv',
			'data/a.json',
			'feed.xml',
			'index.html',
			'notes.txt',
			'site.webmanifest',
			'style.css',
		]);
		for (const file of compressed) {
			const original = readFileSync(path.join(dir, file));
			expect(gunzipSync(readFileSync(path.join(dir, `${file}.gz`))).equals(original), file).toBe(true);
			expect(brotliDecompressSync(readFileSync(path.join(dir, `${file}.br`))).equals(original), file).toBe(true);
			expect(statSync(path.join(dir, `${file}.br`)).size, file).toBeLessThan(statSync(path.join(dir, `${file}.gz`)).size);
		}
		const all = readdirSync(dir, { recursive: true, encoding: 'utf8' });
		for (const skipped of ['tiny.html', 'chart.png', 'random.txt', path.join('pagefind', 'fragment', 'x.pf_fragment')]) {
			expect(
				all.filter((file) => file.startsWith(`${skipped}.`)),
				skipped,
			).toEqual([]);
		}
	});

	it('compresses again only the files whose bytes changed, taking the others from the cache', async () => {
		const cachedCopies = () => readdirSync(path.join(cache, 'compressed')).sort();
		await precompress(dir);
		const before = cachedCopies();
		// The ten text files hold the same bytes, so they share one cached pair; random.txt has its own (tried, then not kept beside it).
		expect(before).toHaveLength(4);
		const edited = `${TEXT}凤凰新城。`;
		writeFileSync(path.join(dir, 'index.html'), edited);
		await precompress(dir);
		const added = cachedCopies().filter((file) => !before.includes(file));
		expect(added.map((file) => path.extname(file)).sort()).toEqual(['.br', '.gz']);
		expect(brotliDecompressSync(readFileSync(path.join(dir, 'index.html.br'))).toString()).toBe(edited);
		expect(gunzipSync(readFileSync(path.join(dir, 'index.html.gz'))).toString()).toBe(edited);
		expect(gunzipSync(readFileSync(path.join(dir, 'style.css.gz'))).toString()).toBe(TEXT);
	});
});

describe.each<SiteKind>(['root', 'subpath'])('the %s build', (kind) => {
	it('carries a .gz and a .br copy of every text file of some size', () => {
		const { dist } = builtSite(kind);
		const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
		const text = files.filter((file) => TEXT_EXTENSIONS.has(path.extname(file)) && statSync(path.join(dist, file)).size >= MIN_BYTES);
		expect(text.length).toBeGreaterThan(100);
		const present = new Set(files);
		const missing = text.filter((file) => !present.has(`${file}.gz`) || !present.has(`${file}.br`));
		expect(missing).toEqual([]);
		expect(files.some((file) => /\.pf_(fragment|index|meta|filter)\.(gz|br)$/.test(file))).toBe(false);
	});
});
