/**
 * The search page's script on the component's real markup in jsdom, against a fake Pagefind
 * index (fake-pagefind.ts): the search in the address is restored and kept there, the filters
 * fill from the index and narrow the results, typing and submitting search, results come ten
 * at a time, and the status line says how it went, including when there is nothing to show or
 * no index at all. Chromium checks the real index and keyboard use (tests/browser/search).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import SearchPanel from '../../src/components/SearchPanel.astro';
import type { Pagefind } from '../../src/client/pagefind.ts';
import { filterOptions, PAGE_SIZE, readState, start, stateAddress } from '../../src/client/search-panel.ts';
import { UNAVAILABLE_MESSAGE } from '../../src/client/search-results.ts';
import { fakePagefind, type FakePage, type FakePagefind } from './fake-pagefind.ts';
import { openPage } from './page.ts';

const PAGES: FakePage[] = [
	{
		url: '/initiatives/qiongjiang-shengtai-zoulang/',
		text: '琼江生态走廊今年建成 45 公里绿道。',
		meta: { title: '琼江生态走廊', updated: '2026-11-15' },
		filters: { column: ['推进举措'], pillar: ['安逸安居'], status: ['按计划推进'] },
	},
	{
		url: '/initiatives/wanghong-jiequ-yejian-jingji/',
		text: '网红街区夜间经济，招商进度滞后。',
		meta: { title: '网红街区夜间经济', updated: '2026-10-30' },
		filters: { column: ['推进举措'], pillar: ['安业安居'], status: ['进度滞后'] },
	},
	{
		url: '/indicators/qiongjiang-shuizhi-dabiaolv/',
		text: '琼江出境断面水质达标率。',
		meta: { title: '琼江出境断面水质达标率', updated: '2026-09-30' },
		filters: { column: ['指标数据'], pillar: ['安逸安居'] },
	},
	{
		url: '/updates/2026-09-qiongjiang-zoulang-45-gongli/',
		text: '琼江生态走廊贯通 45 公里。',
		meta: { title: '琼江生态走廊贯通 45 公里', published: '2026-09-20' },
		filters: { column: ['工作动态'] },
	},
];

let markup = '';
let close: () => Promise<void>;
beforeAll(async () => {
	({ markup, close } = await openPage('/search/', SearchPanel));
});
afterAll(() => close());

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const input = () => $<HTMLInputElement>('#search-q');
const select = (key: string) => $<HTMLSelectElement>(`select[data-filter="${key}"]`);
const message = () => $('#search-message').textContent;
const titles = () => [...document.querySelectorAll('#search-results h2 a')].map((link) => link.textContent);
const more = () => $<HTMLButtonElement>('#search-more');
const address = () => `${location.pathname}${location.search}`;
/** Lets the searches that an event started finish; the fake index answers at once. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

/** The search page at `path`, started on `index`. */
async function open(path: string, index: Pagefind = fakePagefind(PAGES)): Promise<void> {
	history.replaceState(null, '', path);
	document.body.innerHTML = `<main>${markup}</main>`;
	await start(document, async () => index);
}

function choose(key: string, value: string): void {
	select(key).value = value;
	select(key).dispatchEvent(new Event('change'));
}

function type(text: string): void {
	input().value = text;
	input().dispatchEvent(new Event('input'));
}

let index: FakePagefind;
beforeEach(() => {
	index = fakePagefind(PAGES);
});

describe('readState and stateAddress', () => {
	it('read the trimmed query and the filters that have a value', () => {
		document.body.innerHTML = `<main>${markup}</main>`;
		input().value = '  琼江 ';
		select('status').add(new Option('进度滞后（1）', '进度滞后'));
		select('status').value = '进度滞后';
		expect(readState(input(), [select('column'), select('pillar'), select('status')])).toEqual({ query: '琼江', filters: { status: '进度滞后' } });
		expect(readState(null, [])).toEqual({ query: '', filters: {} });
	});

	it('write the query and filters into the address, or just the path', () => {
		expect(stateAddress('/search/', { query: '琼江', filters: { pillar: '安业安居' } })).toBe(
			`/search/?q=${encodeURIComponent('琼江')}&pillar=${encodeURIComponent('安业安居')}`,
		);
		expect(stateAddress('/search/', { query: 'a&b=c', filters: {} })).toBe('/search/?q=a%26b%3Dc');
		expect(stateAddress('/ztzl/dbjj/search/', { query: '', filters: {} })).toBe('/ztzl/dbjj/search/');
	});
});

describe('filterOptions', () => {
	it('lists the values in pinyin order with their page counts', () => {
		expect(filterOptions({ 指标数据: 3, 推进举措: 12, 工作动态: 5 })).toEqual([
			{ label: '工作动态（5）', value: '工作动态' },
			{ label: '推进举措（12）', value: '推进举措' },
			{ label: '指标数据（3）', value: '指标数据' },
		]);
		expect(filterOptions({})).toEqual([]);
	});
});

describe('the search page', () => {
	it('without the index says so, keeps the filters hidden and lets the form submit natively', async () => {
		history.replaceState(null, '', '/search/?q=琼江');
		document.body.innerHTML = `<main>${markup}</main>`;
		await start(document, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
		expect(message()).toBe(UNAVAILABLE_MESSAGE);
		expect($<HTMLFieldSetElement>('#search-filters').hidden).toBe(true);
		expect(input().value).toBe('琼江');
		const submit = new Event('submit', { cancelable: true });
		$('#search-form').dispatchEvent(submit);
		expect(submit.defaultPrevented).toBe(false);
	});

	it('with nothing to search for shows the filters, no results and no message', async () => {
		await open('/search/', index);
		expect($<HTMLFieldSetElement>('#search-filters').hidden).toBe(false);
		expect(index.searches).toEqual([]);
		expect(message()).toBe('');
		expect(titles()).toEqual([]);
		expect(more().hidden).toBe(true);
	});

	it('fills each filter from the index, in pinyin order with counts, after 全部', async () => {
		await open('/search/', index);
		const options = (key: string) => [...select(key).options].map((option) => [option.value, option.text]);
		expect(options('column')).toEqual([
			['', '全部'],
			['工作动态', '工作动态（1）'],
			['推进举措', '推进举措（2）'],
			['指标数据', '指标数据（1）'],
		]);
		expect(options('pillar')).toEqual([
			['', '全部'],
			['安业安居', '安业安居（1）'],
			['安逸安居', '安逸安居（2）'],
		]);
		expect(options('status').map(([value]) => value)).toEqual(['', '按计划推进', '进度滞后']);
	});

	it('runs the search in the address: the query from the header box, filters from a shared link', async () => {
		await open(`/search/?q=${encodeURIComponent('琼江')}&pillar=${encodeURIComponent('安逸安居')}`, index);
		expect(input().value).toBe('琼江');
		expect(select('pillar').value).toBe('安逸安居');
		expect(index.searches).toEqual([{ query: '琼江', filters: { pillar: '安逸安居' }, ms: 250 }]);
		expect(titles()).toEqual(['琼江生态走廊', '琼江出境断面水质达标率']);
		expect(message()).toBe('找到 2 条与“琼江”相关的结果。');
	});

	it('ignores filter values in the address that the index does not have', async () => {
		await open(`/search/?status=${encodeURIComponent('不存在')}`, index);
		expect(select('status').value).toBe('');
		expect(index.searches).toEqual([]);
		expect(address()).toBe('/search/');
	});

	it('searches as the reader types, and keeps the query in the address', async () => {
		await open('/search/', index);
		type(' 琼江 ');
		await settle();
		expect(index.searches.at(-1)).toEqual({ query: '琼江', filters: {}, ms: 250 });
		expect(message()).toBe('找到 3 条与“琼江”相关的结果。');
		expect(address()).toBe(`/search/?q=${encodeURIComponent('琼江')}`);
	});

	it('says a search is running until its results arrive', async () => {
		await open('/search/', index);
		type('琼江');
		expect(message()).toBe('正在搜索……');
		await settle();
		expect(message()).toBe('找到 3 条与“琼江”相关的结果。');
	});

	it('searches on submit instead of reloading the page', async () => {
		await open('/search/', index);
		input().value = '夜间经济';
		const submit = new Event('submit', { cancelable: true });
		$('#search-form').dispatchEvent(submit);
		await settle();
		expect(submit.defaultPrevented).toBe(true);
		expect(titles()).toEqual(['网红街区夜间经济']);
	});

	it('narrows by filters alone, and by filters and query, keeping each choice in the address', async () => {
		await open('/search/', index);
		choose('status', '进度滞后');
		await settle();
		expect(index.searches.at(-1)).toEqual({ query: null, filters: { status: '进度滞后' }, ms: 250 });
		expect(titles()).toEqual(['网红街区夜间经济']);
		expect(message()).toBe('找到 1 条与所选条件相关的结果。');
		expect(new URLSearchParams(location.search).get('status')).toBe('进度滞后');

		choose('pillar', '安逸安居');
		await settle();
		expect(titles()).toEqual([]);
		expect(message()).toBe('没有找到与所选条件相关的内容，请换个词或减少筛选条件。');
		expect(Object.fromEntries(new URLSearchParams(location.search))).toEqual({ pillar: '安逸安居', status: '进度滞后' });

		choose('status', '');
		type('琼江');
		await settle();
		expect(titles()).toEqual(['琼江生态走廊', '琼江出境断面水质达标率']);
		expect(Object.fromEntries(new URLSearchParams(location.search))).toEqual({ q: '琼江', pillar: '安逸安居' });
	});

	it('says when nothing matches', async () => {
		await open(`/search/?q=${encodeURIComponent('凯歌公社')}`, index);
		expect(message()).toBe('没有找到与“凯歌公社”相关的内容，请换个词或减少筛选条件。');
		expect(titles()).toEqual([]);
		expect(more().hidden).toBe(true);
	});

	it('clears the results and the message when the query is emptied', async () => {
		await open(`/search/?q=${encodeURIComponent('琼江')}`, index);
		type('  ');
		await settle();
		expect(titles()).toEqual([]);
		expect(message()).toBe('');
		expect(more().hidden).toBe(true);
		expect(address()).toBe('/search/');
		expect(index.searches).toHaveLength(1);
	});

	it('shows only the results of the last keystroke when typing outpaces the search', async () => {
		await open('/search/', index);
		type('琼');
		type('琼江生');
		type('琼江生态走廊贯通');
		await settle();
		expect(index.searches.map((search) => search.query)).toEqual(['琼', '琼江生', '琼江生态走廊贯通']);
		expect(titles()).toEqual(['琼江生态走廊贯通 45 公里']);
		expect(message()).toBe('找到 1 条与“琼江生态走廊贯通”相关的结果。');
	});

	it('shows ten results at a time, loading only those, and moves focus to the first new one', async () => {
		const many: FakePage[] = Array.from({ length: 23 }, (_, i) => ({
			url: `/updates/dongtai-${i + 1}/`,
			text: `工作动态第 ${i + 1} 条`,
			meta: { title: `动态 ${i + 1}`, published: '2026-11-01' },
			filters: { column: ['工作动态'] },
		}));
		const big = fakePagefind(many);
		await open(`/search/?q=${encodeURIComponent('工作动态')}`, big);
		expect(message()).toBe('找到 23 条与“工作动态”相关的结果。');
		expect(titles()).toHaveLength(PAGE_SIZE);
		expect(big.loaded).toHaveLength(PAGE_SIZE);
		expect(more().hidden).toBe(false);

		more().click();
		await settle();
		expect(titles()).toHaveLength(20);
		expect(document.activeElement?.textContent).toBe('动态 11');
		more().click();
		await settle();
		expect(titles()).toHaveLength(23);
		expect(big.loaded).toHaveLength(23);
		expect(document.activeElement?.textContent).toBe('动态 21');
		expect(more().hidden).toBe(true);
	});

	it('starts again from the first page of results on a new search', async () => {
		const many: FakePage[] = Array.from({ length: 12 }, (_, i) => ({
			url: `/updates/dongtai-${i + 1}/`,
			text: `工作动态第 ${i + 1} 条`,
			meta: { title: `动态 ${i + 1}` },
			filters: {},
		}));
		await open(`/search/?q=${encodeURIComponent('工作动态')}`, fakePagefind(many));
		more().click();
		await settle();
		type('工作动态第 1');
		await settle();
		expect(titles()).toEqual(['动态 1', '动态 10', '动态 11', '动态 12']);
		expect(more().hidden).toBe(true);
	});
});
