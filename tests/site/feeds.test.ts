/**
 * Subscribing and crawling, checked on the sub-path build where a wrong base shows: the RSS
 * and Atom feeds of updates, the sitemap and robots.txt, all with absolute URLs under the base.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';
import { isUtility, SECTION_IDS, SECTIONS } from '../../src/site-map.ts';
import { publicPages, readSite, siteFiles } from './files.ts';

const site = builtSite('subpath');
const updates = siteFiles(site.dist, '.html').filter((page) => /^updates\/[^/]+\/index\.html$/.test(page));

function xml(file: string): Document {
	return new JSDOM(readSite(site.dist, file), { contentType: 'application/xml' }).window.document;
}

/** The built file behind an absolute URL of this site, or undefined when there is none. */
function fileFor(url: string): string | undefined {
	expect(url.startsWith(site.siteUrl), `${url} is under ${site.siteUrl}`).toBe(true);
	const relative = decodeURIComponent(url.slice(site.siteUrl.length));
	const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
	return existsSync(path.join(site.dist, file)) ? file : undefined;
}

describe('the feeds', () => {
	it('RSS lists every update, newest first, with absolute links under the base path', () => {
		const doc = xml('rss.xml');
		const items = [...doc.querySelectorAll('item')];
		expect(items).toHaveLength(updates.length);
		for (const item of items) expect(fileFor(item.querySelector('link')?.textContent ?? '')).toBeDefined();
		const dates = items.map((item) => Date.parse(item.querySelector('pubDate')?.textContent ?? ''));
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		expect(doc.querySelector('channel > link')?.textContent).toBe(`${site.siteUrl}updates/`);
		expect(doc.querySelector('channel > language')?.textContent).toBe('zh-CN');
		expect(items.every((item) => item.querySelector('description')?.textContent?.startsWith('【示例数据】'))).toBe(true);
	});

	it('Atom carries the same entries with absolute links and RFC 3339 dates', () => {
		const doc = xml('atom.xml');
		const entries = [...doc.querySelectorAll('entry')];
		expect(entries).toHaveLength(updates.length);
		for (const entry of entries) {
			expect(fileFor(entry.querySelector('link')?.getAttribute('href') ?? '')).toBeDefined();
			expect(entry.querySelector('updated')?.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
		}
		expect(doc.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe(`${site.siteUrl}atom.xml`);
	});

	it('are announced on every page', () => {
		for (const page of publicPages(site.dist)) {
			const html = readSite(site.dist, page);
			expect(html, page).toContain(
				`<link rel="alternate" type="application/rss+xml" title="安居区对标竞进进展公开：工作动态（RSS）" href="${site.base}rss.xml">`,
			);
			expect(html, page).toContain(`type="application/atom+xml"`);
		}
	});
});

describe('the sitemap and robots.txt', () => {
	it('list every public page but the utility pages (404, search, changes), by absolute URL', () => {
		const index = xml('sitemap-index.xml');
		const sitemaps = [...index.querySelectorAll('sitemap > loc')].map((loc) => fileFor(loc.textContent ?? ''));
		const listed = sitemaps.flatMap((file) => [...xml(file ?? '').querySelectorAll('url > loc')].map((loc) => fileFor(loc.textContent ?? '')));
		const utility = SECTION_IDS.filter(isUtility).map((id) => (id === 'notFound' ? '404.html' : `${SECTIONS[id].path}/index.html`));
		expect(utility).toEqual(['changes/index.html', 'search/index.html', '404.html']);
		const expected = publicPages(site.dist).filter((page) => !utility.includes(page));
		expect(listed.sort()).toEqual(expected);
	});

	it('robots.txt points to the sitemap', () => {
		const robots = readSite(site.dist, 'robots.txt');
		const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
		expect(fileFor(sitemap)).toBe('sitemap-index.xml');
		expect(robots).toMatch(/^User-agent: \*$/m);
	});
});
