/** The frame's site-map components: the breadcrumb trail and the main navigation, rendered from src/site-map.ts. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import SiteHeader from '../../src/components/SiteHeader.astro';
import { benchmarkUrl, breadcrumbs, comparisonChartPath, comparisonUrl, navItems, sectionUrl } from '../../src/site-map.ts';

let container: AstroContainer;
/** The markup without the scoping and dev-source attributes Astro adds. */
const plain = (html: string) => html.replace(/ data-astro-[\w-]+(="[^"]*")?/g, '');

beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('Breadcrumbs', () => {
	it('links every step but the current page', async () => {
		const html = plain(await container.renderToString(Breadcrumbs, { props: { items: breadcrumbs('updates', [{ label: '三季度进展' }]) ?? [] } }));
		expect(html).toContain(`<a href="${sectionUrl('home')}">首页</a>`);
		expect(html).toContain(`<a href="${sectionUrl('updates')}">工作动态</a>`);
		expect(html).toContain('<span aria-current="page">三季度进展</span>');
	});
	it('leads from a benchmark region’s page back to 对标地区', async () => {
		const html = plain(await container.renderToString(Breadcrumbs, { props: { items: breadcrumbs('benchmarks', [{ label: '浙江省安吉县' }]) ?? [] } }));
		expect(html).toContain(`<a href="${sectionUrl('benchmarks')}">对标地区</a>`);
		expect(html).toContain('<span aria-current="page">浙江省安吉县</span>');
	});
});

describe('benchmark addresses', () => {
	it('give a region’s page, a comparison’s anchor on it and the comparison’s chart files', () => {
		expect(benchmarkUrl('zhejiang-anji')).toBe(`${sectionUrl('benchmarks')}zhejiang-anji/`);
		expect(comparisonUrl('zhejiang-anji', 'zhejiang-anji-1')).toBe(`${sectionUrl('benchmarks')}zhejiang-anji/#zhejiang-anji-1`);
		expect(comparisonChartPath('zhejiang-anji-1', 'png')).toBe('charts/comparisons/zhejiang-anji-1.png');
	});
});

describe('SiteHeader', () => {
	it('marks the section of the page as current, and none on a utility page', async () => {
		const render = (current: 'indicators' | 'search') =>
			container.renderToString(SiteHeader, { props: { siteTitle: '站名', homeHref: sectionUrl('home'), items: navItems(), current } }).then(plain);
		const onIndicators = await render('indicators');
		expect(onIndicators.match(/aria-current="page"/g)).toHaveLength(1);
		expect(onIndicators).toMatch(new RegExp(`href="${sectionUrl('indicators')}" aria-current="page"`));
		expect(await render('search')).not.toContain('aria-current');
	});
});
