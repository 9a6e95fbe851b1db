/**
 * Keyboard only, as a reader who cannot use a mouse: the skip link comes first and works,
 * Tab reaches every control in reading order, focus is always visible (outline ≥ 2 px at
 * ≥ 3:1 against its background), and the reading aids open and work from the keyboard.
 * Runs under the portal sub-path, where the skip link's #main must still resolve.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../../helpers/built-site.ts';
import { browserSession } from '../chromium.ts';
import { contrastRatio } from './contrast.ts';
import { focusState, markFocusables, type FocusState } from './focus.ts';

const PAGES = { home: '', initiative: 'initiatives/qiongjiang-shengtai-zoulang/' };

async function tab(page: Page, key = 'Tab'): Promise<FocusState> {
	await page.keyboard.press(key);
	const state = await page.evaluate(focusState);
	if (!state) throw new Error(`${key} left focus on the page body`);
	return state;
}

function expectVisibleFocus(state: FocusState): void {
	expect(state.inViewport, `${state.name} is on screen`).toBe(true);
	expect(state.outlineWidth, `${state.name} outline width`).toBeGreaterThanOrEqual(2);
	expect(contrastRatio(state.outlineColor, state.background), `${state.name} outline contrast`).toBeGreaterThanOrEqual(3);
}

describe('keyboard', () => {
	const site = builtSite('subpath');
	const session = browserSession(site);

	async function open(path: string, width = 390): Promise<Page> {
		const context = await session.browser.newContext({ viewport: { width, height: 844 } });
		const page = await context.newPage();
		await page.goto(session.url + path);
		return page;
	}

	for (const [kind, path] of Object.entries(PAGES)) {
		for (const width of [390, 1280]) {
			it(`${kind} page at ${width} px: Tab visits every control in order, each with visible focus`, async () => {
				const page = await open(path, width);
				const count = await page.evaluate(markFocusables);
				expect(count).toBeGreaterThan(15);
				const visited: number[] = [];
				for (let step = 0; step < count; step++) {
					const state = await tab(page);
					expectVisibleFocus(state);
					visited.push(state.index);
				}
				expect(visited).toEqual([...Array(count).keys()]);
				await page.context().close();
			});
		}

		it(`${kind} page: the skip link comes first and moves focus to the main content`, async () => {
			const page = await open(path);
			const first = await tab(page);
			expect(first.name).toBe('a 跳到主要内容');
			expectVisibleFocus(first);
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
			// The next Tab continues inside the main content, past the header.
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
			await page.context().close();
		});
	}

	it('reading aids: opened, set and reset with the keyboard, announced, and kept on the next page', async () => {
		const page = await open(PAGES.home);
		const status = page.locator('[data-aids-status]');
		// The toggle is in the header, a few stops after the skip link and site title.
		const header: string[] = [];
		while (header.at(-1) !== 'button 长者模式' && header.length < 6) header.push((await tab(page)).name);
		expect(header.slice(0, 2)).toEqual(['a 跳到主要内容', 'a 安居区对标竞进进展公开']);
		expect(header.at(-1)).toBe('button 长者模式');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByRole('button', { name: '长者模式' }).getAttribute('aria-expanded')).toBe('true');

		expect((await tab(page)).name).toBe('button 标准');
		expect((await tab(page)).name).toBe('button 大');
		const xl = await tab(page);
		expect(xl.name).toBe('button 特大');
		expectVisibleFocus(xl);
		await page.keyboard.press('Space');
		expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe('xl');
		expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(20);
		expect(await page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
		expect(await page.getByRole('button', { name: '标准' }).getAttribute('aria-pressed')).toBe('false');
		await expect.poll(() => status.textContent()).toBe('字号已设为特大');

		expect((await tab(page)).name).toBe('button 高对比度');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBe('high');
		await expect.poll(() => status.textContent()).toBe('高对比度已开启');

		expect((await tab(page)).name).toBe('button 大光标');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toMatch(/^url\("[^"]*\/_astro\/arrow\.[^"]+\.svg"\)/);
		await expect.poll(() => status.textContent()).toBe('大光标已开启');

		// Shift+Tab goes back the same way.
		expect((await tab(page, 'Shift+Tab')).name).toBe('button 高对比度');
		await tab(page);

		// Another page opens with the same choices, which the <head> script applied before <body> existed.
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.body) return;
				document.documentElement.setAttribute('data-at-body', JSON.stringify({ ...document.documentElement.dataset }));
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(session.url + PAGES.initiative);
		expect(JSON.parse((await page.locator('html').getAttribute('data-at-body')) ?? '{}')).toMatchObject({
			textSize: 'xl',
			contrast: 'high',
			cursor: 'large',
		});

		await page.getByRole('button', { name: '长者模式' }).press('Enter');
		const reset = page.getByRole('button', { name: '恢复默认' });
		await reset.focus();
		await page.keyboard.press('Enter');
		const { textSize, contrast, cursor } = await page.evaluate(() => ({ ...document.documentElement.dataset }));
		expect([textSize, contrast, cursor]).toEqual([undefined, undefined, undefined]);
		expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize))).toBe(16);
		await expect.poll(() => status.textContent()).toBe('已恢复默认显示');
		await page.context().close();
	});
});
