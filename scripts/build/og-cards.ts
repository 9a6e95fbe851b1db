/**
 * Renders every built page's share card (src/utils/og-card.ts) to PNG with resvg, after Astro
 * has written the pages. The card text comes from the page's own head (og:title and the
 * ColumnName/SiteName/ContentSource page tags), so every page type, present or future, gets one
 * without a second list of pages to keep in step. Also renders the favicon as the 180 px
 * home-screen icon.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import { cached, cacheKey } from '../../src/charts/cache.ts';
import { pngFontOptions } from '../../src/charts/png.ts';
import { startPhase } from '../../src/utils/build-timings.ts';
import { ogCardPath, ogCardSvg, type OgCard } from '../../src/utils/og-card.ts';

/** Bump when the card design changes, so cached cards are redrawn. */
const CARD_VERSION = 'og-card-1';

function decodeEntities(text: string): string {
	return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex: string, dec: string, name: string) => {
		if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
		if (dec) return String.fromCodePoint(Number(dec));
		return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()] ?? '';
	});
}

/** The content of `<meta name|property="key" content="…">`, as the layout writes it. */
export function metaContent(html: string, key: string): string | undefined {
	const match = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html);
	return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}

/** The card for a built page, or undefined for pages outside the layout (no og:title). */
export function cardForPage(html: string): OgCard | undefined {
	const title = metaContent(html, 'og:title');
	const siteName = metaContent(html, 'SiteName');
	if (title === undefined || siteName === undefined) return undefined;
	// The home page's title is the site name, already on the card's band: it shows what the site is about instead.
	const isHome = title === siteName;
	return {
		siteName,
		column: isHome ? '' : (metaContent(html, 'ColumnName') ?? ''),
		title: isHome ? (metaContent(html, 'og:description') ?? title) : title,
		// The host body, not the domain: the same card then serves every build of the site.
		footer: `主办：${metaContent(html, 'ContentSource') ?? ''}`,
	};
}

/**
 * Writes og/…png for every page in a built site whose og:image is its card; returns how many. Cards are cached like the
 * charts (src/charts/cache.ts), so a rebuild, and the second site the tests build, renders
 * only the cards whose text changed.
 */
export async function writeOgCards(dir: string): Promise<number> {
	const fitTo = { mode: 'original' as const };
	let count = 0;
	for (const page of (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html'))) {
		const html = await readFile(path.join(dir, page), 'utf8');
		const card = cardForPage(html);
		const cardPath = ogCardPath(page.split(path.sep).join('/'));
		// Pages that share a chart instead (indicators, initiatives) need no card: drawing one costs as much as a chart.
		if (!card || !metaContent(html, 'og:image')?.endsWith(`/${cardPath}`)) continue;
		const target = path.join(dir, cardPath);
		const svg = ogCardSvg(card);
		await mkdir(path.dirname(target), { recursive: true });
		await writeFile(
			target,
			cached(cacheKey(CARD_VERSION, { svg, fitTo }), 'png', () => new Resvg(svg, { font: pngFontOptions(svg), fitTo }).render().asPng()),
		);
		count += 1;
	}
	return count;
}

/** The home-screen icon iOS and some Android browsers ask for: favicon.svg at 180 px. */
export async function writeTouchIcon(dir: string): Promise<void> {
	const png = new Resvg(await readFile(path.join(dir, 'favicon.svg')), { fitTo: { mode: 'width', value: 180 } }).render().asPng();
	await writeFile(path.join(dir, 'apple-touch-icon.png'), png);
}

export function ogCards(): AstroIntegration {
	return {
		name: 'anju-og-cards',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const clock = startPhase();
				const [count] = await Promise.all([writeOgCards(fileURLToPath(dir)), writeTouchIcon(fileURLToPath(dir))]);
				clock.end('分享卡片（share cards）');
				logger.info(`${count} 张分享卡片（share cards）`);
			},
		},
	};
}
