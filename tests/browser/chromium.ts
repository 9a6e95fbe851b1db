/** Chromium and a local server for browser tests, over the sites built by the global setup. */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveDist } from '../../scripts/static-server.ts';
import type { BuiltSite } from '../helpers/built-site.ts';

export { launchChromium };

export interface ServedSite {
	/** The site's home page URL, ending in its base path. */
	url: string;
	close(): Promise<void>;
}

export async function serveSite(site: BuiltSite): Promise<ServedSite> {
	const { url, server } = await serveDist(site.dist, site.base);
	return { url, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
	return new Promise((resolve) => {
		server.closeAllConnections();
		server.close(() => resolve());
	});
}

export interface BrowserSession {
	readonly browser: Browser;
	/** The served site's home page URL, ending in its base path. */
	readonly url: string;
}

/** Chromium and `site` served for the tests of the enclosing describe block, closed after them. */
export function browserSession(site: BuiltSite): BrowserSession {
	let browser: Browser | undefined;
	let served: ServedSite | undefined;
	beforeAll(async () => {
		[browser, served] = await Promise.all([launchChromium(), serveSite(site)]);
	});
	afterAll(async () => {
		await browser?.close();
		await served?.close();
	});
	return {
		get browser() {
			if (!browser) throw new Error('Chromium is not running: use the session inside a test');
			return browser;
		},
		get url() {
			if (!served) throw new Error('the site is not served: use the session inside a test');
			return served.url;
		},
	};
}
