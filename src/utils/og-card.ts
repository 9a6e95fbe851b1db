/**
 * The share card (Open Graph / Twitter image) each page gets when it has no chart of its own:
 * a 1200×630 SVG with the column, the page title and the site name, rendered to PNG at build
 * time (scripts/build/og-cards.ts). Pure, so the layout and the build agree on where it lives.
 */

export const OG_CARD_WIDTH = 1200;
export const OG_CARD_HEIGHT = 630;

/** Fonts the card asks for; the build loads the first CJK font file it finds (src/charts/png.ts). */
export const OG_CARD_FONTS = ['WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei'];

/**
 * Where a page's card is, relative to the base path: `initiatives/x/` → `og/initiatives/x.png`,
 * the home page → `og/index.png`, `404.html` → `og/404.png`.
 */
export function ogCardPath(pagePath: string): string {
	const name = pagePath
		.replace(/index\.html$/, '')
		.replace(/\.html$/, '')
		.replace(/^\/+|\/+$/g, '');
	return `og/${name === '' ? 'index' : name}.png`;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Visual width in ems: Han characters and full-width punctuation are one em, Latin and digits about half. */
function textWidth(text: string): number {
	let width = 0;
	for (const char of text) width += (char.codePointAt(0) ?? 0) <= 0xff ? 0.55 : 1;
	return width;
}

/**
 * Breaks a title into at most `maxLines` lines of `maxEms` ems; the last line ends in an ellipsis
 * when the title is longer. Chinese has no spaces to break at, so any character boundary will do,
 * but a closing mark never starts a line.
 */
export function wrapTitle(title: string, maxEms: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const char of title) {
		if (textWidth(line + char) > maxEms && line !== '' && !/^[，。、；：？！”’）》」』]$/.test(char)) {
			lines.push(line);
			line = '';
		}
		line += char;
	}
	if (line !== '') lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1] ?? '';
	while (last !== '' && textWidth(`${last}…`) > maxEms) last = [...last].slice(0, -1).join('');
	kept[maxLines - 1] = `${last}…`;
	return kept;
}

export interface OgCard {
	/** The section, e.g. 推进举措; empty for none. */
	column: string;
	title: string;
	siteName: string;
	/** Shown at the bottom, e.g. the host body. */
	footer: string;
}

/** The card as SVG; colours follow the site's accent (the red of the header, --color-accent). */
export function ogCardSvg(card: OgCard): string {
	const fontFamily = [...OG_CARD_FONTS, 'sans-serif'].map((font) => (font.includes(' ') ? `'${font}'` : font)).join(', ');
	const titleSize = textWidth(card.title) > 28 ? 60 : 72;
	const lines = wrapTitle(card.title, Math.floor(1040 / titleSize), 3);
	const titleTop = 230 + titleSize;
	const titleLines = lines
		.map(
			(line, index) =>
				`<text x="80" y="${Math.round(titleTop + index * titleSize * 1.3)}" font-size="${titleSize}" font-weight="700" fill="#1f2328">${escapeXml(line)}</text>`,
		)
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_CARD_WIDTH}" height="${OG_CARD_HEIGHT}" viewBox="0 0 ${OG_CARD_WIDTH} ${OG_CARD_HEIGHT}" font-family="${escapeXml(fontFamily)}">` +
		`<rect width="100%" height="100%" fill="#f5f6f8"/>` +
		`<rect width="100%" height="120" fill="#a4161a"/>` +
		`<text x="80" y="78" font-size="40" font-weight="700" fill="#ffffff">${escapeXml(card.siteName)}</text>` +
		(card.column === ''
			? ''
			: `<rect x="80" y="170" width="8" height="48" fill="#a4161a"/><text x="104" y="208" font-size="36" fill="#a4161a">${escapeXml(card.column)}</text>`) +
		titleLines +
		`<rect x="0" y="${OG_CARD_HEIGHT - 12}" width="100%" height="12" fill="#a4161a"/>` +
		`<text x="80" y="${OG_CARD_HEIGHT - 56}" font-size="30" fill="#555d66">${escapeXml(card.footer)}</text>` +
		`</svg>`
	);
}
