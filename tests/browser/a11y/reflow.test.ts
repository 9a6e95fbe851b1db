/**
 * Reflow (WCAG 1.4.10): one page of every kind at 320 CSS px, and at 1280 px zoomed to 200 %
 * (a 640 CSS px viewport at twice the pixel density), in the standard and 特大 text sizes with
 * the reading-aids panel open: the page never scrolls sideways. Tables that are wider than the
 * screen scroll in their own box and say so.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContextInMode, READING_MODES } from '../../../scripts/reading-modes.ts';
import { builtSite } from '../../helpers/built-site.ts';
import { browserSession } from '../chromium.ts';
import { inParallel, onePerPageType, readerPaths } from './site-pages.ts';

const VIEWPORTS = [
	{ label: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
	{ label: '1280 px at 200 %', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];
const MODES = READING_MODES.filter((mode) => mode.name === 'default' || mode.name === 'text-xl');

interface Layout {
	pageWidth: number;
	viewportWidth: number;
	/** Tables wider than their box, and whether each shows the scroll hint. */
	tables: { overflows: boolean; hint: string }[];
}

function layout(): Layout {
	return {
		pageWidth: document.documentElement.scrollWidth,
		viewportWidth: window.innerWidth,
		tables: [...document.querySelectorAll<HTMLElement>('.table-scroll')].map((box) => {
			const hint = getComputedStyle(box, '::before');
			return { overflows: box.scrollWidth > box.clientWidth, hint: hint.display === 'none' ? '' : hint.content };
		}),
	};
}

describe('reflow without horizontal scrolling', () => {
	const site = builtSite('root');
	const paths = onePerPageType(readerPaths(site));
	const session = browserSession(site);

	it('covers every kind of page', () => {
		expect(paths).toEqual(expect.arrayContaining(['', 'initiatives/', 'indicators/', '404.html']));
		expect(paths.filter((path) => /^initiatives\/[^/]+\/$/.test(path))).toHaveLength(1);
	});

	for (const mode of MODES) {
		for (const { label, viewport, deviceScaleFactor } of VIEWPORTS) {
			it(`${mode.label}, ${label}`, async () => {
				const context = await newContextInMode(session.browser, mode, { viewport, deviceScaleFactor });
				const tabs: Page[] = await Promise.all([context.newPage(), context.newPage()]);
				const problems: string[] = [];
				let overflowingTables = 0;
				await inParallel(paths, tabs.length, async (pagePath, lane) => {
					const page = tabs[lane] as Page;
					await page.goto(session.url + pagePath);
					await page.getByRole('button', { name: '长者模式' }).click();
					const result = await page.evaluate(layout);
					if (result.pageWidth > result.viewportWidth) problems.push(`/${pagePath}: ${result.pageWidth} px wide in ${result.viewportWidth} px`);
					for (const table of result.tables) {
						if (table.overflows) overflowingTables++;
						if (table.overflows && !table.hint.includes('左右滑动查看完整表格')) problems.push(`/${pagePath}: a wide table without the scroll hint`);
						if (!table.overflows && table.hint !== '') problems.push(`/${pagePath}: a scroll hint on a table that fits`);
					}
				});
				await context.close();
				expect(problems).toEqual([]);
				// The hint is exercised: on a 320 px phone some tables are wider than the screen.
				if (viewport.width === 320) expect(overflowingTables).toBeGreaterThan(0);
			});
		}
	}
});
