/**
 * linkinator crawls the built site from a local server, at the root and under the portal
 * sub-path: every internal link, stylesheet, image, download and #fragment resolves.
 * External links (commitment sources on other government sites) are skipped: the tests run
 * without network access, and those pages are not ours to keep.
 */
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { serveSite } from '../browser/chromium.ts';
import { builtSite, type SiteKind } from '../helpers/built-site.ts';
import { siteFiles } from './files.ts';

describe.each<SiteKind>(['root', 'subpath'])('links in the %s build', (kind) => {
	it('are all reachable', async () => {
		const site = builtSite(kind);
		const served = await serveSite(site);
		try {
			const origin = new URL(served.url).origin;
			// Every page as a start, so pages nothing links to (404.html) are checked too.
			const pages = siteFiles(site.dist, '.html').map((page) => new URL(page.replace(/index\.html$/, ''), served.url).href);
			const result = await new LinkChecker().check({
				path: pages,
				recurse: true,
				checkFragments: true,
				linksToSkip: async (link) => !link.startsWith(origin),
			});
			const broken = result.links
				.filter((link) => link.state === LinkState.BROKEN)
				.map((link) => `${link.status ?? '-'} ${link.url} (on ${link.parent ?? '?'})`);
			expect(broken).toEqual([]);
			const checked = result.links.filter((link) => link.state === LinkState.OK);
			expect(checked.length).toBeGreaterThan(pages.length);
			for (const link of checked) expect(new URL(link.url).pathname.startsWith(site.base), link.url).toBe(true);
		} finally {
			await served.close();
		}
	});
});
