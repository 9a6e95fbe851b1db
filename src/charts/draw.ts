/**
 * Draws a chart with Chart.js into svgcanvas's SVG-recording 2D context, at build time, in the
 * spec's layout (layout.ts); its labels are placed clear of the data (label-placement.ts).
 * Colours are role placeholders (palette.ts) that clean-svg.ts turns into CSS classes.
 */
import {
	BarController,
	BarElement,
	BasicPlatform,
	CategoryScale,
	Chart,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	SubTitle,
	Title,
	type ChartConfiguration,
	type Plugin,
} from 'chart.js';
import { Context } from 'svgcanvas';
import { chartWindow, withChartGlobals } from './dom.ts';
import { placeLabels, type Box, type Obstacles, type Segment } from './label-placement.ts';
import { CHART_LAYOUTS, type ChartLayout } from './layout.ts';
import { measuringContext, textWidth } from './measure.ts';
import { placeholder, type ChartRole } from './palette.ts';
import { tickLabel, type ChartLegendItem, type ChartReference, type ChartSpec } from './spec.ts';

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Title, SubTitle);

/** The dash of the second series and of the level line: the benchmark is dashed, Anju solid. */
const SECOND_DASH = [6, 4];
const SAMPLE_TEXT = '示例数据';
const BADGE = { padX: 6, height: 20, top: 4 } as const;
/** Room around a label's text that the data must keep clear of: the halo and a little air. */
const LABEL_PAD = 2;
/** Nudges tried when no place of a label is clear: steps of 3 units, up to 90 either way. */
const NUDGE = { step: 3, max: 90 } as const;
/** How far below the plot a label may reach: the gap above the axis labels. */
const BELOW_PLOT = 10;

const colour = (role: ChartRole) => placeholder(role);
const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px sans-serif`;
const layoutOf = (spec: Pick<ChartSpec, 'layout'>): ChartLayout => CHART_LAYOUTS[spec.layout];

/** Breaks text into lines that fit `width` pixels (CJK text breaks anywhere). */
function wrapText(text: string, width: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const char of text) {
		if (line !== '' && textWidth(line + char, size, bold) > width) {
			lines.push(line);
			line = '';
		}
		line += char;
	}
	return [...lines, line];
}

type Canvas2D = CanvasRenderingContext2D;

interface TextStyle {
	role: ChartRole;
	align: CanvasTextAlign;
	size: number;
	bold?: boolean;
	/** Outline in the background colour, for labels that may cross grid lines. */
	halo?: boolean;
}

function drawText(ctx: Canvas2D, text: string, x: number, y: number, style: TextStyle): void {
	ctx.save();
	ctx.font = font(style.size, style.bold);
	ctx.textAlign = style.align;
	ctx.textBaseline = 'middle';
	if (style.halo) {
		ctx.strokeStyle = colour('bg');
		ctx.lineWidth = 3;
		ctx.lineJoin = 'round';
		ctx.strokeText(text, x, y);
	}
	ctx.fillStyle = colour(style.role);
	ctx.fillText(text, x, y);
	ctx.restore();
}

const badgeWidth = (layout: ChartLayout) => textWidth(SAMPLE_TEXT, layout.font.text, true) + 2 * BADGE.padX;

/** The 示例数据 mark, top right, inside the chart so it travels with a downloaded image. */
function sampleMark(layout: ChartLayout): Plugin {
	return {
		id: 'anjuSample',
		afterDraw(chart) {
			const ctx = chart.ctx;
			const width = badgeWidth(layout);
			const x = layout.width - width - 1;
			ctx.save();
			ctx.fillStyle = colour('sample-bg');
			ctx.strokeStyle = colour('sample-border');
			ctx.lineWidth = 1.5;
			ctx.setLineDash([4, 2]);
			ctx.beginPath();
			ctx.rect(x, BADGE.top, width, BADGE.height);
			ctx.fill();
			ctx.stroke();
			ctx.restore();
			drawText(ctx, SAMPLE_TEXT, x + width / 2, BADGE.top + BADGE.height / 2, { role: 'text', align: 'center', bold: true, size: layout.font.text });
		},
	};
}

/** The source parts on one line joined by “·” if they fit, else one part per line. */
function sourceText(parts: readonly string[], layout: ChartLayout): string[] {
	const { width, font: sizes } = layout;
	const joined = parts.join(' · ');
	return textWidth(joined, sizes.source) <= width ? [joined] : parts.flatMap((part) => wrapText(part, width, sizes.source));
}

/** The legend's entries in rows that fit the width: each entry's mark (24 units), a gap, its words, and space before the next. */
function legendRows(items: readonly ChartLegendItem[], layout: ChartLayout): { item: ChartLegendItem; x: number }[][] {
	const rows: { item: ChartLegendItem; x: number }[][] = [];
	let x = 0;
	for (const item of items) {
		const width = 30 + textWidth(item.label, layout.font.text);
		const row = rows.at(-1);
		if (!row || (x > 0 && x + width > layout.width)) {
			rows.push([{ item, x: 0 }]);
			x = width + 16;
		} else {
			row.push({ item, x });
			x += width + 16;
		}
	}
	return rows;
}

/** What fills a chart from top to bottom besides the plot: title lines, axis label lines, legend rows and source lines. */
function blocks(spec: ChartSpec) {
	const layout = layoutOf(spec);
	const titleWidth = layout.width - (spec.sample ? badgeWidth(layout) + 12 : 4);
	return {
		title: wrapText(spec.title, titleWidth, layout.font.title, true),
		labelLines: Math.max(1, ...spec.labels.map((lines) => lines.length)),
		legend: spec.legend ? legendRows(spec.legend, layout) : [],
		source: sourceText(spec.source, layout),
	};
}

/**
 * The drawing's size: the layout's width, and its height; a narrow chart grows by each extra line
 * of title, axis labels, legend or source, so its plot keeps its height in a column that has no room
 * to spare.
 */
export function chartSize(spec: ChartSpec): { width: number; height: number } {
	const layout = layoutOf(spec);
	if (spec.layout === 'wide') return { width: layout.width, height: layout.height };
	const { title, labelLines, legend, source } = blocks(spec);
	const extra =
		(title.length - 1) * layout.font.title * 1.3 +
		(labelLines - 1) * layout.font.text * 1.2 +
		legend.length * layout.legendLineHeight +
		(source.length - 1) * layout.sourceLineHeight;
	return { width: layout.width, height: Math.round(layout.height + extra) };
}

/** The source, under the axis: a chart copied on its own still says where the figures come from. */
function sourcePlugin(lines: readonly string[], layout: ChartLayout, height: number): Plugin {
	return {
		id: 'anjuSource',
		afterDraw(chart) {
			lines.forEach((line, index) => {
				const y = height - (lines.length - index - 0.5) * layout.sourceLineHeight;
				drawText(chart.ctx, line, 0, y, { role: 'muted', align: 'left', size: layout.font.source });
			});
		},
	};
}

/** The references drawn as lines across the plot (the baseline only when its period is off the axis), with their roles and dashes. */
function referenceLines(spec: ChartSpec): { reference: ChartReference; role: ChartRole; dash: number[] }[] {
	return [
		spec.target && { reference: spec.target, role: 'target' as const, dash: [6, 4] },
		spec.baseline && spec.baseline.index === undefined && { reference: spec.baseline, role: 'baseline' as const, dash: [2, 3] },
		spec.level && { reference: spec.level, role: 'target' as const, dash: SECOND_DASH },
	].filter((line) => !!line);
}

function drawReferenceLine(chart: Chart, y: number, role: ChartRole, dash: number[], width: number): void {
	const ctx = chart.ctx;
	ctx.save();
	ctx.strokeStyle = colour(role);
	ctx.lineWidth = width;
	ctx.setLineDash(dash);
	ctx.beginPath();
	ctx.moveTo(chart.chartArea.left, y);
	ctx.lineTo(chart.chartArea.right, y);
	ctx.stroke();
	ctx.restore();
}

/** Half the size of a reference's marker: a diamond for the target and the level, a ring for the baseline. */
const MARKER_RADIUS = { diamond: 6, ring: 5 } as const;

function drawMarker(chart: Chart, x: number, y: number, role: ChartRole, shape: 'diamond' | 'ring', lineWidth: number): void {
	const ctx = chart.ctx;
	const r = MARKER_RADIUS[shape];
	ctx.save();
	ctx.lineWidth = lineWidth;
	ctx.strokeStyle = colour(role);
	ctx.fillStyle = colour(shape === 'diamond' ? role : 'bg');
	ctx.setLineDash([]);
	ctx.beginPath();
	if (shape === 'diamond') {
		ctx.moveTo(x, y - r);
		ctx.lineTo(x + r, y);
		ctx.lineTo(x, y + r);
		ctx.lineTo(x - r, y);
		ctx.closePath();
	} else {
		ctx.arc(x, y, r, 0, Math.PI * 2);
	}
	ctx.fill();
	ctx.stroke();
	ctx.restore();
}

/** A label to place: its text and style, and its candidate anchors (best first) around what it labels, at height `anchorY`. */
interface LabelRequest {
	text: string;
	role: ChartRole;
	bold: boolean;
	anchorY: number;
	anchors: { x: number; y: number; align: CanvasTextAlign }[];
}

/** The box a label's text covers drawn at `anchor`, with LABEL_PAD around it (measure.ts widths, one em high). */
export function labelBox(text: string, size: number, bold: boolean, anchor: { x: number; y: number; align: CanvasTextAlign }): Box {
	const width = textWidth(text, size, bold);
	const left = anchor.align === 'left' ? anchor.x : anchor.align === 'right' ? anchor.x - width : anchor.x - width / 2;
	return { left: left - LABEL_PAD, right: left + width + LABEL_PAD, top: anchor.y - size / 2 - LABEL_PAD, bottom: anchor.y + size / 2 + LABEL_PAD };
}

const pointBox = (x: number, y: number, r: number): Box => ({ left: x - r, right: x + r, top: y - r, bottom: y + r });

/** Radii of the main series' points (its latest value larger) and of the second series' squares (half their side). */
const POINT_RADIUS = { latest: 5.5, other: 3 } as const;
const SQUARE_RADIUS = { latest: 5, other: 3.5 } as const;

/** The pixel positions of a series' values; null where there is none. */
function pixels(chart: Chart, values: readonly (number | null)[]): ({ x: number; y: number } | null)[] {
	const xScale = chart.scales['x']!;
	const yScale = chart.scales['y']!;
	return values.map((value, index) => (value === null ? null : { x: xScale.getPixelForValue(index), y: yScale.getPixelForValue(value) }));
}

/** The segments of a polyline through `points`, broken at gaps unless `spanGaps`. */
function polyline(points: readonly ({ x: number; y: number } | null)[], spanGaps: boolean): Segment[] {
	const segments: Segment[] = [];
	let previous: { x: number; y: number } | null = null;
	for (const point of points) {
		if (point && previous) segments.push({ x1: previous.x, y1: previous.y, x2: point.x, y2: point.y });
		if (point || !spanGaps) previous = point;
	}
	return segments;
}

/** Everything drawn in the plot that a label must keep off: the series, their points or bars, the reference lines and markers. */
function obstacles(chart: Chart, spec: ChartSpec): Obstacles {
	const { left, right } = chart.chartArea;
	const main = pixels(chart, spec.values);
	const segments: Segment[] = referenceLines(spec).map(({ reference }) => {
		const y = chart.scales['y']!.getPixelForValue(reference.value);
		return { x1: left, y1: y, x2: right, y2: y };
	});
	const boxes: Box[] = [];
	if (spec.kind === 'bar') {
		for (const bar of chart.getDatasetMeta(0).data) {
			const { x, y, base, width } = bar.getProps(['x', 'y', 'base', 'width'], true) as { x: number; y: number; base: number; width: number };
			boxes.push({ left: x - width / 2, right: x + width / 2, top: Math.min(y, base), bottom: Math.max(y, base) });
		}
	} else {
		segments.push(...polyline(main, spec.legend !== undefined));
		main.forEach((point, index) => point && boxes.push(pointBox(point.x, point.y, POINT_RADIUS[index === spec.latest?.index ? 'latest' : 'other'] + 1)));
	}
	if (spec.second) {
		const second = pixels(chart, spec.second.values);
		segments.push(...polyline(second, true));
		second.forEach(
			(point, index) => point && boxes.push(pointBox(point.x, point.y, SQUARE_RADIUS[index === spec.second?.latest?.index ? 'latest' : 'other'] + 1)),
		);
	}
	for (const [reference, shape] of [
		[spec.target, 'diamond'],
		[spec.level, 'diamond'],
		[spec.baseline, 'ring'],
	] as const) {
		if (reference?.index === undefined) continue;
		const x = chart.scales['x']!.getPixelForValue(reference.index);
		boxes.push(pointBox(x, chart.scales['y']!.getPixelForValue(reference.value), MARKER_RADIUS[shape] + 1.5));
	}
	return { segments, boxes };
}

/**
 * A reference line's label: at either end, above or below the line. First the end where the data
 * is farthest from the line (for a level line, the end away from its marker), on the side away
 * from the data there.
 */
function lineLabel(chart: Chart, spec: ChartSpec, reference: ChartReference, role: ChartRole, preferLeft: boolean | undefined): LabelRequest {
	const layout = layoutOf(spec);
	const { left, right } = chart.chartArea;
	const y = chart.scales['y']!.getPixelForValue(reference.value);
	const known = spec.values.filter((value) => value !== null);
	const first = known[0];
	const last = known.at(-1);
	const leftFirst = preferLeft ?? (first !== undefined && last !== undefined && Math.abs(last - reference.value) < Math.abs(first - reference.value));
	const offset = layout.font.text / 2 + LABEL_PAD + layout.line.reference;
	const ends = leftFirst ? (['left', 'right'] as const) : (['right', 'left'] as const);
	const anchors = ends.flatMap((end) => {
		const near = end === 'left' ? first : last;
		const above = near === undefined || near <= reference.value;
		const x = end === 'left' ? left + 4 : right - 2;
		const align: CanvasTextAlign = end;
		return [above, !above].map((up) => ({ x, y: y + (up ? -offset : offset), align }));
	});
	return { text: reference.label, role, bold: false, anchorY: y, anchors };
}

/** The label of a baseline marked at its period (a ring): beside the ring, below or above it first on the side the series leaves from. */
function ringLabel(chart: Chart, spec: ChartSpec, baseline: ChartReference & { index: number }): LabelRequest {
	const layout = layoutOf(spec);
	const x = chart.scales['x']!.getPixelForValue(baseline.index);
	const y = chart.scales['y']!.getPixelForValue(baseline.value);
	const next = spec.values.slice(baseline.index + 1).find((value) => value !== null);
	const below = next === undefined || next === null || next >= baseline.value;
	const offset = layout.font.text / 2 + LABEL_PAD + MARKER_RADIUS.ring;
	const sides = [below ? offset : -offset, below ? -offset : offset, 0];
	const gap = MARKER_RADIUS.ring + 4;
	const anchors = [
		...sides.map((dy) => ({ x: x + gap, y: y + dy, align: 'left' as const })),
		...sides.map((dy) => ({ x: x - gap, y: y + dy, align: 'right' as const })),
		{ x, y: y - offset - 4, align: 'center' as const },
		{ x, y: y + offset + 4, align: 'center' as const },
	];
	return { text: baseline.label, role: 'baseline', bold: false, anchorY: y, anchors };
}

/**
 * A value label at its point: above or below it (first on the side `above` says), higher still,
 * or beside it. Across the point it ends at the point at the right end of the axis, starts at it
 * where a centred label would cross the y-axis, and is centred elsewhere.
 */
function pointLabel(chart: Chart, spec: ChartSpec, index: number, value: number, text: string, role: ChartRole, above: boolean): LabelRequest {
	const layout = layoutOf(spec);
	const x = chart.scales['x']!.getPixelForValue(index);
	const y = chart.scales['y']!.getPixelForValue(value);
	const atEnd = index === spec.periods.length - 1 && spec.periods.length > 1;
	const width = textWidth(text, layout.font.text, true);
	const across = atEnd
		? { x: x + 4, align: 'right' as const }
		: x - width / 2 < chart.chartArea.left
			? { x: x - 4, align: 'left' as const }
			: { x, align: 'center' as const };
	const offset = layout.font.text / 2 + LABEL_PAD + (spec.kind === 'bar' ? 2 : 7);
	const heights = spec.kind === 'bar' ? [-offset, -offset - 14] : above ? [-offset, offset, -offset - 12] : [offset, -offset, offset + 12];
	const anchors = [...heights.map((dy) => ({ ...across, y: y + dy })), { x: x - 10, y, align: 'right' as const }, { x: x + 10, y, align: 'left' as const }];
	return { text, role, bold: true, anchorY: y, anchors };
}

/** Every label of the plot, in the order they are placed: the reference lines', the baseline ring's, then the latest values. */
function labelRequests(chart: Chart, spec: ChartSpec): LabelRequest[] {
	const requests: LabelRequest[] = [];
	for (const { reference, role } of referenceLines(spec)) {
		const markerRight = reference.index !== undefined && reference.index > (spec.periods.length - 1) / 2;
		requests.push(lineLabel(chart, spec, reference, role, reference === spec.level ? markerRight : undefined));
	}
	const baseline = spec.baseline;
	if (baseline?.index !== undefined) requests.push(ringLabel(chart, spec, { ...baseline, index: baseline.index }));
	const latestValue = spec.latest && spec.values[spec.latest.index];
	if (spec.latest && latestValue !== null && latestValue !== undefined) {
		requests.push(pointLabel(chart, spec, spec.latest.index, latestValue, spec.latest.label, 'text', true));
	}
	const second = spec.second?.latest;
	const secondValue = second && spec.second?.values[second.index];
	if (second && secondValue !== null && secondValue !== undefined) {
		const main = spec.values[second.index];
		// On the side of its point away from the main series.
		requests.push(pointLabel(chart, spec, second.index, secondValue, second.label, 'target', main === null || main === undefined || secondValue >= main));
	}
	return requests;
}

/**
 * Where a chart's labels go: their text, style and position, clear of the data and of each other
 * (label-placement.ts), and whether all of them found a clear place.
 */
function placedLabels(
	chart: Chart,
	spec: ChartSpec,
): { labels: { text: string; role: ChartRole; bold: boolean; x: number; y: number; align: CanvasTextAlign }[]; clear: boolean } {
	const size = layoutOf(spec).font.text;
	const requests = labelRequests(chart, spec);
	const { left, top, bottom } = chart.chartArea;
	const bounds = { left, top, right: chart.width, bottom: bottom + BELOW_PLOT };
	const placements = placeLabels(
		requests.map((request) => ({ anchorY: request.anchorY, candidates: request.anchors.map((anchor) => labelBox(request.text, size, request.bold, anchor)) })),
		obstacles(chart, spec),
		bounds,
		NUDGE,
	);
	const labels = requests.map((request, index) => {
		const placement = placements[index]!;
		const anchor = request.anchors[placement.candidate]!;
		return { text: request.text, role: request.role, bold: request.bold, x: anchor.x, y: anchor.y + placement.nudge, align: anchor.align };
	});
	return { labels, clear: placements.every((placement) => placement.clear) };
}

/** The reference lines, markers and labels; `onPlaced` learns whether every label found a clear place. */
function referencesPlugin(spec: ChartSpec, onPlaced: (clear: boolean) => void): Plugin {
	const layout = layoutOf(spec);
	return {
		id: 'anjuReferences',
		// Under the series, so the data stays on top.
		beforeDatasetsDraw(chart) {
			for (const { reference, role, dash } of referenceLines(spec)) {
				drawReferenceLine(chart, chart.scales['y']!.getPixelForValue(reference.value), role, dash, layout.line.reference);
			}
		},
		afterDatasetsDraw(chart) {
			const at = (reference: ChartReference) =>
				[chart.scales['x']!.getPixelForValue(reference.index ?? 0), chart.scales['y']!.getPixelForValue(reference.value)] as const;
			if (spec.target?.index !== undefined) drawMarker(chart, ...at(spec.target), 'target', 'diamond', layout.line.marker);
			if (spec.level?.index !== undefined) drawMarker(chart, ...at(spec.level), 'target', 'diamond', layout.line.marker);
			if (spec.baseline?.index !== undefined) drawMarker(chart, ...at(spec.baseline), 'baseline', 'ring', layout.line.marker);
			const { labels, clear } = placedLabels(chart, spec);
			for (const label of labels) {
				drawText(chart.ctx, label.text, label.x, label.y, { role: label.role, align: label.align, bold: label.bold, halo: true, size: layout.font.text });
			}
			onPlaced(clear);
		},
	};
}

/** One legend entry's line sample, 24 units wide from `x`: solid with a dot, dashed with a square, or dashed with a diamond. */
function drawLegendMark(ctx: Canvas2D, mark: ChartLegendItem['mark'], x: number, y: number, layout: ChartLayout): void {
	const role: ChartRole = mark === 'series' ? 'series' : 'target';
	ctx.save();
	ctx.strokeStyle = colour(role);
	ctx.fillStyle = colour(role);
	ctx.lineWidth = mark === 'series' ? layout.line.series : layout.line.reference;
	ctx.setLineDash(mark === 'series' ? [] : SECOND_DASH);
	ctx.beginPath();
	ctx.moveTo(x, y);
	ctx.lineTo(x + 24, y);
	ctx.stroke();
	ctx.setLineDash([]);
	ctx.beginPath();
	if (mark === 'series') ctx.arc(x + 12, y, 3.5, 0, Math.PI * 2);
	else if (mark === 'second') ctx.rect(x + 8, y - 4, 8, 8);
	else {
		ctx.moveTo(x + 12, y - 5);
		ctx.lineTo(x + 17, y);
		ctx.lineTo(x + 12, y + 5);
		ctx.lineTo(x + 7, y);
		ctx.closePath();
	}
	ctx.fill();
	ctx.restore();
}

/** The legend in words, between the axis and the source, so no series is told by colour alone. */
function legendPlugin(rows: ReturnType<typeof legendRows>, sourceLineCount: number, layout: ChartLayout, height: number): Plugin {
	return {
		id: 'anjuLegend',
		afterDraw(chart) {
			rows.forEach((row, index) => {
				const y = height - sourceLineCount * layout.sourceLineHeight - (rows.length - index - 0.5) * layout.legendLineHeight - 2;
				for (const { item, x } of row) {
					drawLegendMark(chart.ctx, item.mark, x, y, layout);
					drawText(chart.ctx, item.label, x + 30, y, { role: 'text', align: 'left', size: layout.font.text });
				}
			});
		},
	};
}

function configuration(
	spec: ChartSpec,
	height: number,
	headroom: number,
	onPlaced: (clear: boolean) => void,
): ChartConfiguration<'line' | 'bar', (number | null)[], string[]> {
	const layout = layoutOf(spec);
	const latest = spec.latest?.index;
	const isLatest = (index: number) => index === latest;
	const references = [spec.baseline?.value, spec.target?.value, spec.level?.value].filter((value) => value !== undefined);
	const known = [...spec.values, ...(spec.second?.values ?? [])].filter((value) => value !== null);
	const all = [...known, ...references];
	const highest = Math.max(...all);
	const room = headroom * Math.max(highest - Math.min(...all), Math.abs(highest));
	const { title, legend, source } = blocks(spec);
	const dataset =
		spec.kind === 'bar'
			? {
					type: 'bar' as const,
					data: spec.values,
					backgroundColor: spec.values.map((_, index) => colour(isLatest(index) ? 'series' : 'soft')),
					barPercentage: 0.7,
				}
			: {
					type: 'line' as const,
					data: spec.values,
					borderColor: colour('series'),
					backgroundColor: colour('series'),
					borderWidth: layout.line.series,
					pointRadius: spec.values.map((_, index) => POINT_RADIUS[isLatest(index) ? 'latest' : 'other']),
					pointBorderWidth: 0,
					// A comparison's axis has the other side's periods too: the line runs across them.
					...(spec.legend ? { spanGaps: true } : {}),
				};
	const second = spec.second && {
		type: 'line' as const,
		data: spec.second.values,
		borderColor: colour('target'),
		backgroundColor: colour('target'),
		borderWidth: layout.line.second,
		borderDash: SECOND_DASH,
		pointStyle: 'rect' as const,
		pointRadius: spec.second.values.map((_, index) => SQUARE_RADIUS[index === spec.second?.latest?.index ? 'latest' : 'other']),
		pointBorderWidth: 0,
		spanGaps: true,
	};
	const ticks = { color: colour('muted'), font: { size: layout.font.text } };
	return {
		type: spec.kind,
		data: { labels: spec.labels, datasets: second ? [dataset, second] : [dataset] },
		options: {
			responsive: false,
			animation: false,
			devicePixelRatio: 1,
			events: [],
			color: colour('muted'),
			font: { family: 'sans-serif', size: layout.font.text },
			layout: { padding: { right: 6, bottom: source.length * layout.sourceLineHeight + 6 + legend.length * layout.legendLineHeight } },
			scales: {
				x: {
					grid: { display: false },
					border: { color: colour('grid') },
					// spec.labels already leaves out the labels that do not fit (labelStep).
					ticks: { ...ticks, maxRotation: 0, autoSkip: false, callback: (_value, index) => (spec.labels[index]?.length ? spec.labels[index] : null) },
				},
				y: {
					beginAtZero: spec.kind === 'bar' || (all.length > 0 && Math.min(...all) >= 0 && Math.min(...all) < Math.max(...all) * 0.25),
					...(all.length > 0 ? { suggestedMin: Math.min(...all), suggestedMax: highest + room } : {}),
					grace: '12%',
					grid: { color: colour('grid') },
					border: { display: false },
					ticks: {
						...ticks,
						maxTicksLimit: layout.yTicks,
						// No 0.5 steps for a count shown without decimals.
						...(spec.decimals === undefined ? {} : { precision: spec.decimals }),
						callback: (value) => tickLabel(spec, Number(value)),
					},
				},
			},
			plugins: {
				title: {
					display: true,
					text: title,
					align: 'start',
					color: colour('text'),
					font: { size: layout.font.title, weight: 'bold', lineHeight: 1.3 },
					padding: { top: 4, bottom: 2 },
				},
				subtitle: { display: true, text: spec.unitLine, align: 'start', color: colour('muted'), font: { size: layout.font.text }, padding: { bottom: 12 } },
			},
		},
		plugins: [
			referencesPlugin(spec, onPlaced),
			sourcePlugin(source, layout, height),
			...(legend.length > 0 ? [legendPlugin(legend, source.length, layout, height)] : []),
			...(spec.sample ? [sampleMark(layout)] : []),
		],
	};
}

/**
 * Room added above the data, as a share of its range: more when a label finds no clear place, as
 * when a target line runs through bars that fill the plot's width.
 */
const HEADROOM = [0, 0.25, 0.5];

/** Draws `spec` once with `headroom`; `clear` says whether every label found a clear place. */
function drawOnce(spec: ChartSpec, headroom: number): { svg: SVGSVGElement; clear: boolean } {
	const { width, height } = chartSize(spec);
	const ctx = new Context({ width, height, ctx: measuringContext(), document: chartWindow().document });
	const canvas = { width, height, style: {}, getContext: () => ctx };
	ctx.canvas = canvas;
	let clear = true;
	const config = configuration(spec, height, headroom, (placed) => (clear = placed));
	const chart = new Chart(canvas as unknown as HTMLCanvasElement, { ...config, platform: BasicPlatform } as ChartConfiguration);
	// Destroying clears the canvas, which in svgcanvas empties the SVG: take it out first.
	const svg = (ctx.getSvg() as SVGSVGElement).cloneNode(true) as SVGSVGElement;
	chart.destroy();
	return { svg, clear };
}

/** Draws `spec` and returns the recorded SVG element (before clean-up): with the least headroom that leaves every label clear. */
export function drawChart(spec: ChartSpec): SVGSVGElement {
	return withChartGlobals(() => {
		let drawn = drawOnce(spec, HEADROOM[0] ?? 0);
		for (const headroom of HEADROOM.slice(1)) {
			if (drawn.clear) break;
			drawn = drawOnce(spec, headroom);
		}
		return drawn.svg;
	});
}
