/** The frame's site-map components: the breadcrumb trail and the main navigation, rendered from src/site-map.ts. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import SiteHeader from '../../src/components/SiteHeader.astro';
import { breadcrumbs, navItems, sectionUrl } from '../../src/site-map.ts';

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
