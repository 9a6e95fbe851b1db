// @ts-check
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ogCards } from './scripts/build/og-cards.ts';
import { siteAddress } from './scripts/build/site-address.ts';

// The public URL (and with it the base path) is set in one place: content/site.yaml.
// SITE_URL overrides it for test builds under a sub-path.
// CONTENT_DIR points at another content folder (the benchmark's synthetic content).
const { site, base } = siteAddress(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	integrations: [
		// The editors' admin, the 404 page and the search form are not content for crawlers.
		sitemap({ filter: (page) => !['admin/', '404/', 'search/'].some((path) => page.startsWith(new URL(path, `${site}${base}`).href)) }),
		ogCards(),
	],
	// Every style and script a file of its own: one short Content-Security-Policy (src/security/csp.ts)
	// then fits every page, as a <meta> and as a server header, with no per-page hashes.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: { preview: { strictPort: true }, build: { assetsInlineLimit: 0 } },
});
