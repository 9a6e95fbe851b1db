// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { ogCards } from './scripts/build/og-cards.ts';
import { phaseTimings } from './scripts/build/phase-timings.ts';
import { siteSitemap } from './scripts/build/sitemap.ts';
import { exitOnConfigError, loadConfig } from './src/config/index.ts';

// The public URL (and with it the base path) is set in one place: content/site.yaml.
// SITE_URL overrides it for test builds under a sub-path; CONTENT_DIR points at another
// content folder (the benchmark's synthetic content). src/config/ reads and checks both.
const { address } = exitOnConfigError(() => loadConfig(fileURLToPath(new URL('.', import.meta.url))));
const { site, base } = address;

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// At the end of `astro build`, in this order (scripts/build/README.md).
	integrations: [phaseTimings(), siteSitemap(address), ogCards()],
	// Every style and script a file of its own: one short Content-Security-Policy (src/security/csp.ts)
	// then fits every page, as a <meta> and as a server header, with no per-page hashes.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: { preview: { strictPort: true }, build: { assetsInlineLimit: 0 } },
});
