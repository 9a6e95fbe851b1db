/**
 * Charts on a phone (issue 15): every indicator, initiative and benchmark page at a 360 × 740
 * viewport, in the standard and the 特大 text size. The chart shown is the narrow layout, its
 * smallest text renders at 12 CSS px or more and its lines at 2 px or more; the other layout is
 * display:none; chart ids are unique; the page does not scroll sideways and does not shift as it
 * loads (CLS ≤ 0.01). At 1280 px and in print the wide layout is shown.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContextInMode, READING_MODES } from '../../../scripts/reading-modes.ts';
import { builtSite } from '../../helpers/built-site.ts';
import { inParallel, sitemapPaths } from '../a11y/site-pages.ts';
import { browserSession } from '../chromium.ts';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const MIN_TEXT_PX = 12;
const MIN_LINE_PX = 2;
const MAX_CLS = 0.01;
const LANES = 2;

interface ChartMeasure {
	/** The shown charts' viewBox widths (which layout: 400 wide, 320 narrow). */
	shownWidths: number[];
	/** The smallest text in CSS px among shown charts, with what it says. */
	smallestText: { px: number; text: string } | undefined;
	/** The lowest box of chart text as rendered (getBoundingClientRect), and the thinnest data or reference line, in CSS px. */
	smallestBox: number | undefined;
	thinnestLine: number | undefined;
	duplicateIds: string[];
	unresolvedLabels: string[];
	pageWidth: number;
	viewportWidth: number;
}

/** Runs in the page: what the charts look like as rendered. */
function measureCharts(): ChartMeasure {
	const charts = [...document.querySelectorAll<SVGSVGElement>('svg.anju-chart')];
	const shown = charts.filter((svg) => svg.checkVisibility());
	let smallestText: ChartMeasure['smallestText'];
	let smallestBox: number | undefined;
	let thinnestLine: number | undefined;
	for (const svg of shown) {
		const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
		for (const text of svg.querySelectorAll('text')) {
			if ((text.textContent ?? '').trim() === '') continue;
			const px = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
			if (!smallestText || px < smallestText.px) smallestText = { px, text: text.textContent ?? '' };
			const height = text.getBoundingClientRect().height;
			smallestBox = Math.min(smallestBox ?? height, height);
		}
		for (const line of svg.querySelectorAll('.ch-series-s, .ch-target-s, .ch-baseline-s')) {
			const px = Number.parseFloat(getComputedStyle(line).strokeWidth) * scale;
			thinnestLine = Math.min(thinnestLine ?? px, px);
		}
	}
	const ids = charts.flatMap((svg) => [...svg.querySelectorAll('[id]')].map((element) => element.id));
	return {
		shownWidths: shown.map((svg) => svg.viewBox.baseVal.width),
		smallestText,
		smallestBox,
		thinnestLine,
		duplicateIds: ids.filter((id) => document.querySelectorAll(`#${CSS.escape(id)}`).length !== 1),
		unresolvedLabels: charts.flatMap((svg) => (svg.getAttribute('aria-labelledby') ?? '').split(' ').filter((id) => !svg.querySelector(`#${CSS.escape(id)}`))),
		pageWidth: document.documentElement.scrollWidth,
		viewportWidth: window.innerWidth,
	};
}

/** Runs in the page: the cumulative layout shift so far, from the buffered entries. */
function layoutShift(): Promise<number> {
	return new Promise((resolve) => {
		let total = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
				if (!entry.hadRecentInput) total += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
		// Buffered entries arrive in a task of their own; with none, the callback never runs.
		setTimeout(() => resolve(total), 50);
	});
}

/** Whether each chart's wrapper that holds a hidden layout is display:none, so the hidden chart is neither seen nor read. */
function hiddenLayoutsAreDisplayNone(): boolean {
	return [...document.querySelectorAll('.chart-svg > *')].every(
		(box) => box.querySelector('svg')?.checkVisibility() || getComputedStyle(box).display === 'none',
	);
}

describe('charts on a phone', () => {
	const site = builtSite('root');
	const paths = sitemapPaths(site).filter((path) => /^(indicators|initiatives|benchmarks)\//.test(path));
	const session = browserSession(site);

	it('covers every indicator, initiative and benchmark page', () => {
		for (const section of ['indicators', 'initiatives', 'benchmarks']) {
			expect(paths.filter((path) => path.startsWith(`${section}/`)).length, section).toBeGreaterThan(1);
		}
	});

	const modes = READING_MODES.filter((mode) => mode.name === 'default' || mode.name === 'text-xl');
	for (const mode of modes) {
		it(`${mode.label}, 360 px: narrow charts, text ≥ ${MIN_TEXT_PX} px, lines ≥ ${MIN_LINE_PX} px, no sideways scroll, CLS ≤ ${MAX_CLS}`, async () => {
			const context = await newContextInMode(session.browser, mode, { viewport: PHONE, deviceScaleFactor: 1 });
			const tabs = await Promise.all(Array.from({ length: LANES }, () => context.newPage()));
			const problems: string[] = [];
			let charts = 0;
			let smallest = Infinity;
			await inParallel(paths, LANES, async (pagePath, lane) => {
				const page = tabs[lane] as Page;
				await page.goto(session.url + pagePath);
				const measure = await page.evaluate(measureCharts);
				const cls = await page.evaluate(layoutShift);
				const at = `/${pagePath}`;
				charts += measure.shownWidths.length;
				if (measure.shownWidths.some((width) => width !== 320)) problems.push(`${at}: a wide chart on a phone (${measure.shownWidths.join(', ')})`);
				if (measure.smallestText && measure.smallestText.px < MIN_TEXT_PX) {
					problems.push(`${at}: chart text “${measure.smallestText.text}” at ${measure.smallestText.px.toFixed(1)} px`);
				}
				if (measure.smallestBox !== undefined && measure.smallestBox < MIN_TEXT_PX)
					problems.push(`${at}: a chart text box ${measure.smallestBox.toFixed(1)} px high`);
				if (measure.thinnestLine !== undefined && measure.thinnestLine < MIN_LINE_PX)
					problems.push(`${at}: a chart line ${measure.thinnestLine.toFixed(2)} px wide`);
				smallest = Math.min(smallest, measure.smallestText?.px ?? Infinity);
				if (measure.duplicateIds.length > 0) problems.push(`${at}: ids on the page more than once: ${measure.duplicateIds.join(', ')}`);
				if (measure.unresolvedLabels.length > 0) problems.push(`${at}: aria-labelledby without its element: ${measure.unresolvedLabels.join(', ')}`);
				if (!(await page.evaluate(hiddenLayoutsAreDisplayNone))) problems.push(`${at}: a hidden chart layout that is not display:none`);
				if (measure.pageWidth > measure.viewportWidth) problems.push(`${at}: ${measure.pageWidth} px wide in ${measure.viewportWidth} px`);
				if (cls > MAX_CLS) problems.push(`${at}: layout shift ${cls.toFixed(3)}`);
			});
			await context.close();
			console.log(`${mode.label}, 360 px: ${charts} charts on ${paths.length} pages, smallest chart text ${smallest.toFixed(1)} px`);
			expect(problems).toEqual([]);
			// The sweep measured charts: the indicator pages have them.
			expect(charts).toBeGreaterThan(20);
		});
	}

	it('1280 px: the wide layout, text ≥ 12 px', async () => {
		const context = await session.browser.newContext({ viewport: DESKTOP });
		const tabs = await Promise.all(Array.from({ length: LANES }, () => context.newPage()));
		const problems: string[] = [];
		await inParallel(paths, LANES, async (pagePath, lane) => {
			const page = tabs[lane] as Page;
			await page.goto(session.url + pagePath);
			const measure = await page.evaluate(measureCharts);
			if (measure.shownWidths.some((width) => width !== 400)) problems.push(`/${pagePath}: a narrow chart at 1280 px`);
			if (measure.smallestText && measure.smallestText.px < MIN_TEXT_PX) problems.push(`/${pagePath}: chart text at ${measure.smallestText.px.toFixed(1)} px`);
		});
		await context.close();
		expect(problems).toEqual([]);
	});

	describe('print', () => {
		let context: BrowserContext;
		let page: Page;
		beforeAll(async () => {
			context = await session.browser.newContext({ viewport: PHONE });
			page = await context.newPage();
		});
		afterAll(async () => {
			await context.close();
		});

		it('prints the wide layout, even from a phone', async () => {
			await page.goto(`${session.url}indicators/qiongjiang-shengtai-zoulang-licheng/`);
			const onScreen = (await page.evaluate(measureCharts)).shownWidths;
			expect(onScreen.length).toBeGreaterThan(0);
			expect(new Set(onScreen)).toEqual(new Set([320]));
			await page.emulateMedia({ media: 'print' });
			const printed = (await page.evaluate(measureCharts)).shownWidths;
			expect(printed).toHaveLength(onScreen.length);
			expect(new Set(printed)).toEqual(new Set([400]));
			expect(await page.evaluate(hiddenLayoutsAreDisplayNone)).toBe(true);
		});
	});
});
