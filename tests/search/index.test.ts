/**
 * The built search index, queried through the site's own pagefind.js in Node: every domain
 * term ranks its page as high as the list says, filters and dates are there, excerpts read with
 * Chinese punctuation once rendered, and only page content is indexed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withChinesePunctuation } from '../../src/client/search-results.ts';
import { builtSite } from '../helpers/built-site.ts';
import { openSearch, type NodeSearch } from './pagefind-node.ts';
import { SEARCH_TERMS } from './terms.ts';

/** Results a reader sees before asking for more (SearchPanel's PAGE_SIZE). */
const FIRST_PAGE = 10;

const site = builtSite('root');
let index: NodeSearch;
beforeAll(async () => {
	index = await openSearch(site);
});
afterAll(() => index.close());

/** The text Pagefind indexes on a page: its <main>, without markup. */
function indexedText(page: string): string {
	const html = readFileSync(path.join(site.dist, page, 'index.html'), 'utf8');
	const main = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
	return main.replace(/<[^>]+>/g, '').replace(/&[a-z]+;|&#\d+;/g, ' ');
}

describe('the search regression list', () => {
	it('has at least 40 terms, each on the page it must find', () => {
		expect(SEARCH_TERMS.length).toBeGreaterThanOrEqual(40);
		for (const { term, page } of SEARCH_TERMS) expect(indexedText(page), `${term} on /${page}`).toContain(term);
	});

	it('expects every page on the first page of results', () => {
		for (const { term, rank } of SEARCH_TERMS) expect(rank, term).toBeLessThanOrEqual(FIRST_PAGE);
	});

	it.each(SEARCH_TERMS)('“$term” ranks /$page at $rank or better', async ({ term, page, rank }) => {
		const urls = (await index.search(term)).map((hit) => hit.url);
		const found = urls.indexOf(`${site.base}${page}`) + 1;
		expect(found, `results for ${term}: ${urls.slice(0, FIRST_PAGE).join(' ')}`).toBeGreaterThan(0);
		expect(found, `results for ${term}: ${urls.slice(0, rank + 1).join(' ')}`).toBeLessThanOrEqual(rank);
	});
});

describe('the search index', () => {
	it('filters by column, pillar and status with the labels readers see', async () => {
		const filters = await index.filters();
		expect(Object.keys(filters.pillar ?? {}).sort()).toEqual(['安业安居', '安心安居', '安逸安居', '竞进安居']);
		expect(Object.keys(filters.status ?? {})).toContain('按计划推进');
		expect(Object.keys(filters.column ?? {})).toEqual(expect.arrayContaining(['推进举措', '指标数据', '工作动态', '对标地区', '四个始终']));

		const hits = await index.search('琼江', { pillar: '安逸安居' });
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) expect(hit.filters.pillar).toEqual(['安逸安居']);
		const delayed = await index.search(null, { status: '进度滞后' });
		expect(delayed.map((hit) => hit.url)).toContain(`${site.base}initiatives/wanghong-jiequ-yejian-jingji/`);
	});

	it('carries each page’s dates as metadata and its h1 as title', async () => {
		const [hit] = await index.search('凯歌公社');
		expect(hit?.title).toBe('常理镇“凯歌公社”建设');
		expect(hit?.meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(hit?.meta.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('indexes page content only: not the header, sample notice, footer, 404 or search page', async () => {
		expect(await index.search('"中国沼气能源革命第一村"'), 'a phrase from page content').not.toEqual([]);
		for (const chrome of ['跳到主要内容', '搜索本站', '了解数据来源', '不代表官方发布', '通信地址', '页面未找到', '站内搜索']) {
			// Quoted: Pagefind's exact-phrase search, as the words of a phrase may each be elsewhere.
			expect(await index.search(`"${chrome}"`), chrome).toEqual([]);
		}
	});

	it('reads excerpts and titles with Chinese punctuation, not Pagefind’s half-width full stop', async () => {
		const hits = [...(await index.search('琼江')), ...(await index.search('凯歌公社'))];
		expect(
			hits.some((hit) => /\p{Script=Han}(<\/mark>)?\. /u.test(hit.excerpt)),
			'Pagefind still joins blocks with ". "',
		).toBe(true);
		for (const hit of hits) {
			for (const text of [withChinesePunctuation(hit.excerpt), withChinesePunctuation(hit.title)]) {
				expect(text, hit.url).not.toMatch(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—](<\/mark>)?\./u);
			}
		}
	});

	it('links results under the base path', async () => {
		const subpath = builtSite('subpath');
		const nested = await openSearch(subpath);
		try {
			const [hit] = await nested.search('三家大米');
			expect(hit?.url).toBe(`${subpath.base}initiatives/sanjia-dami-nongye-yuanqu/`);
		} finally {
			await nested.close();
		}
	});
});
