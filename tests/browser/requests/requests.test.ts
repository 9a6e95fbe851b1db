/**
 * Self-contained: in Chromium, one page of every kind (and the search page running a search)
 * is loaded at the root and under the portal sub-path while every request is recorded. None
 * may leave the site's origin: no web fonts, CDNs, analytics or third-party scripts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type SiteKind } from '../../helpers/built-site.ts';
import { onePerPageType, readerPaths } from '../a11y/site-pages.ts';
import { launchChromium, serveSite } from '../chromium.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each<SiteKind>(['root', 'subpath'])('requests from the %s build', (kind) => {
	it('never leave the site’s origin', async () => {
		const site = builtSite(kind);
		const served = await serveSite(site);
		const origin = new URL(served.url).origin;
		const context = await browser.newContext();
		const requests: { page: string; url: string }[] = [];
		let current = '';
		context.on('request', (request) => requests.push({ page: current, url: request.url() }));
		try {
			const pages = [...onePerPageType(readerPaths(site)), `search/?q=${encodeURIComponent('琼江')}`];
			const page = await context.newPage();
			for (const pagePath of pages) {
				current = pagePath;
				await page.goto(served.url + pagePath, { waitUntil: 'networkidle' });
				if (pagePath.startsWith('search/?q=')) await page.locator('#search-results li').first().waitFor();
			}
			expect(pages.length).toBeGreaterThan(8);
			const outside = requests.filter((request) => !request.url.startsWith(`${origin}/`) && !request.url.startsWith('data:'));
			expect(outside.map((request) => `${request.page}: ${request.url}`)).toEqual([]);
			const pagefind = requests.filter((request) => request.url.includes('/pagefind/'));
			expect(pagefind.length).toBeGreaterThan(0);
			// Only the search page, with or without a query, loads Pagefind.
			expect(new Set(pagefind.map((request) => request.page.replace(/\?.*/, '')))).toEqual(new Set(['search/']));
		} finally {
			await context.close();
			await served.close();
		}
	});
});
