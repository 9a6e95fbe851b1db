/**
 * The reading aids beyond the keyboard walk-through: read aloud (only where the browser can
 * speak), the page without JavaScript, forced colours, and the weight of the JavaScript every
 * public page carries (≤ 4 KB gzipped, all of it the site's own).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../../helpers/built-site.ts';
import { browserSession } from '../chromium.ts';
import { readerPaths } from './site-pages.ts';

const INITIATIVE = 'initiatives/qiongjiang-shengtai-zoulang/';
const JS_BUDGET_GZIP = 4 * 1024;

describe('reading aids in Chromium', () => {
	const site = builtSite('root');
	const session = browserSession(site);

	async function open(options: BrowserContextOptions, init?: () => void): Promise<Page> {
		const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
		if (init) await context.addInitScript(init);
		const page = await context.newPage();
		await page.goto(session.url + INITIATIVE);
		return page;
	}

	it('reads the main content aloud in Chinese, sentence by sentence, and stops', async () => {
		// A recording stand-in for the browser's speech engine, so the test hears what would be said.
		const page = await open({}, () => {
			const log: { spoken: { text: string; lang: string }[]; cancelled: number } = { spoken: [], cancelled: 0 };
			Object.assign(window, { speechLog: log });
			Object.defineProperty(window, 'speechSynthesis', {
				value: {
					speak: (utterance: SpeechSynthesisUtterance) => log.spoken.push({ text: utterance.text, lang: utterance.lang }),
					cancel: () => log.cancelled++,
					getVoices: () => [],
				},
			});
		});
		const speak = page.getByRole('button', { name: '朗读正文' });
		await page.getByRole('button', { name: '长者模式' }).click();
		await speak.click();
		const log = await page.evaluate(() => (window as unknown as { speechLog: { spoken: { text: string; lang: string }[] } }).speechLog);
		const mainText = await page.locator('main').innerText();
		expect(log.spoken.length).toBeGreaterThan(10);
		expect(log.spoken.every((utterance) => utterance.lang === 'zh-CN')).toBe(true);
		expect(
			log.spoken
				.map((utterance) => utterance.text)
				.join('')
				.replace(/\s/g, ''),
		).toBe(mainText.replace(/\s/g, ''));
		expect(log.spoken.some((utterance) => utterance.text.includes('长者模式'))).toBe(false);

		const stop = page.getByRole('button', { name: '停止朗读' });
		await stop.click();
		expect(await page.evaluate(() => (window as unknown as { speechLog: { cancelled: number } }).speechLog.cancelled)).toBeGreaterThan(0);
		await expect.poll(() => speak.isVisible()).toBe(true);
		await page.context().close();
	});

	it('offers no read-aloud button where the browser cannot speak', async () => {
		const page = await open({}, () => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
		await page.getByRole('button', { name: '长者模式' }).click();
		await expect.poll(() => page.getByRole('button', { name: '特大' }).isVisible()).toBe(true);
		expect(await page.locator('[data-speak]').isVisible()).toBe(false);
		await page.context().close();
	});

	it('without JavaScript the page is complete and shows no reading-aid controls', async () => {
		const page = await open({ javaScriptEnabled: false });
		expect(await page.locator('[data-reading-aids]').isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: '长者模式' }).count()).toBe(0);
		expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
		expect(await page.locator('main table').count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it('in forced colours (Windows high contrast) a pressed aid is shown by a tick and system colours', async () => {
		const page = await open({ forcedColors: 'active' });
		await page.getByRole('button', { name: '长者模式' }).click();
		await page.getByRole('button', { name: '大', exact: true }).click();
		const pressed = await page.getByRole('button', { name: '大', exact: true }).evaluate((button) => ({
			tick: getComputedStyle(button, '::before').content,
			adjust: getComputedStyle(button).forcedColorAdjust,
		}));
		expect(pressed).toEqual({ tick: '"✓ " / ""', adjust: 'none' });
		await page.context().close();
	});
});

describe('JavaScript on public pages', () => {
	const site = builtSite('root');

	/** Every script a page runs, as gzipped bytes: inline ones and files from the site. */
	function pageScripts(page: string): { source: string; gzip: number }[] {
		const html = readFileSync(path.join(site.dist, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
		return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes = '', body = '']) => {
			const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
			if (src && !src.startsWith(site.base)) throw new Error(`${page} loads a script from elsewhere: ${src}`);
			const code = src ? readFileSync(path.join(site.dist, src.slice(site.base.length))) : Buffer.from(body);
			return { source: src ?? 'inline', gzip: gzipSync(code, { level: 9 }).length };
		});
	}

	it(`is at most ${JS_BUDGET_GZIP} bytes gzipped on every page, and all of it the site's own`, () => {
		const pages = readerPaths(site);
		const totals = pages.map((page) => ({ page, gzip: pageScripts(page).reduce((sum, script) => sum + script.gzip, 0) }));
		const heaviest = totals.reduce((max, total) => (total.gzip > max.gzip ? total : max));
		console.log(`JavaScript per page: at most ${heaviest.gzip} bytes gzipped (/${heaviest.page}) of ${JS_BUDGET_GZIP}`);
		expect(totals.filter((total) => total.gzip > JS_BUDGET_GZIP)).toEqual([]);
		// The reading aids ship on every page: the <head> script and the panel's script.
		expect(pageScripts('').length).toBeGreaterThanOrEqual(2);
	});
});
