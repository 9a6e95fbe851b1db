/**
 * How a result and the status line read: the details line from the result's filters and
 * dates, the counts in the message, and the result's text set as text, so a title with markup
 * in it shows that markup rather than running it; only Pagefind's escaped excerpt is HTML.
 * Where Pagefind joined blocks of Chinese text with a half-width ". ", the result reads 。.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../src/client/pagefind.ts';
import { resultDetails, resultItem, resultsMessage, withChinesePunctuation } from '../../src/client/search-results.ts';
import { excerptOf } from './fake-pagefind.ts';
import { openPage } from './page.ts';

let close: () => Promise<void>;
beforeAll(async () => {
	({ close } = await openPage('/search/'));
});
afterAll(() => close());

const RESULT: PagefindResultData = {
	url: '/initiatives/wanghong-jiequ-yejian-jingji/',
	excerpt: excerptOf('网红街区夜间经济，招商进度滞后。', '夜间经济'),
	meta: { title: '网红街区夜间经济', updated: '2026-11-05', published: '2026-03-01' },
	filters: { column: ['推进举措'], pillar: ['安业安居'], status: ['进度滞后'] },
};

describe('resultsMessage', () => {
	it('counts the results for the query, or for the filters when there is no query', () => {
		expect(resultsMessage('琼江', 3)).toBe('找到 3 条与“琼江”相关的结果。');
		expect(resultsMessage('', 12)).toBe('找到 12 条与所选条件相关的结果。');
	});

	it('suggests what to change when nothing is found', () => {
		expect(resultsMessage('凯歌公社', 0)).toBe('没有找到与“凯歌公社”相关的内容，请换个词或减少筛选条件。');
		expect(resultsMessage('', 0)).toBe('没有找到与所选条件相关的内容，请换个词或减少筛选条件。');
	});
});

describe('withChinesePunctuation', () => {
	it('turns the half-width full stop Pagefind puts between blocks of Chinese text into 。', () => {
		expect(withChinesePunctuation('琼江生态走廊建成里程. 琼江生态走廊自2021年起')).toBe('琼江生态走廊建成里程。琼江生态走廊自2021年起');
		expect(withChinesePunctuation('完成：2027年12月. 强力推进项目攻坚行动. ↻ 常态化推进')).toBe('完成：2027年12月。强力推进项目攻坚行动。↻ 常态化推进');
		expect(withChinesePunctuation('按计划推进的举措（10 项）. 力争全市“八连冠”. 安业安居.')).toBe('按计划推进的举措（10 项）。力争全市“八连冠”。安业安居。');
	});

	it('keeps the marks around matches, the full stop going after them', () => {
		expect(withChinesePunctuation('<mark>琼</mark><mark>江</mark>. 高质量推动<mark>琼江</mark>. ')).toBe(
			'<mark>琼</mark><mark>江</mark>。高质量推动<mark>琼江</mark>。',
		);
	});

	it('drops the full stop where the block already ends with full-width punctuation', () => {
		expect(withChinesePunctuation('招商进度滞后。. 下一步，加快建设！. 是否按期？. 口径：. 共3项…. 完')).toBe(
			'招商进度滞后。下一步，加快建设！是否按期？口径：共3项…完',
		);
	});

	it('leaves full stops in numbers and Latin text, and text without any, alone', () => {
		for (const text of ['增速3.5%', '达到 35.5 亿元', 'GDP. Next', 'pagefind.app/docs', 'e.g. 琼江', '网红街区夜间经济，招商进度滞后。', '']) {
			expect(withChinesePunctuation(text), text).toBe(text);
		}
	});

	it('adds no markup to escaped hostile text', () => {
		const escaped = '&lt;img src=x onerror="alert(1)"&gt;. 正文. &lt;/mark&gt;. ';
		expect(withChinesePunctuation(escaped)).toBe('&lt;img src=x onerror="alert(1)"&gt;. 正文。&lt;/mark&gt;. ');
	});
});

describe('resultDetails', () => {
	it('gives the column, the status and the update date', () => {
		expect(resultDetails(RESULT)).toBe('推进举措 · 进度滞后 · 更新于2026年11月5日');
	});

	it('gives the publication date when there is no update date', () => {
		expect(resultDetails({ ...RESULT, meta: { published: '2026-09-20' }, filters: { column: ['工作动态'] } })).toBe('工作动态 · 发布于2026年9月20日');
	});

	it('leaves out what the page does not have', () => {
		expect(resultDetails({ ...RESULT, meta: {}, filters: { status: ['已完成'] } })).toBe('已完成');
		expect(resultDetails({ ...RESULT, meta: {}, filters: {} })).toBe('');
	});
});

describe('resultItem', () => {
	it('is the linked title as a heading, the details line and the excerpt with the matches marked', () => {
		const item = resultItem(document, RESULT);
		const link = item.querySelector('h2 > a');
		expect(link?.getAttribute('href')).toBe('/initiatives/wanghong-jiequ-yejian-jingji/');
		expect(link?.textContent).toBe('网红街区夜间经济');
		expect(item.querySelector('p.result-meta')?.textContent).toBe('推进举措 · 进度滞后 · 更新于2026年11月5日');
		expect(item.querySelector('p:not(.result-meta)')?.innerHTML).toBe('网红街区<mark>夜间经济</mark>，招商进度滞后。');
	});

	it('reads the title and excerpt with Chinese punctuation where Pagefind joined blocks', () => {
		const item = resultItem(document, {
			...RESULT,
			excerpt: '<mark>琼江</mark>生态走廊建成里程. <mark>琼江</mark>生态走廊自2021年起',
			meta: { title: '琼江生态走廊. 建设' },
		});
		expect(item.querySelector('a')?.textContent).toBe('琼江生态走廊。建设');
		expect(item.querySelector('p:not(.result-meta)')?.innerHTML).toBe('<mark>琼江</mark>生态走廊建成里程。<mark>琼江</mark>生态走廊自2021年起');
	});

	it('falls back to the address when the page has no title', () => {
		expect(resultItem(document, { ...RESULT, meta: {} }).querySelector('a')?.textContent).toBe('/initiatives/wanghong-jiequ-yejian-jingji/');
	});

	it('shows markup in the title, details and page text as text', () => {
		const hostile = '<img src=x onerror="alert(1)">';
		const item = resultItem(document, {
			url: '/updates/x/',
			excerpt: excerptOf(`正文 ${hostile} 夜间经济`, '夜间经济'),
			meta: { title: hostile },
			filters: { column: [`<b>${hostile}</b>`] },
		});
		expect(item.querySelectorAll('img, b')).toHaveLength(0);
		expect(item.querySelector('a')?.textContent).toBe(hostile);
		expect(item.querySelector('.result-meta')?.textContent).toBe(`<b>${hostile}</b>`);
		expect(item.querySelector('p:not(.result-meta)')?.textContent).toBe(`正文 ${hostile} 夜间经济`);
		expect([...item.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['夜间经济']);
	});
});
