/** The site map (src/site-map.ts): sections, addresses, breadcrumbs, downloads and search keys, defined once. */
import { describe, expect, it } from 'vitest';
import {
	breadcrumbs,
	chartPath,
	comparisonsDataPath,
	indicatorDataPath,
	indicatorUrl,
	initiativeStatusUrl,
	initiativeUrl,
	isUtility,
	navItems,
	pillarUrl,
	SEARCH_FILTER_KEYS,
	SEARCH_FILTERS,
	SECTION_IDS,
	SECTIONS,
	sectionUrl,
	unitUrl,
	updateUrl,
} from '../../src/site-map.ts';

const base = import.meta.env.BASE_URL;

describe('the site map', () => {
	it('lists the main navigation in order, without the utility pages and the about page, which the footer links', () => {
		expect(navItems().map((item) => item.label)).toEqual(['首页', '四个始终', '推进举措', '责任单位', '指标数据', '对标地区', '工作动态', '数据下载']);
		expect(navItems()[2]).toEqual({ key: 'initiatives', label: '推进举措', href: `${base}initiatives/` });
		expect(SECTION_IDS.filter(isUtility)).toEqual(['changes', 'search', 'notFound']);
	});

	it('builds every kind of address under the base path', () => {
		expect(sectionUrl('home')).toBe(base);
		expect(sectionUrl('search')).toBe(`${base}search/`);
		expect(pillarUrl('anye-anju')).toBe(`${base}pillars/anye-anju/`);
		expect(initiativeUrl('qiongjiang')).toBe(`${base}initiatives/qiongjiang/`);
		expect(initiativeStatusUrl('delayed')).toBe(`${base}initiatives/status/delayed/`);
		expect(indicatorUrl('gdp')).toBe(`${base}indicators/gdp/`);
		expect(unitUrl('shuili-ju')).toBe(`${base}units/shuili-ju/`);
		expect(updateUrl('2026-q3')).toBe(`${base}updates/2026-q3/`);
	});

	it('puts the downloads at fixed paths relative to the base', () => {
		expect(indicatorDataPath('gdp', 'csv')).toBe('data/gdp.csv');
		expect(indicatorDataPath('gdp', 'json')).toBe('data/gdp.json');
		expect(chartPath('gdp', 'svg')).toBe('charts/gdp.svg');
		expect(chartPath('gdp', 'png')).toBe('charts/gdp.png');
		expect(comparisonsDataPath('csv')).toBe('data/comparisons.csv');
		expect(comparisonsDataPath('json')).toBe('data/comparisons.json');
	});

	it('gives the home page no breadcrumbs, a section its own name, and a page its trail', () => {
		expect(breadcrumbs('home')).toBeUndefined();
		expect(breadcrumbs('updates')).toEqual([{ label: '首页', href: base }, { label: '工作动态' }]);
		expect(breadcrumbs('about')).toEqual([{ label: '首页', href: base }, { label: '关于本站' }]);
		expect(breadcrumbs('notFound')).toEqual([{ label: '首页', href: base }, { label: '页面未找到' }]);
		expect(breadcrumbs('initiatives', [{ label: '安业安居', href: pillarUrl('anye-anju') }, { label: '琼江' }])).toEqual([
			{ label: '首页', href: base },
			{ label: '推进举措', href: `${base}initiatives/` },
			{ label: '安业安居', href: `${base}pillars/anye-anju/` },
			{ label: '琼江' },
		]);
	});

	it('names the search filters in the order the search page shows them', () => {
		expect(SEARCH_FILTER_KEYS).toEqual(['column', 'pillar', 'status']);
		expect(SEARCH_FILTER_KEYS.map((key) => SEARCH_FILTERS[key])).toEqual(['栏目', '所属方面', '推进状态']);
		expect(SECTIONS.initiatives.name).toBe('推进举措');
	});
});
