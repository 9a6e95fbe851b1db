/**
 * The site in Chromium behind the real nginx configuration, under the portal sub-path: with
 * the Content-Security-Policy and Permissions-Policy headers in force, pages of every kind
 * load without a single violation or console error, and the search (Pagefind's WebAssembly
 * in a Web Worker, which obeys its own script's header) still finds results.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningNginx } from '../../scripts/nginx/server.ts';
import { onePerPageType, readerPaths } from '../browser/a11y/site-pages.ts';
import { launchChromium } from '../browser/chromium.ts';
import { builtSite } from '../helpers/built-site.ts';
import { serveWithNginx } from './nginx-site.ts';

const site = builtSite('subpath');
let browser: Browser;
let nginx: RunningNginx;

beforeAll(async () => {
	[browser, nginx] = await Promise.all([launchChromium(), serveWithNginx(site.dist, site.base)]);
});
afterAll(async () => {
	await browser?.close();
	await nginx?.stop();
});

/** A page that records CSP violations and console errors (Chromium reports bad policy headers there). */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
	const page = await browser.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
	await page.exposeFunction('reportViolation', (text: string) => problems.push(`${page.url()}: ${text}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation(text: string): void }).reportViolation(`CSP ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
		});
	});
	return { page, problems };
}

describe('the site behind nginx in Chromium', () => {
	it('loads one page of every kind with no CSP violation or console error', async () => {
		const { page, problems } = await watchedPage();
		const pages = onePerPageType(readerPaths(site));
		expect(pages.length).toBeGreaterThan(8);
		for (const pagePath of pages) {
			const response = await page.goto(nginx.url + pagePath, { waitUntil: 'networkidle' });
			expect(response?.status(), pagePath).toBe(200);
			expect(await response?.headerValue('content-security-policy'), pagePath).toContain("frame-ancestors 'self'");
		}
		expect(problems).toEqual([]);
		await page.close();
	});

	it('searches under the header policy, Pagefind’s worker included', async () => {
		const { page, problems } = await watchedPage();
		await page.goto(`${nginx.url}search/?q=${encodeURIComponent('溧阳')}`);
		const message = page.locator('#search-message');
		// Settles on a count, on nothing found, or on the index failing to load (as a blocked worker would).
		await message.filter({ hasText: /找到|无法加载/ }).waitFor();
		expect(await message.innerText()).toMatch(/^找到 \d+ 条/);
		// The count is shown before the result links are added.
		await page.locator('#search-results h2 a').first().waitFor();
		const results = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(results).toContain(`${site.base}benchmarks/`);
		expect(problems).toEqual([]);
		await page.close();
	});
});
