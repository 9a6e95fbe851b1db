/** The pure helpers behind share cards, search attributes and the Atom feed. */
import { describe, expect, it } from 'vitest';
import { cardForPage } from '../../scripts/build/og-cards.ts';
import { atomFeed } from '../../src/utils/feed.ts';
import { ogCardPath, ogCardSvg, wrapTitle } from '../../src/utils/og-card.ts';
import { pagefindAttributes } from '../../src/utils/pagefind.ts';

describe('share cards', () => {
	it('live at one path per page, from the page path or its built file', () => {
		expect(ogCardPath('')).toBe('og/index.png');
		expect(ogCardPath('index.html')).toBe('og/index.png');
		expect(ogCardPath('initiatives/x/')).toBe('og/initiatives/x.png');
		expect(ogCardPath('initiatives/x/index.html')).toBe('og/initiatives/x.png');
		expect(ogCardPath('404.html')).toBe('og/404.png');
		expect(ogCardPath('404/')).toBe('og/404.png');
	});

	it('wrap long titles, never start a line with closing punctuation, and end cut titles with …', () => {
		expect(wrapTitle('琼江生态走廊建设', 20, 3)).toEqual(['琼江生态走廊建设']);
		expect(wrapTitle('一二三四”五六', 4, 3)).toEqual(['一二三四”', '五六']);
		const cut = wrapTitle('一二三四五六七八九十', 3, 2);
		expect(cut).toEqual(['一二三', '四五…']);
	});

	it('escape the title in the SVG and read their text back from a built page', () => {
		expect(ogCardSvg({ column: '推进举措', title: 'A&B<C>', siteName: '站', footer: '' })).toContain('A&amp;B&lt;C&gt;');
		const html =
			'<meta property="og:title" content="常理镇“凯歌公社”&amp;建设"><meta property="og:description" content="说明"><meta name="SiteName" content="站名"><meta name="ColumnName" content="推进举措"><meta name="ContentSource" content="主办"><meta name="x">';
		expect(cardForPage(html)).toEqual({ siteName: '站名', column: '推进举措', title: '常理镇“凯歌公社”&建设', footer: '主办：主办' });
		expect(cardForPage('<html></html>')).toBeUndefined();
	});
});

describe('Pagefind attributes', () => {
	it('name each value’s own data attribute and leave out empty ones', () => {
		expect(pagefindAttributes('filter', { column: '推进举措', pillar: undefined, status: '进度滞后' })).toEqual({
			'data-pagefind-filter': 'column[data-filter-column], status[data-filter-status]',
			'data-filter-column': '推进举措',
			'data-filter-status': '进度滞后',
		});
		expect(pagefindAttributes('meta', { published: undefined })).toEqual({});
	});
});

describe('the Atom feed', () => {
	it('escapes text and dates entries in China Standard Time', () => {
		const xml = atomFeed({
			title: '动态 & 公告',
			description: '说明',
			pageUrl: 'https://x.gov.cn/a/updates/',
			selfUrl: 'https://x.gov.cn/a/atom.xml',
			author: '主办',
			items: [{ title: '<标题>', url: 'https://x.gov.cn/a/updates/1/', date: '2026-09-30', summary: '摘要', categories: ['琼江'] }],
		});
		expect(xml).toContain('<title>动态 &amp; 公告</title>');
		expect(xml).toContain('<title>&lt;标题&gt;</title>');
		expect(xml).toContain('<updated>2026-09-30T00:00:00+08:00</updated>');
		expect(xml).toContain('<category term="琼江"/>');
	});
});
