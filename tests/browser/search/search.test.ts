/**
 * Search in Chromium, as a reader uses it: the header box submits to the search page, a
 * sample of the regression terms find their pages through the UI, filters narrow results,
 * everything works from the keyboard, axe finds nothing on the results, and result links
 * carry the base path.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../../helpers/built-site.ts';
import { BROWSER_SAMPLE, SEARCH_TERMS } from '../../search/terms.ts';
import { browserSession, serveSite } from '../chromium.ts';

const root = browserSession(builtSite('root'));

/** Waits for the search page to finish a search; returns the result links' paths. */
async function resultPaths(page: Page): Promise<string[]> {
	await page
		.locator('#search-message')
		.filter({ hasText: /找到|没有找到/ })
		.waitFor();
	return page.locator('#search-results h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('search in Chromium', () => {
	it('takes a query from the header box on any page to the search page', async () => {
		const page = await root.browser.newPage();
		await page.goto(`${root.url}benchmarks/`);
		await page.getByRole('searchbox', { name: '搜索本站' }).fill('凯歌公社');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		expect(await resultPaths(page)).toContain('/initiatives/changli-kaige-gongshe/');
		expect(await page.getByRole('searchbox', { name: '搜索词' }).inputValue()).toBe('凯歌公社');
		await page.close();
	});

	it.each(BROWSER_SAMPLE)('finds the page for “%s” on the first page of results', async (term) => {
		const expected = SEARCH_TERMS.find((entry) => entry.term === term)?.page;
		const page = await root.browser.newPage();
		await page.goto(`${root.url}search/?q=${encodeURIComponent(term)}`);
		expect(await resultPaths(page)).toContain(`/${expected}`);
		await page.close();
	});

	it('filters by status and pillar, and keeps the choice in the address', async () => {
		const page = await root.browser.newPage();
		await page.goto(`${root.url}search/`);
		await page.getByLabel('推进状态').selectOption('进度滞后');
		expect(await resultPaths(page)).toContain('/initiatives/wanghong-jiequ-yejian-jingji/');
		expect(new URL(page.url()).searchParams.get('status')).toBe('进度滞后');
		await page.getByLabel('所属方面').selectOption('安业安居');
		await page.locator('#search-message').filter({ hasText: '没有找到' }).or(page.locator('#search-results li')).first().waitFor();
		expect(new URL(page.url()).searchParams.get('pillar')).toBe('安业安居');
		await page.close();
	});

	it('is usable by keyboard alone, from query to result page', async () => {
		const page = await root.browser.newPage();
		await page.goto(`${root.url}search/`);
		// The filters appear once the index has loaded; before that, Enter would submit the form natively.
		await page.getByLabel('所属方面').waitFor();
		for (let step = 0; step < 20 && !(await page.evaluate(() => document.activeElement?.id === 'search-q')); step += 1) await page.keyboard.press('Tab');
		await page.keyboard.type('三家大米');
		await page.keyboard.press('Enter');
		await resultPaths(page);
		let onResult = false;
		for (let step = 0; step < 10 && !onResult; step += 1) {
			await page.keyboard.press('Tab');
			onResult = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null);
		}
		expect(onResult).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/initiatives\/sanjia-dami-nongye-yuanqu\/$/);
		await page.close();
	});

	it('passes axe (WCAG 2.2 A and AA) with results and filters showing', async () => {
		const context = await root.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${root.url}search/?q=${encodeURIComponent('琼江')}`);
		await resultPaths(page);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
		await context.close();
	});

	it('says what to do without JavaScript', async () => {
		const context = await root.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${root.url}search/?q=${encodeURIComponent('琼江')}`);
		const main = await page.locator('main').innerText();
		expect(main).toContain('站内搜索需要浏览器启用 JavaScript');
		expect(await page.getByRole('link', { name: '推进举措' }).count()).toBeGreaterThan(0);
		await context.close();
	});

	it('links results under the portal sub-path', async () => {
		const site = builtSite('subpath');
		const served = await serveSite(site);
		const page = await root.browser.newPage();
		try {
			await page.goto(`${served.url}search/?q=${encodeURIComponent('溧阳')}`);
			const paths = await resultPaths(page);
			expect(paths).toContain(`${site.base}benchmarks/`);
			await page.locator('#search-results h2 a').first().click();
			await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
			expect(new URL(page.url()).pathname.startsWith(site.base)).toBe(true);
		} finally {
			await page.close();
			await served.close();
		}
	});
});
