/**
 * `sitemap-index.xml` and `sitemap-0.xml` (@astrojs/sitemap) for the site's address, without
 * the pages that are not content for crawlers: the editors' admin and the utility pages of the
 * site map (the 404 and search pages).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { ADMIN_PATH } from '../../src/cms/admin-page.ts';
import { isUtility, SECTION_IDS, SECTIONS } from '../../src/site-map.ts';

/** The sitemap integration for a site at `site` (the origin) under `base`. */
export function siteSitemap({ site, base }: { site: string; base: string }): AstroIntegration {
	const root = `${site}${base}`;
	const left = [ADMIN_PATH, ...SECTION_IDS.filter(isUtility).map((id) => `${SECTIONS[id].path}/`)].map((page) => new URL(page, root).href);
	return sitemap({ filter: (page) => !left.some((prefix) => page.startsWith(prefix)) });
}
