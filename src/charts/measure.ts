/**
 * Text widths that do not depend on the fonts of the build machine, so that the same data
 * gives the same chart bytes everywhere. Chart.js only needs widths to lay out axes and
 * titles; the reader's own fonts draw the text. CJK glyphs are one em wide; a small table
 * covers digits, Latin letters and punctuation (averages of common sans-serif fonts).
 */

/** Widths in em of the characters that are not one em wide. */
const NARROW: Record<string, number> = {
	' ': 0.28,
	'.': 0.28,
	',': 0.28,
	':': 0.28,
	';': 0.28,
	'!': 0.28,
	'|': 0.26,
	'-': 0.34,
	'(': 0.34,
	')': 0.34,
	'[': 0.3,
	']': 0.3,
	'/': 0.38,
	'+': 0.58,
	'=': 0.58,
	'%': 0.9,
	'#': 0.56,
};

/** Digits share one width in most fonts (tabular figures). */
const DIGIT = 0.56;
const LOWER = 0.52;
const UPPER = 0.66;
/** Anything else narrow (other Latin, symbols) is assumed to be this wide. */
const OTHER_NARROW = 0.6;
/** Bold text takes a little more room. */
const BOLD_FACTOR = 1.06;

/** Width of one character in em. */
export function charWidth(char: string): number {
	const known = NARROW[char];
	if (known !== undefined) return known;
	if (char >= '0' && char <= '9') return DIGIT;
	if (char >= 'a' && char <= 'z') return LOWER;
	if (char >= 'A' && char <= 'Z') return UPPER;
	// Everything from the CJK radicals up (Han, kana, full-width forms, CJK punctuation).
	return (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : OTHER_NARROW;
}

/** Width of `text` in pixels at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
	let ems = 0;
	for (const char of text) ems += charWidth(char);
	return ems * size * (bold ? BOLD_FACTOR : 1);
}

/** The size and weight in a CSS font shorthand such as `bold 13px sans-serif`. */
export function parseFont(font: string): { size: number; bold: boolean } {
	const size = /(\d+(?:\.\d+)?)px/.exec(font);
	return { size: size ? Number(size[1]) : 10, bold: /\b(bold|[6-9]00)\b/.test(font) };
}

/**
 * A stand-in for the 2D context svgcanvas asks for text metrics: it sets `font`, then calls
 * `measureText`, which is all Chart.js uses.
 */
export function measuringContext(): { font: string; measureText(text: string): { width: number } } {
	return {
		font: '10px sans-serif',
		measureText(text: string) {
			const { size, bold } = parseFont(this.font);
			return { width: textWidth(text, size, bold) };
		},
	};
}
