/**
 * The deployed nginx configuration (deploy/nginx/), run by the system's real nginx over both
 * test builds (site root and portal sub-path), checked over HTTP: every security header on
 * every kind of response, errors included; the precompressed gzip and brotli copies; cache
 * policies per part of the site; the site's own 404 page with status 404; content types with
 * charset; no directory listings and no dotfiles.
 *
 * nginx serves a copy of each build with a few planted files: dotfiles that must never be
 * served, and the file types the configuration maps that the build happens not to contain.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTALL_HINT } from '../../scripts/nginx/installation.ts';
import type { RunningNginx } from '../../scripts/nginx/server.ts';
import { areaHeaders, siteArea } from '../../src/security/response-headers.ts';
import { builtSite, type SiteKind } from '../helpers/built-site.ts';
import { get, serveWithNginx } from './nginx-site.ts';

/** Must never be served: the secret is planted in each. */
const SECRET = 'planted-secret-4f1c';
const DOTFILES = ['.env', '.git/config', '.git/HEAD', 'data/.hidden.csv', '_astro/.DS_Store'];

/** Types the build does not produce today but the configuration maps. */
const PLANTED = { 'site.webmanifest': '{"name":"安居区对标竞进"}', '_astro/planted.mjs': 'export const x = 1;\n' };

/** The headers a response from `sitePath` must carry, with lower-case names as Node reports them. */
function expectedHeaders(sitePath: string): Record<string, string> {
	return Object.fromEntries(Object.entries(areaHeaders(siteArea(sitePath))).map(([name, value]) => [name.toLowerCase(), value]));
}

/** The first entry page in a folder of pages, e.g. `initiatives/fenghuang-xincheng/`. */
function firstPage(dir: string, folder: string): string {
	const name = readdirSync(path.join(dir, folder), { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
	if (!name) throw new Error(`the build has no page in ${folder}/`);
	return `${folder}/${name}/`;
}

function firstFile(dir: string, folder: string, extension: string): string {
	const name = readdirSync(path.join(dir, folder)).find((file) => file.endsWith(extension) && !file.startsWith('.'));
	if (!name) throw new Error(`the build has no ${folder}/*${extension}`);
	return `${folder}/${name}`;
}

describe.each<SiteKind>(['root', 'subpath'])('nginx over the %s build', (kind) => {
	const site = builtSite(kind);
	let copy: string;
	let nginx: RunningNginx;
	const url = (sitePath: string) => `${nginx.url}${sitePath}`;
	const file = (sitePath: string) => readFileSync(path.join(copy, sitePath));
	const notFoundPage = () => file('404.html');

	beforeAll(async () => {
		copy = path.join(mkdtempSync(path.join(tmpdir(), 'anju-nginx-site-')), 'site');
		cpSync(site.dist, copy, { recursive: true });
		for (const dotfile of DOTFILES) {
			mkdirSync(path.dirname(path.join(copy, dotfile)), { recursive: true });
			writeFileSync(path.join(copy, dotfile), SECRET);
		}
		for (const [name, text] of Object.entries(PLANTED)) writeFileSync(path.join(copy, name), text);
		nginx = await serveWithNginx(copy, site.base);
	});
	afterAll(async () => {
		await nginx?.stop();
		if (copy) rmSync(path.dirname(copy), { recursive: true, force: true });
	});

	/** Pages and files of every kind, by site path (relative to the base path). */
	const samples = () => [
		'',
		'about/',
		firstPage(copy, 'initiatives'),
		firstPage(copy, 'indicators'),
		'404.html',
		firstFile(copy, 'data', '.csv'),
		firstFile(copy, 'data', '.json'),
		'datapackage.json',
		'rss.xml',
		'atom.xml',
		'sitemap-index.xml',
		firstFile(copy, 'charts', '.svg'),
		firstFile(copy, 'charts', '.png'),
		'favicon.svg',
		'robots.txt',
		firstFile(copy, '_astro', '.css'),
		firstFile(copy, '_astro', '.js'),
		'search/',
		'pagefind/pagefind.js',
		firstFile(copy, 'pagefind/fragment', '.pf_fragment'),
		'admin/',
		'admin/decap-cms.js',
	];

	it('sends the security headers and the cache policy of each part of the site', async () => {
		for (const sitePath of samples()) {
			const response = await get(url(sitePath));
			expect(response.status, sitePath).toBe(200);
			expect(response.headers, sitePath).toMatchObject(expectedHeaders(sitePath));
			if (siteArea(sitePath) === 'admin') expect(response.headers['content-security-policy'], sitePath).toBeUndefined();
		}
		// The editor goes without the header because its page carries a policy of its own.
		expect((await get(url('admin/'))).body.toString('utf8')).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\';');
		// The parts differ as intended, so the comparison above could tell them apart.
		expect((await get(url(firstFile(copy, '_astro', '.css')))).headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect((await get(url('rss.xml'))).headers['cache-control']).toBe('public, max-age=300, must-revalidate');
		expect((await get(url('search/'))).headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
		expect((await get(url(''))).headers['content-security-policy']).not.toContain("'wasm-unsafe-eval'");
	});

	it('lets browsers revalidate: ETag and Last-Modified, then 304 Not Modified', async () => {
		for (const sitePath of ['', firstFile(copy, 'data', '.csv'), firstFile(copy, '_astro', '.css')]) {
			const first = await get(url(sitePath));
			expect(first.headers['etag'], sitePath).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
			expect(first.headers['last-modified'], sitePath).toMatch(/GMT$/);
			const again = await get(url(sitePath), { 'If-None-Match': first.headers['etag'] ?? '' });
			expect(again.status, sitePath).toBe(304);
			expect(again.headers, sitePath).toMatchObject(expectedHeaders(sitePath));
		}
	});

	it('declares every text type with charset=utf-8, and the right types for data, feeds and images', async () => {
		const types: Record<string, RegExp> = {
			'': /^text\/html; charset=utf-8$/,
			[firstFile(copy, 'data', '.csv')]: /^text\/csv; charset=utf-8$/,
			[firstFile(copy, 'data', '.json')]: /^application\/json; charset=utf-8$/,
			'datapackage.json': /^application\/json; charset=utf-8$/,
			'rss.xml': /^(text|application)\/xml; charset=utf-8$/,
			'atom.xml': /^(text|application)\/xml; charset=utf-8$/,
			'sitemap-index.xml': /^(text|application)\/xml; charset=utf-8$/,
			'sitemap-0.xml': /^(text|application)\/xml; charset=utf-8$/,
			[firstFile(copy, 'charts', '.svg')]: /^image\/svg\+xml; charset=utf-8$/,
			[firstFile(copy, 'charts', '.png')]: /^image\/png$/,
			'robots.txt': /^text\/plain; charset=utf-8$/,
			'site.webmanifest': /^application\/manifest\+json; charset=utf-8$/,
			[firstFile(copy, '_astro', '.css')]: /^text\/css; charset=utf-8$/,
			[firstFile(copy, '_astro', '.js')]: /^(text|application)\/javascript; charset=utf-8$/,
			'_astro/planted.mjs': /^text\/javascript; charset=utf-8$/,
			'pagefind/pagefind.js': /^(text|application)\/javascript; charset=utf-8$/,
			'pagefind/pagefind-entry.json': /^application\/json; charset=utf-8$/,
		};
		for (const [sitePath, type] of Object.entries(types)) {
			const response = await get(url(sitePath), {}, 'HEAD');
			expect(response.status, sitePath).toBe(200);
			expect(response.headers['content-type'], sitePath).toMatch(type);
		}
	});

	it('sends the precompressed gzip and brotli copies, which decompress to the file itself', async () => {
		expect(nginx.installation.brotliModule, `nginx 没有 brotli 模块：${INSTALL_HINT}`).toBeDefined();
		const decoders: Record<string, (body: Buffer) => Buffer> = { gzip: gunzipSync, br: brotliDecompressSync };
		const compressible = [
			'',
			'about/',
			firstFile(copy, 'data', '.csv'),
			'datapackage.json',
			firstFile(copy, 'charts', '.svg'),
			firstFile(copy, '_astro', '.css'),
			'pagefind/pagefind.js',
			'rss.xml',
		];
		for (const sitePath of compressible) {
			const onDisk = file(sitePath.endsWith('/') || sitePath === '' ? `${sitePath}index.html` : sitePath);
			for (const [encoding, decode] of Object.entries(decoders)) {
				const response = await get(url(sitePath), { 'Accept-Encoding': encoding });
				expect(response.headers['content-encoding'], `${sitePath} ${encoding}`).toBe(encoding);
				expect(response.headers['vary'], `${sitePath} ${encoding}`).toBe('Accept-Encoding');
				expect(response.body.length, `${sitePath} ${encoding}`).toBeLessThan(onDisk.length);
				expect(decode(response.body).equals(onDisk), `${sitePath} ${encoding}`).toBe(true);
				expect(response.headers, `${sitePath} ${encoding}`).toMatchObject(expectedHeaders(sitePath));
			}
			const plain = await get(url(sitePath));
			expect(plain.headers['content-encoding'], sitePath).toBeUndefined();
			expect(plain.body.equals(onDisk), sitePath).toBe(true);
		}
	});

	it('answers a missing page with the site’s own 404 page and status 404, with every header', async () => {
		for (const sitePath of ['no-such-page/', 'initiatives/no-such-initiative/', '_astro/missing.js', 'admin/missing', 'data/missing.csv']) {
			const response = await get(url(sitePath));
			expect(response.status, sitePath).toBe(404);
			expect(response.headers['content-type'], sitePath).toBe('text/html; charset=utf-8');
			expect(response.body.equals(notFoundPage()), sitePath).toBe(true);
			expect(response.headers, sitePath).toMatchObject(expectedHeaders('404.html'));
		}
		expect(notFoundPage().toString('utf8')).toContain('页面未找到');
		expect(notFoundPage().toString('utf8')).toContain(`href="${site.base}"`);
	});

	it('never lists a folder: a folder without index.html is a 404', async () => {
		for (const folder of ['_astro/', 'pagefind/', 'pagefind/fragment/', 'charts/']) {
			const response = await get(url(folder));
			expect(response.status, folder).toBe(404);
			expect(response.body.equals(notFoundPage()), folder).toBe(true);
		}
	});

	it('never serves a dotfile or any path with a segment starting with a dot, nor _headers', async () => {
		for (const sitePath of [...DOTFILES, '.git/', '.well-known/security.txt', '%2eenv', '_headers']) {
			const response = await get(url(sitePath));
			expect(response.status, sitePath).toBe(404);
			expect(response.body.toString('utf8'), sitePath).not.toContain(SECRET);
			expect(response.body.equals(notFoundPage()), sitePath).toBe(true);
		}
	});

	it('redirects a folder without its slash by path alone, and hides the nginx version', async () => {
		const response = await get(url('about'));
		expect(response.status).toBe(301);
		expect(response.headers['location']).toBe(`${site.base}about/`);
		expect((await get(url(''))).headers['server']).toBe('nginx');
	});
});
