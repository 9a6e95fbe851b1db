/** Internal links against the pages the site generates; freshness against the build date; the shipped content. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import type { LoadedEntry } from '../../src/validation/check-references.ts';
import { daysBetween } from '../../src/validation/days-between.ts';
import { linkKind, sitePages, type InternalLink } from '../../src/validation/links.ts';
import type { Problem } from '../../src/validation/problem.ts';
import { brokenLink, relativeLink } from '../../src/validation/rules/broken-link.ts';
import { staleSite } from '../../src/validation/rules/stale-site.ts';
import { staleStatus } from '../../src/validation/rules/stale-status.ts';
import { brief, checkWith, expectMessage, fixtureWith, PROJECT_ROOT, shown, single, TODAY, UPDATE } from './helpers.ts';

const ROUTES = [
	'index.astro',
	'about.astro',
	'404.astro',
	'rss.xml.ts',
	'initiatives/index.astro',
	'initiatives/[slug].astro',
	'initiatives/status/[status].astro',
	'admin/_parts.astro',
	'search/[...rest].astro',
	'indicators/[...list].astro',
	'indicators/[slug].astro',
];

describe('sitePages', () => {
	it('fills route parameters from the content, and treats unknown ones as any segment', () => {
		const pages = sitePages(ROUTES, { initiatives: ['fenghuang-xincheng'] });
		expect(pages).toContain('');
		expect(pages).toContain('about/');
		expect(pages).toContain('rss.xml');
		expect(pages).toContain('initiatives/');
		expect(pages).toContain('initiatives/fenghuang-xincheng/');
		expect(pages).toContain('initiatives/status/delayed/');
		expect(pages).toContain('search/*/');
		expect(pages.some((page) => page.startsWith('404') || page.startsWith('admin/_'))).toBe(false);
	});

	it('gives a paginated list ([...list]) its own page and its numbered pages only', () => {
		const pages = sitePages(ROUTES, { indicators: ['gaoxin-jishu-qiye'] });
		expect(pages.filter((page) => page.startsWith('indicators/'))).toEqual(['indicators/', 'indicators/gaoxin-jishu-qiye/', 'indicators/page/*/']);
	});
});

describe('the broken-link rule', () => {
	const pages = sitePages(ROUTES, { initiatives: ['fenghuang-xincheng', 'minsheng-shishi'] });
	const link = (url: string, page = 'updates/2026-10-x/'): InternalLink => ({ file: 'content/updates/2026-10-x.md', line: 9, column: 4, url, page });
	const check = (url: string, base = '/') => brokenLink.check([link(url)], pages, base);

	it('accepts relative and root-relative links to generated pages, with or without the base', () => {
		for (const url of [
			'../../initiatives/fenghuang-xincheng/',
			'/initiatives/minsheng-shishi/',
			'../../',
			'../../about/#contact',
			'../../rss.xml',
			'../../search/anything/',
		]) {
			expect(check(url), url).toEqual([]);
		}
		expect(check('/ztzl/dbjj/initiatives/fenghuang-xincheng/', '/ztzl/dbjj/')).toEqual([]);
	});

	it('reports a missing page with the nearest real one, written relative to the page', () => {
		const [problem, ...rest] = check('../../initiatives/fenghuang-xinchen/');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'content/updates/2026-10-x.md', line: 9, column: 4, rule: 'broken-link', severity: 'error' });
		expectMessage(problem!, '站内链接“../../initiatives/fenghuang-xinchen/”指向的页面不存在', '是否应为“../../initiatives/fenghuang-xincheng/”？');
	});

	it('reports links to source files, links without the closing slash, and root links outside the base', () => {
		expectMessage(check('../../initiatives/fenghuang-xincheng.md')[0]!, '是否应为“../../initiatives/fenghuang-xincheng/”？');
		expectMessage(check('../../initiatives/fenghuang-xincheng')[0]!, '是否应为“../../initiatives/fenghuang-xincheng/”？');
		expect(check('/initiatives/fenghuang-xincheng/', '/ztzl/dbjj/').map((problem) => problem.rule)).toEqual(['broken-link']);
	});

	it('sorts links into internal, external and neither', () => {
		expect(['../x/', '/x/', 'x.md', 'https://a.cn/', '//a.cn/', 'HTTP://A.CN', '#top', 'mailto:a@b.cn', 'tel:0825', ''].map(linkKind)).toEqual([
			'internal',
			'internal',
			'internal',
			'external',
			'external',
			'external',
			'other',
			'other',
			'other',
			'other',
		]);
		expect(relativeLink('updates/x/', 'indicators/y/')).toBe('../../indicators/y/');
	});

	it('checks the links in a content body against the real routes in src/pages', async () => {
		const good = await checkWith({
			[UPDATE]: `${fixtureWith(UPDATE)}\n见[二期](../../initiatives/qiongjiang-lvdao-erqi/)和[指标](../../indicators/qiongjiang-lvdao-licheng/)。\n`,
		});
		expect(good.map(brief)).toEqual([]);
		const bad = await checkWith({ [UPDATE]: `${fixtureWith(UPDATE)}\n见[指标](../../indicators/qiongjiang-lvdao/)。\n` });
		expectMessage(single(bad, `error ${shown(UPDATE)}:13 [broken-link]`), '是否应为“../../indicators/qiongjiang-lvdao-licheng/”？');
	});
});

describe('freshness', () => {
	/** The freshness step: the site's newest update, then each initiative's status. */
	const checkFreshness = (entries: readonly LoadedEntry[], today: string, updateCycleDays: number): Problem[] => [
		...staleSite.check(entries, today, updateCycleDays),
		...staleStatus.check(entries, today),
	];
	const entry = (collection: LoadedEntry['collection'], slug: string, data: Record<string, unknown>): LoadedEntry => ({
		collection,
		slug,
		file: `content/${collection}/${slug}.md`,
		data,
		lineOf: () => 4,
		positionOf: () => ({ line: 4, column: 1 }),
	});

	it('counts whole days between two dates', () => {
		expect(daysBetween('2026-11-01', '2026-11-15')).toBe(14);
		expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
	});

	it('warns, naming the newest file, when nothing was updated within update_cycle_days', () => {
		const entries = [entry('updates', 'a', { date: '2026-11-01' }), entry('indicators', 'b', { updated: '2026-10-01' })];
		expect(checkFreshness(entries, '2026-11-15', 14)).toEqual([]);
		const [problem, ...rest] = checkFreshness(entries, '2026-11-16', 14);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'content/updates/a.md', field: 'date', line: 4, column: 1, rule: 'stale-site', severity: 'warning' });
		expectMessage(problem!, '全站最近一次更新是本文件的 2026-11-01，到生成日期 2026-11-16 已 15 天，超过 site.yaml 中 update_cycle_days 规定的 14 天');
	});

	it('warns about a status older than 90 days, except for settled statuses', () => {
		const old = { status_as_of: '2026-08-01', updated: '2026-11-10' };
		const problems = checkFreshness(
			[
				entry('initiatives', 'a', { ...old, status: 'on_track' }),
				entry('initiatives', 'b', { ...old, status: 'completed' }),
				entry('initiatives', 'c', { ...old, status: 'discontinued' }),
			],
			'2026-11-10',
			14,
		);
		expect(problems.map((problem) => [problem.file, problem.rule])).toEqual([['content/initiatives/a.md', 'stale-status']]);
		expect(checkFreshness([entry('initiatives', 'a', { ...old, status: 'on_track' })], '2026-10-30', 14)).toEqual([]);
	});

	it('reports a stale site at the newest file in the content check', async () => {
		const root = path.join(PROJECT_ROOT, 'tests/fixtures');
		const contentDir = path.join(root, 'content-valid');
		const { problems } = await checkContent(contentDir, root, { today: '2027-03-01' });
		// Three files share the newest date, 2026-11-15; the first one read is named.
		expect(problems.filter((problem) => problem.rule === 'stale-site').map(brief)).toEqual([
			'warning content-valid/initiatives/qiongjiang-lvdao-erqi.md:17 updated [stale-site]',
		]);
		expect(problems.filter((problem) => problem.rule === 'stale-status')).toHaveLength(3);
		expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
		// TODAY is what every other test checks as of: fresh.
		expect((await checkContent(contentDir, root, { today: TODAY })).problems).toEqual([]);
	});
});

describe('the shipped content', () => {
	it('passes with no errors, and no warnings other than site.yaml placeholders and the calendar', async () => {
		const { problems } = await checkContent(path.join(PROJECT_ROOT, 'content'), PROJECT_ROOT);
		expect(problems.filter((problem) => problem.severity === 'error').map(brief)).toEqual([]);
		const calendar = ['stale-site', 'stale-status', 'overdue-milestone'];
		expect(
			problems.filter((problem) => !calendar.includes(problem.rule) && !(problem.file === 'content/site.yaml' && problem.rule === 'placeholder')).map(brief),
		).toEqual([]);
	});
});
