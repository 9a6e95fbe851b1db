/**
 * axe-core (WCAG 2.2 A and AA rules) on every page of the sitemap and the 404 page, in every
 * reading mode, with the reading-aids panel open so its controls are checked too. The
 * high-contrast modes are held to AAA contrast (≥ 7:1), and so is the text inside charts,
 * which axe does not measure (4.5:1 in the other modes). The default mode also checks what axe
 * leaves to judgement: one h1 and no skipped heading levels, alt on every image, and English
 * passages marked lang="en". The same sweep records Content-Security-Policy violations: there
 * must be none, on any page, in any mode.
 */
import { availableParallelism } from 'node:os';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContextInMode, READING_MODES } from '../../../scripts/reading-modes.ts';
import { builtSite } from '../../helpers/built-site.ts';
import { contrastRatio } from './contrast.ts';
import { browserSession } from '../chromium.ts';
import { cspViolations, recordCspViolations } from '../csp-violations.ts';
import { inParallel, readerPaths, sitemapPaths } from './site-pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Pages checked at once within a mode: axe is CPU-bound, so about one per core. */
const PARALLEL = Math.max(2, availableParallelism());

/** Runs in the page: what axe does not check about structure and language. */
function structureProblems(): string[] {
	const problems: string[] = [];
	const headings = [...document.querySelectorAll<HTMLHeadingElement>('h1, h2, h3, h4, h5, h6')];
	const h1Count = headings.filter((heading) => heading.tagName === 'H1').length;
	if (h1Count !== 1) problems.push(`${h1Count} h1 elements`);
	let previous = 0;
	for (const heading of headings) {
		const level = Number(heading.tagName[1]);
		if (level > previous + 1) problems.push(`h${level} after h${previous}: ${heading.textContent.trim()}`);
		previous = level;
	}
	for (const image of document.querySelectorAll('img:not([alt])')) problems.push(`img without alt: ${image.getAttribute('src')}`);
	for (const svg of document.querySelectorAll('svg:not([aria-hidden="true"])')) {
		const named = svg.getAttribute('role') === 'img' && (svg.hasAttribute('aria-label') || svg.hasAttribute('aria-labelledby'));
		if (!named && !svg.closest('[aria-hidden="true"]')) problems.push(`svg neither hidden nor named: ${svg.outerHTML.slice(0, 80)}`);
	}
	// Three or more Latin words in a row (addresses and file names aside) is an English passage; it must sit inside lang="en".
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const words = (node.textContent ?? '').replace(/\S*(?:https?:\/\/|@|\.(?:cn|com|org)\b)\S*/g, ' ');
		const english = /[A-Za-z]{2,}(?:(?:[\s,'’]|\.\s)+[A-Za-z]{2,}){2,}/.exec(words);
		const element = node.parentElement;
		if (!english || !element || element.closest('script, style, code, pre')) continue;
		if (/^en\b/i.test(element.closest('[lang]')?.getAttribute('lang') ?? '')) continue;
		problems.push(`English without lang="en": ${english[0]}`);
	}
	return problems;
}

interface ChartColours {
	background: string;
	sampleBackground: string | undefined;
	text: string[];
	/** The data line and the target line. */
	lines: string[];
}

/** Runs in the page: the colours each chart is drawn in, as the current scheme resolves them. */
function chartColours(): ChartColours[] {
	const background = getComputedStyle(document.documentElement).backgroundColor;
	return [...document.querySelectorAll('svg.anju-chart')].map((chart) => {
		const paint = (selector: string, property: 'fill' | 'stroke') => [
			...new Set([...chart.querySelectorAll(selector)].map((element) => getComputedStyle(element)[property]).filter((colour) => colour.startsWith('rgb'))),
		];
		return {
			background,
			sampleBackground: paint('.ch-sample-bg-f', 'fill')[0],
			text: paint('text', 'fill'),
			lines: paint('.ch-series-s, .ch-target-s', 'stroke'),
		};
	});
}

/** Chart text must read like page text (AA 4.5:1, or 7:1 in high contrast); lines need 3:1 (WCAG 1.4.11). */
function chartProblems(charts: ChartColours[], textMinimum: number): string[] {
	return charts.flatMap((chart) => [
		...chart.text.flatMap((text) =>
			[chart.background, chart.sampleBackground]
				.filter((background) => background !== undefined)
				.filter((background) => contrastRatio(text, background) < textMinimum)
				.map((background) => `chart text ${text} on ${background}: ${contrastRatio(text, background).toFixed(2)}:1`),
		),
		...chart.lines
			.filter((line) => contrastRatio(line, chart.background) < 3)
			.map((line) => `chart line ${line}: ${contrastRatio(line, chart.background).toFixed(2)}:1`),
	]);
}

async function openReadingAids(page: Page): Promise<void> {
	await page.getByRole('button', { name: '长者模式' }).click();
}

describe('axe on every page in every reading mode', () => {
	const site = builtSite('root');
	const paths = readerPaths(site);
	const session = browserSession(site);

	it('reads the pages from the sitemap', () => {
		const listed = sitemapPaths(site);
		expect(listed).toContain('');
		expect(listed).toContain('initiatives/qiongjiang-shengtai-zoulang/');
		expect(listed.length).toBeGreaterThan(50);
	});

	for (const mode of READING_MODES) {
		it(`${mode.label}: 0 axe violations, 0 CSP violations`, async () => {
			const highContrast = mode.settings.contrast === 'high';
			const context = await newContextInMode(session.browser, mode, { viewport: { width: 390, height: 844 } });
			await recordCspViolations(context);
			const problems: string[] = [];
			let chartCount = 0;
			// One tab per lane, reused from page to page.
			const tabs = await Promise.all(Array.from({ length: PARALLEL }, () => context.newPage()));
			await inParallel(paths, PARALLEL, async (pagePath, lane) => {
				const page = tabs[lane] as Page;
				await page.goto(session.url + pagePath);
				await openReadingAids(page);
				// Legacy mode runs axe in the page itself; the default opens an extra page per run to
				// merge results across iframes, doubling the time, and these pages have no iframes.
				const results = await new AxeBuilder({ page })
					.setLegacyMode(true)
					.options({
						runOnly: { type: 'tag', values: TAGS },
						rules: { 'color-contrast-enhanced': { enabled: highContrast } },
					})
					.analyze();
				for (const violation of results.violations) {
					const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
					problems.push(`/${pagePath}: ${violation.id} (${violation.help}) at ${where}`);
				}
				const charts = await page.evaluate(chartColours);
				chartCount += charts.length;
				problems.push(...chartProblems(charts, highContrast ? 7 : 4.5).map((problem) => `/${pagePath}: ${problem}`));
				if (mode.name === 'default') problems.push(...(await page.evaluate(structureProblems)).map((problem) => `/${pagePath}: ${problem}`));
				problems.push(...(await cspViolations(page)).map((violation) => `/${pagePath}: CSP ${violation}`));
			});
			await context.close();
			expect(problems.sort()).toEqual([]);
			expect(chartCount, 'charts checked').toBeGreaterThan(0);
		});
	}
});
