/**
 * The public address a build is for: `url` in the content folder's site.yaml (CONTENT_DIR moves
 * the folder), or SITE_URL when set. astro.config.mjs builds the site for it, the build writes
 * `_headers` under its base path, and `npm run serve:nginx` serves the site there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { splitSiteUrl } from '../../src/utils/site-url.ts';

export function siteAddress(projectRoot: string, env: NodeJS.ProcessEnv = process.env): { site: string; base: string } {
	const contentDir = env['CONTENT_DIR'] ?? path.join(projectRoot, 'content');
	const siteYaml: unknown = parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8').replace(/^\uFEFF/, ''));
	const url = env['SITE_URL'] ?? (typeof siteYaml === 'object' && siteYaml !== null && 'url' in siteYaml ? siteYaml.url : undefined);
	if (typeof url !== 'string') throw new Error(`${path.join(contentDir, 'site.yaml')} 中没有网址 url（no url in site.yaml）`);
	return splitSiteUrl(url);
}
