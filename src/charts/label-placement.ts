/**
 * Where a chart's labels go (baseline, target, level, latest values): each label offers places
 * in order of preference (above or below its line or point, at either end, beside its marker),
 * and takes the first that lies inside the plot and touches neither the data (line segments,
 * points, bars, markers, reference lines) nor a label placed before it. If none is clear, the
 * places are nudged away from where they were, step by step; only if that fails too does the label
 * take the place with the fewest collisions. Pure geometry in chart coordinates (y grows down).
 */

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** What labels must not touch: line segments and filled areas (points, bars, markers). */
export interface Obstacles {
	segments: readonly Segment[];
	boxes: readonly Box[];
}

export interface Placement {
	/** Which of the label's places it took (its index in the list given). */
	candidate: number;
	/** The box taken: the place, nudged by `nudge` units down (negative: up). */
	box: Box;
	nudge: number;
	/** Whether the box is clear of every obstacle and earlier label; false only when nothing was. */
	clear: boolean;
}

export interface NudgeOptions {
	/** Units per nudge step, and the largest nudge tried in either direction. */
	step: number;
	max: number;
}

export function boxesOverlap(a: Box, b: Box): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether `box` lies wholly inside `bounds`. */
export function boxInside(box: Box, bounds: Box): boolean {
	return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}

/** Whether a segment passes through the inside of `box` (Liang–Barsky clipping); touching an edge does not count. */
export function segmentHitsBox(segment: Segment, box: Box): boolean {
	const dx = segment.x2 - segment.x1;
	const dy = segment.y2 - segment.y1;
	let enter = 0;
	let leave = 1;
	const edges: [number, number][] = [
		[-dx, segment.x1 - box.left],
		[dx, box.right - segment.x1],
		[-dy, segment.y1 - box.top],
		[dy, box.bottom - segment.y1],
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			// Parallel to this edge: inside only if strictly within it.
			if (q <= 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) enter = Math.max(enter, t);
		else leave = Math.min(leave, t);
		if (enter >= leave) return false;
	}
	return true;
}

/** How many obstacles and placed labels `box` touches. */
export function collisions(box: Box, obstacles: Obstacles, placed: readonly Box[] = []): number {
	return (
		obstacles.segments.filter((segment) => segmentHitsBox(segment, box)).length +
		[...obstacles.boxes, ...placed].filter((other) => boxesOverlap(box, other)).length
	);
}

const moved = (box: Box, dy: number): Box => ({ ...box, top: box.top + dy, bottom: box.bottom + dy });

/** The nudges tried, nearest first: 0, then +step, −step, +2·step … up to ±max (positive: away from the anchor). */
function nudges({ step, max }: NudgeOptions): number[] {
	const list = [0];
	for (let distance = step; distance <= max; distance += step) list.push(distance, -distance);
	return list;
}

/**
 * Places `labels` in order, each given as its candidate boxes, best first, and the height of
 * what it labels (`anchorY`: its line or point), which nudges move away from first.
 */
export function placeLabels(
	labels: readonly { candidates: readonly Box[]; anchorY: number }[],
	obstacles: Obstacles,
	bounds: Box,
	nudge: NudgeOptions,
): Placement[] {
	const placed: Box[] = [];
	return labels.map(({ candidates, anchorY }) => {
		const tries = nudges(nudge).flatMap((offset) =>
			candidates.map((box, candidate) => {
				const dy = (box.top + box.bottom) / 2 < anchorY ? -offset : offset;
				return { candidate, nudge: dy || 0, box: moved(box, dy) };
			}),
		);
		const count = (box: Box) => collisions(box, obstacles, placed);
		const inside = tries.filter((attempt) => boxInside(attempt.box, bounds));
		const clear = inside.find((attempt) => count(attempt.box) === 0);
		const fewest = inside.reduce<(typeof inside)[number] | undefined>(
			(best, attempt) => (best && count(best.box) <= count(attempt.box) ? best : attempt),
			undefined,
		);
		const chosen = clear ?? fewest ?? tries[0];
		if (!chosen) throw new Error('a label needs at least one candidate place');
		placed.push(chosen.box);
		return { ...chosen, clear: clear !== undefined };
	});
}
