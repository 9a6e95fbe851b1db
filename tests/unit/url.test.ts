import { describe, expect, it } from 'vitest';
import { joinBase, pageUrl } from '../../src/utils/url.ts';
import { splitSiteUrl } from '../../src/utils/site-url.ts';

describe('base path', () => {
	it('joins a base and a path with exactly one slash', () => {
		expect(joinBase('/', 'initiatives/x/')).toBe('/initiatives/x/');
		expect(joinBase('/ztzl/dbjj/', 'initiatives/x/')).toBe('/ztzl/dbjj/initiatives/x/');
		expect(joinBase('/ztzl/dbjj', '/about/')).toBe('/ztzl/dbjj/about/');
		expect(joinBase('/ztzl/dbjj/', '')).toBe('/ztzl/dbjj/');
	});
	it('takes the base path from the site URL', () => {
		expect(splitSiteUrl('https://www.example.gov.cn/ztzl/dbjj/')).toEqual({ site: 'https://www.example.gov.cn', base: '/ztzl/dbjj/' });
		expect(splitSiteUrl('https://anju.example.gov.cn/')).toEqual({ site: 'https://anju.example.gov.cn', base: '/' });
		expect(splitSiteUrl('https://www.example.gov.cn/ztzl')).toEqual({ site: 'https://www.example.gov.cn', base: '/ztzl/' });
	});
	it('builds page links under the configured base, with a trailing slash', () => {
		expect(pageUrl()).toBe(`${import.meta.env.BASE_URL}`);
		expect(pageUrl('initiatives', 'qiongjiang')).toBe(`${import.meta.env.BASE_URL}initiatives/qiongjiang/`);
	});
});
