// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { splitSiteUrl } from './src/utils/site-url.ts';

// The public URL (and with it the base path) is set in one place: content/site.yaml.
// SITE_URL overrides it for test builds under a sub-path.
const siteYaml = parse(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8').replace(/^\uFEFF/, ''));
const { site, base } = splitSiteUrl(process.env.SITE_URL ?? siteYaml.url);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	integrations: [mdx()],
	build: { format: 'directory' },
	vite: { preview: { strictPort: true } },
});
