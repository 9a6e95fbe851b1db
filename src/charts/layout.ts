/**
 * The two layouts every chart is drawn in. A chart's SVG scales to its column (viewBox), so its
 * text renders at font size × column width ÷ drawing width: the wide layout is for columns of
 * 420 CSS px and more (desktop, tablet, print, downloads), the narrow one for phones, drawn near
 * the width it is shown at, with larger text, fewer ticks, shorter labels and heavier lines, so
 * that at a 360 px viewport no text is under 12 CSS px and no line under 2 px.
 */
export type ChartLayoutName = 'wide' | 'narrow';

export interface ChartLayout {
	/** Drawing width in SVG units. */
	width: number;
	/** Drawing height in SVG units with a one-line title, one source line and no legend; each extra line adds its height. */
	height: number;
	/** Font sizes: the title, all other text, and the source line. */
	font: { title: number; text: number; source: number };
	/** Height of one source line and of one legend line. */
	sourceLineHeight: number;
	legendLineHeight: number;
	/** Stroke widths: the main series, the second series, the reference lines (target, baseline, level) and the outline of their markers. */
	line: { series: number; second: number; reference: number; marker: number };
	/** At most this many y-axis ticks. */
	yTicks: number;
}

export const CHART_LAYOUTS: Record<ChartLayoutName, ChartLayout> = {
	wide: {
		width: 400,
		height: 290,
		font: { title: 16, text: 13, source: 12 },
		sourceLineHeight: 15,
		legendLineHeight: 20,
		line: { series: 2.5, second: 2, reference: 1.5, marker: 2 },
		yTicks: 6,
	},
	// 320 units in the 328 px column of a 360 px phone (1 rem page margins): 13-unit text renders at
	// 13.3 px, and still at 12 px in a column as narrow as 296 px; in the 312 px column of the 特大
	// text size (1.5 rem margins), 12.7 px and lines of 2.1 px.
	narrow: {
		width: 320,
		height: 280,
		font: { title: 16, text: 13, source: 13 },
		sourceLineHeight: 16,
		legendLineHeight: 20,
		line: { series: 3, second: 2.5, reference: 2.2, marker: 2.2 },
		yTicks: 5,
	},
};
