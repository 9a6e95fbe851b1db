/**
 * The real charts, in both layouts: every label (baseline, target, level, latest values) is clear
 * of the data, the reference lines, the markers and every other label, and inside the drawing.
 * Read back from the SVG as drawn, so it checks the output, not the placement's own bookkeeping.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { comparisonChartSpec } from '../../src/charts/comparison-spec.ts';
import { labelBox } from '../../src/charts/draw.ts';
import { renderSvg } from '../../src/charts/index.ts';
import { boxesOverlap, boxInside, segmentHitsBox, type Box, type Segment } from '../../src/charts/label-placement.ts';
import type { ChartLayoutName } from '../../src/charts/layout.ts';
import { chartSpec, type ChartSpec } from '../../src/charts/spec.ts';
import { benchmarkSchema } from '../../src/schemas/benchmark.ts';
import { indicatorSchema, type Indicator } from '../../src/schemas/indicator.ts';
import { buildComparison } from '../../src/utils/comparison.ts';
import { greenway } from './fixtures.ts';

const content = new URL('../../content/', import.meta.url);
const files = (folder: string) => readdirSync(new URL(folder, content)).filter((file) => file.endsWith('.yaml'));
const load = <T>(schema: { parse: (data: unknown) => T }, file: string): T => schema.parse(parse(readFileSync(new URL(file, content), 'utf8')));

const indicators = new Map(files('indicators/').map((file) => [file.replace(/\.yaml$/, ''), load(indicatorSchema, `indicators/${file}`)]));
const LAYOUTS: ChartLayoutName[] = ['wide', 'narrow'];

const indicatorSpecs = [...indicators]
	.filter(([, indicator]) => indicator.series.length > 0)
	.flatMap(([slug, indicator]) => LAYOUTS.map((layout) => chartSpec(slug, indicator, '', layout)));
const comparisonSpecs = files('benchmarks/').flatMap((file) => {
	const region = { slug: file.replace(/\.yaml$/, ''), data: load(benchmarkSchema, `benchmarks/${file}`) };
	return (region.data.comparisons ?? []).flatMap((comparison, index) => {
		const anju = indicators.get(comparison.indicator) as Indicator;
		const view = buildComparison(region, index, comparison, { slug: comparison.indicator, data: anju });
		if (view.benchmarkSeries.length === 0 || view.anjuSeries.length === 0) return [];
		return LAYOUTS.map((layout) => comparisonChartSpec(view, anju.source.publisher, layout));
	});
});

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));

/** The labels as drawn: the haloed texts (each is drawn twice, halo then fill; the halo copy stands for both). */
function labels(svg: string): { text: string; box: Box }[] {
	return [...svg.matchAll(/<text ([^>]*class="ch-bg-s"[^>]*)>([^<]*)<\/text>/g)].map(([, tag = '', text = '']) => {
		const a = attributes(tag);
		const align = a['text-anchor'] === 'middle' ? 'center' : a['text-anchor'] === 'end' ? 'right' : 'left';
		return { text, box: labelBox(text, Number(a['font-size']), a['font-weight'] === 'bold', { x: Number(a['x']), y: Number(a['y']), align }) };
	});
}

/** The points of a path made of M, L and Z commands. */
function pathPoints(d: string): { x: number; y: number; start: boolean }[] {
	const points: { x: number; y: number; start: boolean }[] = [];
	for (const [, command = '', numbers = ''] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
		if (command === 'Z') {
			const start = points.findLast((point) => point.start);
			if (start) points.push({ ...start, start: false });
			continue;
		}
		const [x, y] = numbers
			.trim()
			.split(/[\s,]+/)
			.map(Number);
		points.push({ x: x ?? NaN, y: y ?? NaN, start: command === 'M' });
	}
	if (points.some((point) => Number.isNaN(point.x) || Number.isNaN(point.y))) throw new Error(`a path with other commands than M, L, Z: ${d}`);
	return points;
}

/** Everything drawn but text and grid: stroked paths as segments, filled paths (bars, markers) and circles (points) as boxes. */
function shapes(svg: string): { segments: Segment[]; boxes: Box[] } {
	const segments: Segment[] = [];
	const boxes: Box[] = [];
	for (const [tag] of svg.matchAll(/<path [^>]*>/g)) {
		const a = attributes(tag);
		if (a['class']?.includes('ch-grid-s')) continue;
		const points = pathPoints(a['d'] ?? '');
		if (a['fill'] === 'none') {
			points.forEach((point, index) => {
				const previous = points[index - 1];
				if (previous && !point.start) segments.push({ x1: previous.x, y1: previous.y, x2: point.x, y2: point.y });
			});
		} else {
			// One box per shape: clean-svg.ts merges the bars of a series into one path.
			const shapesOfPath = points.reduce<{ x: number; y: number }[][]>(
				(list, point) => (point.start ? [...list, [point]] : (list.at(-1)?.push(point), list)),
				[],
			);
			for (const shape of shapesOfPath) {
				const xs = shape.map((point) => point.x);
				const ys = shape.map((point) => point.y);
				boxes.push({ left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) });
			}
		}
	}
	for (const [tag] of svg.matchAll(/<circle [^>]*>/g)) {
		const { cx, cy, r } = attributes(tag);
		boxes.push({ left: Number(cx) - Number(r), right: Number(cx) + Number(r), top: Number(cy) - Number(r), bottom: Number(cy) + Number(r) });
	}
	return { segments, boxes };
}

/** What each label touches, in words; empty when every label is clear. */
function problems(spec: ChartSpec): string[] {
	const svg = renderSvg(spec);
	const [, width = 0, height = 0] = (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? []).map(Number);
	const drawn = labels(svg);
	const { segments, boxes } = shapes(svg);
	return drawn.flatMap(({ text, box }, index) => [
		...segments
			.filter((segment) => segmentHitsBox(segment, box))
			.map((segment) => `${text} crosses a line at ${segment.x1},${segment.y1}–${segment.x2},${segment.y2}`),
		...boxes.filter((other) => boxesOverlap(box, other)).map((other) => `${text} covers a point, bar or marker at ${other.left},${other.top}`),
		...drawn.slice(index + 1).flatMap((other) => (boxesOverlap(box, other.box) ? [`${text} overlaps ${other.text}`] : [])),
		...(boxInside(box, { left: 0, top: 0, right: width, bottom: height }) ? [] : [`${text} leaves the drawing`]),
	]);
}

describe('chart labels on the real charts', () => {
	it('covers every indicator with data and every comparison chart, in both layouts', () => {
		expect(indicatorSpecs.length).toBe(2 * [...indicators.values()].filter((indicator) => indicator.series.length > 0).length);
		expect(indicatorSpecs.length).toBeGreaterThan(30);
		expect(comparisonSpecs.length).toBeGreaterThan(4);
		// The labels are found: every chart with a target or baseline has them.
		const withLabels = indicatorSpecs.map((spec) => labels(renderSvg(spec)).length);
		expect(Math.min(...withLabels)).toBeGreaterThan(0);
	});

	it.each([...indicatorSpecs, ...comparisonSpecs].map((spec) => ({ name: `${spec.id} (${spec.layout})`, spec })))(
		'$name: no label touches the data or another label',
		({ spec }) => {
			expect(problems(spec)).toEqual([]);
		},
	);

	it('the check sees a label on the line (the 基期 label where it used to be drawn)', () => {
		// The greenway fixture's baseline is its first point: a label drawn across the line there is caught.
		const svg = renderSvg(chartSpec('g', greenway, ''));
		const ring = /<circle [^>]*class="ch-bg-f ch-baseline-s"[^>]*>/.exec(svg)?.[0] ?? '';
		const { cx, cy } = attributes(ring);
		const onLine = labelBox('基期 5公里（2021年）', 13, false, { x: Number(cx) + 8, y: Number(cy), align: 'left' });
		expect(shapes(svg).segments.some((segment) => segmentHitsBox(segment, onLine))).toBe(true);
	});
});
