/**
 * Reads the real site, built once at the root and once under a portal sub-path, and checks
 * what a citizen and an inspector would: every page exists, every internal link resolves,
 * every page carries the required identity, dates and sample-data labels, and no page
 * loads fonts or scripts from elsewhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';
import { publicPages } from '../site/files.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Every href and src that points inside the site. */
function internalLinks(html: string, base: string): string[] {
	return [...html.matchAll(/\s(?:href|src)="([^"#?]*)/g)]
		.map((match) => match[1] ?? '')
		.filter((link) => link.startsWith('/') && !link.startsWith('//'))
		.map((link) => {
			expect(link.startsWith(base), `${link} is outside the base ${base}`).toBe(true);
			return decodeURIComponent(link.slice(base.length));
		});
}

function resolves(dist: string, link: string): boolean {
	const target = path.join(dist, link);
	if (!existsSync(target)) return false;
	return statSync(target).isDirectory() ? existsSync(path.join(target, 'index.html')) : true;
}

const contentCount = (folder: string) => readdirSync(path.join(root, 'content', folder)).filter((file) => /\.(mdx?|ya?ml)$/.test(file)).length;

for (const { label, kind } of [
	{ label: 'at the site root', kind: 'root' },
	{ label: 'under a portal sub-path', kind: 'subpath' },
] as const) {
	describe(`the built site ${label}`, () => {
		let dist: string;
		let pages: string[];
		const { siteUrl, base } = builtSite(kind);
		beforeAll(() => {
			dist = builtSite(kind).dist;
			pages = publicPages(dist);
		});

		it('writes every page of every kind', () => {
			for (const page of [
				'index.html',
				'404.html',
				'about/index.html',
				'benchmarks/index.html',
				'initiatives/index.html',
				'indicators/index.html',
				'pillars/index.html',
				'updates/index.html',
			]) {
				expect(pages).toContain(page);
			}
			expect(pages.filter((page) => /^initiatives\/[^/]+\/index\.html$/.test(page))).toHaveLength(contentCount('initiatives'));
			expect(pages.filter((page) => /^indicators\/[^/]+\/index\.html$/.test(page))).toHaveLength(contentCount('indicators'));
			expect(pages.filter((page) => /^pillars\/[^/]+\/index\.html$/.test(page))).toHaveLength(contentCount('pillars'));
			expect(pages.filter((page) => /^updates\/[^/]+\/index\.html$/.test(page))).toHaveLength(contentCount('updates'));
			expect(pages.some((page) => page.startsWith('initiatives/status/'))).toBe(true);
		});

		it('has no broken internal link or asset', () => {
			const broken: string[] = [];
			for (const page of pages) {
				for (const link of internalLinks(readFileSync(path.join(dist, page), 'utf8'), base)) {
					if (!resolves(dist, link)) broken.push(`${page} → ${base}${link}`);
				}
			}
			expect(broken).toEqual([]);
		});

		it('gives every page the language, government meta tags, a visible date and the footer identifiers', () => {
			for (const page of pages) {
				const html = readFileSync(path.join(dist, page), 'utf8');
				expect(html, page).toMatch(/<html lang="zh-CN"/);
				for (const name of ['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ArticleTitle', 'PubDate', 'ContentSource', 'Keywords', 'Description']) {
					expect(html, `${page} ${name}`).toMatch(new RegExp(`<meta name="${name}" content="[^"]+"`));
				}
				expect(html, page).toMatch(/(发布日期|更新日期)：<time datetime="\d{4}-\d{2}-\d{2}"[^>]*>\d{4}年\d{1,2}月\d{1,2}日<\/time>/);
				for (const label of ['主办单位', '承办单位', '网站标识码', 'ICP备案号', '公安机关备案号']) expect(html, page).toContain(label);
				if (page !== 'index.html') expect(html, page).toContain('aria-label="当前位置"');
				expect(html, page).toContain(`<link rel="canonical" href="${new URL(siteUrl).origin}${base}`);
			}
		});

		it('tells readers on every page that the statuses and figures are examples', () => {
			for (const page of pages) expect(readFileSync(path.join(dist, page), 'utf8'), page).toContain('示例数据提示');
			const initiative = readFileSync(path.join(dist, 'initiatives/qiongjiang-shengtai-zoulang/index.html'), 'utf8');
			expect(initiative).toContain('class="sample-label"');
		});

		// Reading with JavaScript off is checked in the browser (tests/browser/a11y); here, what no page may carry.
		it('loads no web fonts and no script from elsewhere', () => {
			for (const page of pages) {
				const html = readFileSync(path.join(dist, page), 'utf8');
				expect(html, page).not.toMatch(/@font-face|fonts\.googleapis/);
				expect(html, page).not.toMatch(/<script[^>]+src="(?:https?:)?\/\//i);
			}
		});
	});
}
