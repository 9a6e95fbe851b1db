import { describe, expect, it } from 'vitest';
import { boxesOverlap, boxInside, collisions, placeLabels, segmentHitsBox, type Box } from '../../src/charts/label-placement.ts';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const bounds = box(0, 0, 200, 100);
const nudge = { step: 3, max: 30 };

describe('geometry', () => {
	it('finds a segment through a box, and not one that passes by or only touches an edge', () => {
		const target = box(10, 10, 20, 10);
		expect(segmentHitsBox({ x1: 0, y1: 0, x2: 40, y2: 30 }, target)).toBe(true);
		// Both ends inside.
		expect(segmentHitsBox({ x1: 12, y1: 12, x2: 14, y2: 14 }, target)).toBe(true);
		// Horizontal, through the middle.
		expect(segmentHitsBox({ x1: 0, y1: 15, x2: 100, y2: 15 }, target)).toBe(true);
		expect(segmentHitsBox({ x1: 0, y1: 25, x2: 100, y2: 25 }, target)).toBe(false);
		expect(segmentHitsBox({ x1: 0, y1: 10, x2: 100, y2: 10 }, target)).toBe(false);
		// Diagonal past the corner.
		expect(segmentHitsBox({ x1: 0, y1: 20, x2: 10, y2: 30 }, target)).toBe(false);
		// Ends short of the box.
		expect(segmentHitsBox({ x1: 0, y1: 15, x2: 9, y2: 15 }, target)).toBe(false);
	});
	it('tells overlapping boxes from touching ones, and boxes inside bounds', () => {
		expect(boxesOverlap(box(0, 0, 10, 10), box(5, 5, 10, 10))).toBe(true);
		expect(boxesOverlap(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(false);
		expect(boxInside(box(0, 0, 10, 10), bounds)).toBe(true);
		expect(boxInside(box(195, 0, 10, 10), bounds)).toBe(false);
	});
	it('counts the obstacles and placed labels a box touches', () => {
		const obstacles = { segments: [{ x1: 0, y1: 5, x2: 50, y2: 5 }], boxes: [box(8, 0, 4, 4)] };
		expect(collisions(box(0, 0, 10, 10), obstacles, [box(9, 9, 5, 5)])).toBe(3);
		expect(collisions(box(60, 0, 10, 10), obstacles)).toBe(0);
	});
});

describe('placeLabels', () => {
	const line = { x1: 0, y1: 50, x2: 200, y2: 50 };

	it('takes the first candidate that is clear', () => {
		const [placed] = placeLabels([{ anchorY: 50, candidates: [box(10, 45, 40, 10), box(10, 30, 40, 10)] }], { segments: [line], boxes: [] }, bounds, nudge);
		expect(placed).toMatchObject({ candidate: 1, nudge: 0, clear: true });
	});

	it('flips to another end or side when the preferred one is taken by the data', () => {
		// A rising line through the lower left: the label beside the baseline ring moves to where the line is not.
		const rising = { x1: 0, y1: 90, x2: 200, y2: 10 };
		const candidates = [box(5, 70, 60, 12), box(140, 70, 60, 12)];
		const [placed] = placeLabels([{ anchorY: 76, candidates }], { segments: [rising], boxes: [] }, bounds, nudge);
		expect(placed).toMatchObject({ candidate: 1, clear: true });
		expect(collisions(placed!.box, { segments: [rising], boxes: [] })).toBe(0);
	});

	it('keeps labels off each other: a later label gives way to an earlier one', () => {
		const candidates = [box(10, 30, 40, 10), box(10, 60, 40, 10)];
		const [first, second] = placeLabels(
			[
				{ anchorY: 50, candidates },
				{ anchorY: 50, candidates },
			],
			{ segments: [line], boxes: [] },
			bounds,
			nudge,
		);
		expect(first?.candidate).toBe(0);
		expect(second?.candidate).toBe(1);
		expect(boxesOverlap(first!.box, second!.box)).toBe(false);
	});

	it('nudges when every candidate is blocked: the nearest clear step, away from the anchor first', () => {
		// A point marker right above the label's place: the label above its line moves up past it.
		const [placed] = placeLabels([{ anchorY: 50, candidates: [box(10, 36, 40, 12)] }], { segments: [line], boxes: [box(20, 34, 6, 4)] }, bounds, nudge);
		expect(placed).toMatchObject({ candidate: 0, nudge: -15, clear: true });
		expect(placed?.box.bottom).toBeLessThanOrEqual(34);
	});

	it('never leaves the bounds for a clear place, and takes the least crowded place when none is clear', () => {
		const candidates = [box(190, 20, 40, 10), box(10, 45, 40, 10)];
		const crowded = { segments: [line], boxes: [box(0, 0, 200, 44)] };
		const [placed] = placeLabels([{ anchorY: 50, candidates }], crowded, bounds, { step: 3, max: 3 });
		expect(placed?.clear).toBe(false);
		expect(boxInside(placed!.box, bounds)).toBe(true);
		expect(collisions(placed!.box, crowded)).toBe(1);
	});

	it('gives the same places for the same input', () => {
		const input = [{ anchorY: 50, candidates: [box(10, 45, 40, 10), box(10, 30, 40, 10)] }];
		expect(placeLabels(input, { segments: [line], boxes: [] }, bounds, nudge)).toEqual(placeLabels(input, { segments: [line], boxes: [] }, bounds, nudge));
	});
});
