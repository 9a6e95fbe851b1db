/**
 * Content-Security-Policy violations as the browser reports them: each `securitypolicyviolation`
 * event of a page, recorded from before its first script runs.
 */
import type { BrowserContext, Page } from 'playwright-core';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/** Makes every page of `context` record its CSP violations. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample.slice(0, 60)})`);
		});
	});
}

/** The violations `page` has reported so far. */
export function cspViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => window.__cspViolations ?? []);
}
