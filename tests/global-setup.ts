/**
 * Builds the real site once per test run, through `scripts/build.ts` exactly as `npm run build`
 * does: at the site root and under a portal sub-path. The site and browser layers both use it
 * (vitest.config.ts); whichever starts first builds, the other reuses. Tests get the folders
 * through builtSite() in tests/helpers/built-site.ts. Set TEST_SITES_REUSE=1 to reuse the
 * folders of the previous run while working on tests that do not change the site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { BuiltSite, SiteKind } from './helpers/built-site.ts';

const root = path.resolve(import.meta.dirname, '..');

const SITES: Record<SiteKind, Omit<BuiltSite, 'dist'>> = {
	root: { siteUrl: 'https://anju.example.gov.cn/', base: '/' },
	subpath: { siteUrl: 'https://www.example.gov.cn/ztzl/dbjj/', base: '/ztzl/dbjj/' },
};

/** Set in this (the main) process once the sites of this run are built. */
const BUILT_MARK = 'TEST_SITES_BUILT_THIS_RUN';

function build(kind: SiteKind, reuse: boolean): BuiltSite {
	const site = SITES[kind];
	const dist = path.join(root, '.cache/test-sites', kind);
	if (reuse && existsSync(path.join(dist, 'index.html'))) return { ...site, dist };
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--out-dir', dist], {
		cwd: root,
		env: { ...process.env, SITE_URL: site.siteUrl },
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`building the site (${kind}) failed:\n${result.stdout}\n${result.stderr}`);
	return { ...site, dist };
}

export default function setup(project: TestProject): void {
	const reuse = process.env['TEST_SITES_REUSE'] === '1' || process.env[BUILT_MARK] === '1';
	project.provide('builtSites', { root: build('root', reuse), subpath: build('subpath', reuse) });
	process.env[BUILT_MARK] = '1';
}
