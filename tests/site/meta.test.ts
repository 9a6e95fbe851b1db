/**
 * What a page shows when it is shared or bookmarked: Open Graph and Twitter metadata with an
 * absolute, existing picture for every page (the page's chart, or its generated card), and
 * the favicon and home-screen icon.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, type SiteKind } from '../helpers/built-site.ts';
import { metaContent } from '../../scripts/build/og-cards.ts';
import { publicPages, readSite } from './files.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each<SiteKind>(['root', 'subpath'])('share metadata in the %s build', (kind) => {
	const site = builtSite(kind);
	const local = (url: string) => {
		expect(url.startsWith(site.siteUrl), `${url} is absolute under ${site.siteUrl}`).toBe(true);
		return path.join(site.dist, decodeURIComponent(url.slice(site.siteUrl.length)));
	};

	it('gives every page its own title, description, URL and picture', () => {
		const cards: string[] = [];
		for (const page of publicPages(site.dist)) {
			const html = readSite(site.dist, page);
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
			expect(metaContent(html, 'og:url'), page).toBe(canonical);
			expect(metaContent(html, 'og:title'), page).toBeTruthy();
			expect(metaContent(html, 'og:description'), page).toBeTruthy();
			expect(metaContent(html, 'og:locale'), page).toBe('zh_CN');
			expect(metaContent(html, 'twitter:card'), page).toBe('summary_large_image');
			const image = metaContent(html, 'og:image') ?? '';
			expect(metaContent(html, 'twitter:image'), page).toBe(image);
			expect(metaContent(html, 'og:image:alt'), page).toBeTruthy();
			const size = pngSize(local(image));
			const declared = metaContent(html, 'og:image:width');
			if (declared) expect(size, page).toEqual({ width: Number(declared), height: Number(metaContent(html, 'og:image:height')) });
			if (!image.includes('/charts/')) cards.push(image);
		}
		// A card per page: no two pages share one.
		expect(new Set(cards).size).toBe(cards.length);
	});

	it('shows an indicator’s chart, and an initiative its first chart, when they have one', () => {
		const indicator = readSite(site.dist, 'indicators/qiongjiang-shengtai-zoulang-licheng/index.html');
		expect(metaContent(indicator, 'og:image')).toBe(`${site.siteUrl}charts/qiongjiang-shengtai-zoulang-licheng.png`);
		const initiative = readSite(site.dist, 'initiatives/qiongjiang-shengtai-zoulang/index.html');
		expect(metaContent(initiative, 'og:image')).toMatch(new RegExp(`^${site.siteUrl}charts/[\\w-]+\\.png$`));
		expect(metaContent(readSite(site.dist, 'about/index.html'), 'og:image')).toBe(`${site.siteUrl}og/about.png`);
	});

	it('links the favicon and a 180 px home-screen icon that exist', () => {
		const html = readSite(site.dist, 'index.html');
		expect(html).toContain(`<link rel="icon" href="${site.base}favicon.svg" type="image/svg+xml">`);
		expect(readSite(site.dist, 'favicon.svg')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(html).toContain(`<link rel="apple-touch-icon" href="${site.base}apple-touch-icon.png">`);
		expect(pngSize(path.join(site.dist, 'apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
	});
});
