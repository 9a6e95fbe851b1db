/**
 * A PNG of a chart, for slides and documents, drawn by resvg from the chart's SVG. resvg
 * does not know CSS custom properties, so their fallback colours are written in, and it
 * needs a CJK font or Chinese comes out as boxes: a known system CJK font file is used,
 * cut down to the characters drawn so far (font-subset.ts), since resvg parses the whole
 * font for every picture (about 60 ms with the full font, 15 ms with the subset, against
 * 300 ms for scanning every system font).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { cacheDir, cached } from './cache.ts';
import { chartPngKey } from './chart-key.ts';
import { subsetFont } from './font-subset.ts';

/** CJK fonts in their usual places on Debian/Ubuntu, Fedora, macOS and Windows; their family names are in the chart's font stack. */
const CJK_FONT_FILES = [
	'/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
	'/usr/share/fonts/wqy-microhei/wqy-microhei.ttc',
	'/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
	'/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
	'/System/Library/Fonts/PingFang.ttc',
	'C:\\Windows\\Fonts\\msyh.ttc',
];

/** Pixels per SVG unit: sharp on high-density screens and in print. */
const ZOOM = 2;

/** Printable ASCII, so most pictures need no new subset. */
const ASCII = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');

/** The subset in use in this process: the characters it covers and its file. */
let subset: { characters: Set<string>; file: string } | undefined;

/**
 * Font options for resvg that cover every character of `text` (an SVG): the CJK font's subset,
 * grown and rewritten when `text` needs a character it lacks.
 */
export function pngFontOptions(text: string): NonNullable<ResvgRenderOptions['font']> {
	const source = CJK_FONT_FILES.find((candidate) => existsSync(candidate));
	if (!source) return { loadSystemFonts: true };
	const missing = [...new Set(text)].filter((character) => !subset?.characters.has(character));
	if (!subset || missing.length > 0) {
		const characters = new Set([...(subset?.characters ?? ASCII), ...missing]);
		const bytes = subsetFont(readFileSync(source), [...characters].join(''));
		const file = path.join(cacheDir(), 'fonts', `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.ttf`);
		if (!existsSync(file)) {
			mkdirSync(path.dirname(file), { recursive: true });
			// Write then rename: another build in the same cache may be reading it.
			writeFileSync(`${file}.${process.pid}.tmp`, bytes);
			renameSync(`${file}.${process.pid}.tmp`, file);
		}
		subset = { characters, file };
	}
	return { loadSystemFonts: false, fontFiles: [subset.file] };
}

/** `var(--name,fallback)` → `fallback`, innermost first for nested fallbacks. */
export function literalColours(svg: string): string {
	let previous: string;
	let result = svg;
	do {
		previous = result;
		result = result.replace(/var\(--[\w-]+,([^()]+)\)/g, '$1');
	} while (result !== previous);
	return result;
}

export function renderPng(svg: string): Buffer {
	const font = pngFontOptions(svg);
	const resvg = new Resvg(literalColours(svg), { font, fitTo: { mode: 'zoom', value: ZOOM }, background: '#ffffff' });
	return resvg.render().asPng();
}

/** The PNG of a chart SVG, from the cache when the same SVG was drawn before. */
export function chartPngFromSvg(svg: string): Buffer {
	return cached(chartPngKey(svg), 'png', () => renderPng(svg));
}
