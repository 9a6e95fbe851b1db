/**
 * Builds the real site once per test run, through `scripts/build.ts` exactly as `npm run build`
 * does: at the site root and under a portal sub-path. Tests get the folders through
 * builtSite() in tests/helpers/built-site.ts. Set TEST_SITES_REUSE=1 to reuse the folders
 * of the previous run while working on tests that do not change the site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from '../scripts/chromium.ts';
import type { BuiltSite, SiteKind } from './helpers/built-site.ts';

const root = path.resolve(import.meta.dirname, '..');

const SITES: Record<SiteKind, Omit<BuiltSite, 'dist'>> = {
	root: { siteUrl: 'https://anju.example.gov.cn/', base: '/' },
	subpath: { siteUrl: 'https://www.example.gov.cn/ztzl/dbjj/', base: '/ztzl/dbjj/' },
};

function build(kind: SiteKind): BuiltSite {
	const site = SITES[kind];
	const dist = path.join(root, '.cache/test-sites', kind);
	if (process.env['TEST_SITES_REUSE'] === '1' && existsSync(path.join(dist, 'index.html'))) return { ...site, dist };
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--out-dir', dist], {
		cwd: root,
		env: { ...process.env, SITE_URL: site.siteUrl },
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`building the site (${kind}) failed:\n${result.stdout}\n${result.stderr}`);
	return { ...site, dist };
}

export default function setup(project: TestProject): void {
	// One clear message instead of every browser test failing on its own.
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`找不到 Chromium（${CHROMIUM_PATH}）。浏览器测试需要 Debian 的 Chromium 和中文字体：sudo apt-get install -y chromium fonts-wqy-microhei（或设置 CHROMIUM_PATH）。.ci/run 会自动安装。`,
		);
	}
	project.provide('builtSites', { root: build('root'), subpath: build('subpath') });
}
