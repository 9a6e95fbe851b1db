/**
 * `npm run screenshots`: photographs the built site in Debian's Chromium at phone (390 px)
 * and desktop (1280 px) widths, into screenshots/. Run `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.ts';
import { serveDist } from './static-server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['', 'pillars/anyi-anju/', 'initiatives/qiongjiang-shengtai-zoulang/', 'benchmarks/'];
const widths = [390, 1280];

const { url, server } = await serveDist(path.join(root, 'dist'));
const browser = await launchChromium();
await mkdir(path.join(root, 'screenshots'), { recursive: true });
try {
	for (const width of widths) {
		const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
		const page = await context.newPage();
		for (const pagePath of pages) {
			await page.goto(url + pagePath);
			const name = `${(pagePath.replace(/\/$/, '').replaceAll('/', '_') || 'home')}-${width}.png`;
			await page.screenshot({ path: path.join(root, 'screenshots', name), fullPage: true });
			console.log(`screenshots/${name}`);
		}
		await context.close();
	}
} finally {
	await browser.close();
	server.close();
}
