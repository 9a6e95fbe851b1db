/** Chromium and a local server for browser tests, over the sites built by the global setup. */
import type { Server } from 'node:http';
import { serveDist } from '../../scripts/static-server.ts';
import type { BuiltSite } from '../helpers/built-site.ts';

export { launchChromium } from '../../scripts/chromium.ts';

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
