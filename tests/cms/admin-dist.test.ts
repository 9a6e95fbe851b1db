/**
 * The web editor in the built site: /admin/ carries Decap CMS from the site's own origin and
 * stays out of search, and no public page carries the editor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decapAssetNames, decapDistDir } from '../../src/cms/assets.ts';
import { GIT_BACKEND } from '../../src/cms/backend.ts';
import { cmsConfig } from '../../src/cms/config.ts';
import { adminDirectives, serializePolicy } from '../../src/security/csp.ts';
import { builtSite } from '../helpers/built-site.ts';

/** The text of each inline <script> of a page, as the browser hashes it. */
const inlineScripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');

describe('the web editor in the built site', () => {
	for (const kind of ['root', 'subpath'] as const) {
		const { dist, base, siteUrl } = builtSite(kind);
		const admin = () => readFileSync(path.join(dist, 'admin/index.html'), 'utf8');

		it(`serves /admin/ with Decap CMS from the site itself (${kind})`, () => {
			const html = admin();
			const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);
			expect(scripts).toEqual([`${base}admin/decap-cms.js`, `${base}admin/preview.js`]);
			// The preview templates, called with the site's labels and the units' names (src/cms/preview.ts).
			const preview = readFileSync(path.join(dist, 'admin/preview.js'), 'utf8');
			expect(preview).toContain('function registerAnjuPreviews(CMS, h, createClass, data)');
			expect(preview).toMatch(/registerAnjuPreviews\(window\.CMS, window\.h, window\.createClass, \{"statuses":/);
			expect(preview).toContain('"shuili-ju":"区水利局"');
			expect(html).toContain(`<link rel="cms-config-url" href="${base}admin/config.yml" type="text/yaml">`);
			// The only other origin it names is the Git server, in its policy: where the editor signs in and saves.
			const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
			expect(policy).toBe(serializePolicy(adminDirectives({ gitServer: GIT_BACKEND.base_url, inlineScripts: inlineScripts(html) })));
			expect(html.replace(policy, '')).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
			for (const name of decapAssetNames()) {
				expect(readFileSync(path.join(dist, 'admin', name)).equals(readFileSync(path.join(decapDistDir(), name))), name).toBe(true);
			}
			expect(readdirSync(path.join(dist, 'admin')).some((name) => name.endsWith('.map'))).toBe(false);
		});

		it(`publishes the generated configuration for this address (${kind})`, () => {
			const config = parse(readFileSync(path.join(dist, 'admin/config.yml'), 'utf8'));
			expect(config).toEqual(JSON.parse(JSON.stringify(cmsConfig({ siteUrl }))));
		});

		it(`keeps /admin/ out of search engines and the site search (${kind})`, () => {
			const html = admin();
			expect(html).toContain('<meta name="robots" content="noindex">');
			expect(html).toContain('<body data-pagefind-ignore="all">');
			expect(html).toContain('<html lang="zh-CN">');
		});
	}

	it('leaves /admin/ out of the site search index', () => {
		const { dist } = builtSite('root');
		const fragments = path.join(dist, 'pagefind/fragment');
		// Each Pagefind fragment is gzipped `pagefind_dcd` followed by the page's JSON record.
		const urls = readdirSync(fragments).map(
			(name) =>
				JSON.parse(
					gunzipSync(readFileSync(path.join(fragments, name)))
						.toString('utf8')
						.replace(/^pagefind_dcd/, ''),
				).url,
		);
		expect(urls).toContain('/initiatives/fenghuang-xincheng/');
		expect(urls.filter((url) => url.startsWith('/admin'))).toEqual([]);
	});

	it('never loads the editor on a public page', () => {
		const { dist } = builtSite('root');
		const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && !file.startsWith('admin'));
		expect(pages.length).toBeGreaterThan(50);
		for (const page of pages) {
			const html = readFileSync(path.join(dist, page), 'utf8');
			expect(html, page).not.toMatch(/decap|CMS_MANUAL_INIT|admin\/config\.yml/i);
		}
	});
});
