/**
 * Byte budgets over the built site (issue 5), measured gzipped: bytes are deterministic where
 * load times are not. Each page's HTML ≤ 30 KB; the CSS a page loads, and all CSS together,
 * ≤ 12 KB; the JavaScript a page loads before the reader asks for anything ≤ 4 KB (the search
 * page's Pagefind bundle is imported only when it runs, so it is not counted); each chart ≤ 3 KB.
 * The figures are printed for the record.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';
import { publicPages, readSite, siteFiles } from './files.ts';

const KB = 1024;
const BUDGET = { html: 30 * KB, css: 12 * KB, js: 4 * KB, chart: 3 * KB };

const { dist, base } = builtSite('root');
const gz = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;
const fileGz = (file: string) => gz(readFileSync(path.join(dist, file)));

/** Site files an attribute of `tag` points to, e.g. the `src` of scripts. */
function referenced(html: string, pattern: RegExp): string[] {
	return [...html.matchAll(pattern)].map((match) => (match[1] ?? '').slice(base.length));
}

/** A script and the modules it imports statically, as site paths. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	for (const match of readSite(dist, file).matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
		withImports(path.posix.join(path.posix.dirname(file), match[1] ?? ''), seen);
	}
	return seen;
}

function inline(html: string, tag: 'script' | 'style'): string {
	return [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1] ?? '').join('');
}

const pages = publicPages(dist).map((page) => {
	const html = readSite(dist, page);
	const scripts = new Set<string>();
	for (const file of referenced(html, /<script[^>]*\ssrc="([^"]+)"/g)) withImports(file, scripts);
	for (const file of referenced(html, /<link rel="modulepreload" href="([^"]+)"/g)) withImports(file, scripts);
	const inlineScript = inline(html, 'script');
	const inlineStyle = inline(html, 'style');
	const stylesheets = referenced(html, /<link rel="stylesheet" href="([^"]+)"/g);
	return {
		page,
		scripts: [...scripts],
		html: gz(html),
		js: [...scripts].reduce((sum, file) => sum + fileGz(file), inlineScript ? gz(inlineScript) : 0),
		css: stylesheets.reduce((sum, file) => sum + fileGz(file), inlineStyle ? gz(inlineStyle) : 0),
	};
});
const allCss = siteFiles(dist, '.css').reduce((sum, file) => sum + fileGz(file), 0);
const charts = siteFiles(dist, '.svg')
	.filter((file) => file.startsWith('charts/'))
	.map((file) => ({ file, size: fileGz(file) }));

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const largest = <T>(items: T[], size: (item: T) => number) => items.reduce((best, item) => (size(item) > size(best) ? item : best));

describe('the byte budgets (gzipped)', () => {
	it('are reported', () => {
		const html = largest(pages, (page) => page.html);
		const js = largest(pages, (page) => page.js);
		const css = largest(pages, (page) => page.css);
		const chart = charts.length > 0 ? largest(charts, (item) => item.size) : undefined;
		console.log(
			[
				`budgets over ${pages.length} pages (gzipped):`,
				`  HTML  largest ${kb(html.html)} (${html.page}), budget ${kb(BUDGET.html)}`,
				`  CSS   all files ${kb(allCss)}, largest per page ${kb(css.css)} (${css.page}), budget ${kb(BUDGET.css)}`,
				`  JS    largest per page ${kb(js.js)} (${js.page}), budget ${kb(BUDGET.js)}`,
				`  charts ${charts.length}, largest ${chart ? `${kb(chart.size)} (${chart.file})` : '-'}, budget ${kb(BUDGET.chart)}`,
			].join('\n'),
		);
		expect(pages.length).toBeGreaterThan(50);
	});

	it('keeps every page’s HTML within 30 KB', () => {
		expect(pages.filter((page) => page.html > BUDGET.html).map((page) => `${page.page} ${kb(page.html)}`)).toEqual([]);
	});

	it('keeps the CSS within 12 KB, on each page and for the whole site', () => {
		expect(pages.filter((page) => page.css > BUDGET.css).map((page) => `${page.page} ${kb(page.css)}`)).toEqual([]);
		expect(allCss).toBeLessThanOrEqual(BUDGET.css);
	});

	it('keeps the JavaScript each page loads up front within 4 KB', () => {
		expect(pages.filter((page) => page.js > BUDGET.js).map((page) => `${page.page} ${kb(page.js)}`)).toEqual([]);
	});

	it('loads Pagefind on the search page only', () => {
		const loading = pages.filter((page) => page.scripts.some((file) => readSite(dist, file).includes('pagefind/pagefind.js'))).map((page) => page.page);
		expect(loading).toEqual(['search/index.html']);
	});

	it('keeps each chart within 3 KB', () => {
		expect(charts.filter((item) => item.size > BUDGET.chart).map((item) => `${item.file} ${kb(item.size)}`)).toEqual([]);
	});
});
