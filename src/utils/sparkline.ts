/**
 * A sparkline: an indicator's values as a polyline in a small box, for the home page's key
 * figures. It only pictures what the card says in words, so it has no axes. Values map to heights
 * as they are, between the series' own lowest and highest: a falling count falls, whichever
 * direction is better, as on the indicator's chart. Periods are spaced evenly by their order.
 */

/** The drawing's size in CSS pixels (the SVG is drawn 1:1, so its 2 px stroke stays 2 px). */
export const SPARKLINE_BOX = { width: 120, height: 36 } as const;

/** Room kept at every edge, so the stroke and the dot at the latest value are never clipped. */
const INSET = 4;

export interface Sparkline {
	/** The polyline's `points` ("x,y x,y …"); absent with one value, which is the dot alone. */
	points?: string;
	/** The latest value's position, marked with a dot. */
	end: { x: number; y: number };
}

/** One decimal place: enough for a 120 px drawing, without floating-point noise in the markup. */
const round = (value: number) => Math.round(value * 10) / 10;

/** The sparkline of `values`, oldest first; none without values. A flat series (or one value) sits at mid-height. */
export function sparkline(values: readonly number[], box: { width: number; height: number } = SPARKLINE_BOX): Sparkline | undefined {
	if (values.length === 0) return undefined;
	const low = Math.min(...values);
	const span = Math.max(...values) - low;
	const inner = { width: box.width - 2 * INSET, height: box.height - 2 * INSET };
	const at = (value: number, index: number) => ({
		x: round(values.length === 1 ? box.width - INSET : INSET + (index / (values.length - 1)) * inner.width),
		// SVG's y grows downwards: the highest value is at the top.
		y: round(span === 0 ? box.height / 2 : INSET + (1 - (value - low) / span) * inner.height),
	});
	const positions = values.map(at);
	const end = positions.at(-1)!;
	if (positions.length === 1) return { end };
	return { points: positions.map(({ x, y }) => `${x},${y}`).join(' '), end };
}
