/**
 * Printing an initiative page: A4, the content with its tables, charts and source lines, and
 * the page's own URL; no navigation, reading aids or skip link; the screen text size (特大
 * here) does not blow up the printout.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newContextInMode, READING_MODES } from '../../../scripts/reading-modes.ts';
import { builtSite } from '../../helpers/built-site.ts';
import { browserSession } from '../chromium.ts';

const INITIATIVE = 'initiatives/qiongjiang-shengtai-zoulang/';
/** A4 in PDF points. */
const A4 = { width: 595.92, height: 841.92 };

describe('print', () => {
	const site = builtSite('subpath');
	const session = browserSession(site);
	let page: Page;

	beforeAll(async () => {
		const xl = READING_MODES.find((mode) => mode.name === 'text-xl');
		if (!xl) throw new Error('no 特大 reading mode');
		page = await (await newContextInMode(session.browser, xl)).newPage();
		await page.goto(session.url + INITIATIVE);
		await page.emulateMedia({ media: 'print' });
	});

	const shown = (selector: string) => page.locator(selector).evaluateAll((elements) => elements.map((element) => (element as HTMLElement).checkVisibility()));

	it('leaves out the navigation, reading aids, breadcrumbs and skip link', async () => {
		for (const selector of ['nav[aria-label="主导航"]', '[data-reading-aids]', '.breadcrumbs', '.skip-link']) {
			expect(await shown(selector), selector).not.toContain(true);
		}
	});

	it('prints the page URL, the tables and the source lines', async () => {
		const url = page.getByText(`本页网址：${site.siteUrl}${INITIATIVE}`);
		expect(await url.isVisible()).toBe(true);
		expect(await shown('main table')).not.toContain(false);
		expect(await shown('main table').then((tables) => tables.length)).toBeGreaterThan(0);
		expect(await page.locator('main').getByText('数据来源：').first().isVisible()).toBe(true);
		expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize))).toBeLessThan(16);
	});

	it('the screen shows no printed URL', async () => {
		await page.emulateMedia({ media: 'screen' });
		expect(await page.getByText('本页网址：').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'print' });
	});

	it('produces A4 pages', async () => {
		const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
		const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(([, width, height]) => ({
			width: Number(width),
			height: Number(height),
		}));
		expect(boxes.length).toBeGreaterThan(1);
		// Chromium lays pages out in whole CSS pixels, so a page may be a fraction of a point short.
		for (const box of boxes) {
			expect(Math.abs(box.width - A4.width)).toBeLessThan(1.5);
			expect(Math.abs(box.height - A4.height)).toBeLessThan(1.5);
		}
	});
});
