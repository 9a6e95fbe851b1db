/**
 * `npm run screenshots`: photographs the built site in Debian's Chromium, into screenshots/.
 * Run `npm run build` first.
 *
 *   npm run screenshots                    phone (390 px) and desktop (1280 px) widths
 *   npm run screenshots -- PAGE…           only these pages, e.g. initiatives/qiongjiang-shengtai-zoulang/
 *   npm run screenshots -- --modes         home and an initiative at 390 px in every reading mode
 *   npm run screenshots -- --pdf           an initiative printed to A4 PDF, as a reader's browser prints it
 *   --dist DIR                             photograph another build (default dist/)
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { newContextInMode, READING_MODES } from './reading-modes.ts';
import { serveDist } from './static-server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { modes: { type: 'boolean' }, pdf: { type: 'boolean' }, dist: { type: 'string' } },
});
const INITIATIVE = 'initiatives/qiongjiang-shengtai-zoulang/';
const outDir = path.join(root, 'screenshots');
const fileName = (pagePath: string, suffix: string) => `${pagePath.replace(/\/$/, '').replaceAll('/', '_') || 'home'}-${suffix}`;

async function widths(browser: Browser, url: string): Promise<void> {
	const pages = positionals.length > 0 ? positionals : ['', 'pillars/anyi-anju/', INITIATIVE, 'benchmarks/'];
	for (const width of [390, 1280]) {
		const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
		const page = await context.newPage();
		for (const pagePath of pages) {
			await page.goto(url + pagePath);
			const name = fileName(pagePath, `${width}.png`);
			await page.screenshot({ path: path.join(outDir, name), fullPage: true });
			console.log(`screenshots/${name}`);
		}
		await context.close();
	}
}

async function modes(browser: Browser, url: string): Promise<void> {
	for (const mode of READING_MODES) {
		const context = await newContextInMode(browser, mode, { viewport: { width: 390, height: 900 }, deviceScaleFactor: 1 });
		const page = await context.newPage();
		for (const pagePath of ['', INITIATIVE]) {
			await page.goto(url + pagePath);
			// The reading-aids panel open, as a reader sees it while choosing.
			await page.getByRole('button', { name: '长者模式' }).click();
			const name = fileName(pagePath, `390-${mode.name}.png`);
			await page.screenshot({ path: path.join(outDir, name), fullPage: true });
			console.log(`screenshots/${name}（${mode.label}）`);
		}
		await context.close();
	}
}

async function pdf(browser: Browser, url: string): Promise<void> {
	const page = await browser.newPage();
	await page.goto(url + INITIATIVE);
	const name = fileName(INITIATIVE, 'a4.pdf');
	// No options beyond the page's own: @page sets A4 and margins, print styles do the rest.
	await page.pdf({ path: path.join(outDir, name), preferCSSPageSize: true });
	console.log(`screenshots/${name}`);
}

const { url, server } = await serveDist(path.resolve(values.dist ?? path.join(root, 'dist')));
const browser = await launchChromium();
await mkdir(outDir, { recursive: true });
try {
	if (values.modes) await modes(browser, url);
	if (values.pdf) await pdf(browser, url);
	if (!values.modes && !values.pdf) await widths(browser, url);
} finally {
	await browser.close();
	server.close();
}
