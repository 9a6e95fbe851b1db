/**
 * The web editor under its own policy (src/security/csp.ts adminDirectives): it starts and
 * offers its sign-in with no CSP violation. The looser policy is only what it needs.
 */
import { describe, expect, it } from 'vitest';
import { builtSite } from '../../helpers/built-site.ts';
import { browserSession } from '../chromium.ts';
import { cspViolations, recordCspViolations } from '../csp-violations.ts';

describe('the web editor page', () => {
	const session = browserSession(builtSite('subpath'));

	it('starts under its policy with no violation', async () => {
		const context = await session.browser.newContext();
		await recordCspViolations(context);
		try {
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(`${session.url}admin/`, { waitUntil: 'networkidle' });
			await expect.poll(() => page.getByRole('button', { name: '使用 GitLab 登录' }).isVisible(), { timeout: 30_000 }).toBe(true);
			expect(await cspViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
