/**
 * Draws a chart with Chart.js into svgcanvas's SVG-recording 2D context, at build time.
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
import { measuringContext, textWidth } from './measure.ts';
import { placeholder, type ChartRole } from './palette.ts';
import { tickLabel, type ChartLegendItem, type ChartReference, type ChartSpec } from './spec.ts';

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Title, SubTitle);

/** Drawing size in SVG units; the page scales it to the column (viewBox), so text stays legible at 360 px. */
export const CHART_WIDTH = 400;
export const CHART_HEIGHT = 290;

const SIZE = { title: 16, small: 13, source: 12 } as const;
const SOURCE_LINE_HEIGHT = 15;
const LEGEND_HEIGHT = 20;
/** The dash of the second series and of the level line: the benchmark is dashed, Anju solid. */
const SECOND_DASH = [6, 4];
const SAMPLE_TEXT = '示例数据';
const BADGE = { padX: 6, height: 20, top: 4 } as const;
const BADGE_WIDTH = textWidth(SAMPLE_TEXT, SIZE.small, true) + 2 * BADGE.padX;

const colour = (role: ChartRole) => placeholder(role);
const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px sans-serif`;

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
	bold?: boolean;
	size?: number;
	/** Outline in the background colour, for labels that may cross bars or lines. */
	halo?: boolean;
}

function drawText(ctx: Canvas2D, text: string, x: number, y: number, style: TextStyle): void {
	ctx.save();
	ctx.font = font(style.size ?? SIZE.small, style.bold);
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

/** The 示例数据 mark, top right, inside the chart so it travels with a downloaded image. */
const sampleMark: Plugin = {
	id: 'anjuSample',
	afterDraw(chart) {
		const ctx = chart.ctx;
		const x = CHART_WIDTH - BADGE_WIDTH - 1;
		ctx.save();
		ctx.fillStyle = colour('sample-bg');
		ctx.strokeStyle = colour('sample-border');
		ctx.lineWidth = 1.5;
		ctx.setLineDash([4, 2]);
		ctx.beginPath();
		ctx.rect(x, BADGE.top, BADGE_WIDTH, BADGE.height);
		ctx.fill();
		ctx.stroke();
		ctx.restore();
		drawText(ctx, SAMPLE_TEXT, x + BADGE_WIDTH / 2, BADGE.top + BADGE.height / 2, { role: 'text', align: 'center', bold: true });
	},
};

/** The source parts on one line joined by “·” if they fit, else one part per line. */
function sourceText(parts: readonly string[]): string[] {
	const joined = parts.join(' · ');
	return textWidth(joined, SIZE.source) <= CHART_WIDTH ? [joined] : parts.flatMap((part) => wrapText(part, CHART_WIDTH, SIZE.source));
}

/** The source, under the axis: a chart copied on its own still says where the figures come from. */
function sourcePlugin(lines: readonly string[]): Plugin {
	return {
		id: 'anjuSource',
		afterDraw(chart) {
			lines.forEach((line, index) => {
				const y = CHART_HEIGHT - (lines.length - index - 0.5) * SOURCE_LINE_HEIGHT;
				drawText(chart.ctx, line, 0, y, { role: 'muted', align: 'left', size: SIZE.source });
			});
		},
	};
}

/**
 * Places a reference line's label at the end of the chart where the data is farthest from
 * the line, on the side away from the data, so it does not sit on the series.
 */
function labelPosition(chart: Chart, spec: ChartSpec, value: number): { x: number; y: number; align: CanvasTextAlign } {
	const { left, right } = chart.chartArea;
	const known = spec.values.flatMap((v, index) => (v === null ? [] : [{ v, index }]));
	const first = known[0];
	const last = known.at(-1);
	const useRight = !first || !last || Math.abs(last.v - value) >= Math.abs(first.v - value);
	const near = useRight ? last : first;
	const above = !near || near.v <= value;
	const y = chart.scales['y']!.getPixelForValue(value) + (above ? -9 : 9);
	return useRight ? { x: right - 2, y, align: 'right' } : { x: left + 4, y, align: 'left' };
}

function drawReferenceLine(
	chart: Chart,
	spec: ChartSpec,
	reference: ChartReference,
	role: ChartRole,
	dash: number[],
	place = labelPosition(chart, spec, reference.value),
): void {
	const ctx = chart.ctx;
	const y = chart.scales['y']!.getPixelForValue(reference.value);
	ctx.save();
	ctx.strokeStyle = colour(role);
	ctx.lineWidth = 1.5;
	ctx.setLineDash(dash);
	ctx.beginPath();
	ctx.moveTo(chart.chartArea.left, y);
	ctx.lineTo(chart.chartArea.right, y);
	ctx.stroke();
	ctx.restore();
	drawText(ctx, reference.label, place.x, place.y, { role, align: place.align, halo: true });
}

/**
 * Where a value label goes across its point at `x`: ending at the point at the right end,
 * starting at it where a centred label would cross the y-axis, else centred.
 */
function pointLabelX(chart: Chart, x: number, label: string, atEnd: boolean): { x: number; align: CanvasTextAlign } {
	if (atEnd) return { x: x + 4, align: 'right' };
	if (x - textWidth(label, SIZE.small, true) / 2 < chart.chartArea.left) return { x: x - 4, align: 'left' };
	return { x, align: 'center' };
}

/**
 * A level line's label: at the end away from its marker, so the two never overlap, and on the
 * side of the line away from the main series at that end.
 */
function levelLabelPosition(chart: Chart, spec: ChartSpec, level: ChartReference): { x: number; y: number; align: CanvasTextAlign } {
	const { left, right } = chart.chartArea;
	const markerRight = level.index !== undefined && level.index > (spec.periods.length - 1) / 2;
	const known = spec.values.filter((value) => value !== null);
	const near = markerRight ? known[0] : known.at(-1);
	const above = near === undefined || near <= level.value;
	const y = chart.scales['y']!.getPixelForValue(level.value) + (above ? -9 : 9);
	return markerRight ? { x: left + 4, y, align: 'left' } : { x: right - 2, y, align: 'right' };
}

/** A marker at a reference's own period: a diamond for the target, a ring for the baseline. */
function drawMarker(chart: Chart, reference: ChartReference, role: ChartRole, shape: 'diamond' | 'ring'): void {
	if (reference.index === undefined) return;
	const ctx = chart.ctx;
	const x = chart.scales['x']!.getPixelForValue(reference.index);
	const y = chart.scales['y']!.getPixelForValue(reference.value);
	ctx.save();
	ctx.lineWidth = 2;
	ctx.strokeStyle = colour(role);
	ctx.fillStyle = colour(shape === 'diamond' ? role : 'bg');
	ctx.setLineDash([]);
	ctx.beginPath();
	if (shape === 'diamond') {
		ctx.moveTo(x, y - 6);
		ctx.lineTo(x + 6, y);
		ctx.lineTo(x, y + 6);
		ctx.lineTo(x - 6, y);
		ctx.closePath();
	} else {
		ctx.arc(x, y, 5, 0, Math.PI * 2);
	}
	ctx.fill();
	ctx.stroke();
	ctx.restore();
}

/** Pixel heights of the reference lines drawn across the chart. */
function lineHeights(chart: Chart, spec: ChartSpec): number[] {
	const y = chart.scales['y']!;
	return [spec.target, spec.baseline?.index === undefined ? spec.baseline : undefined, spec.level]
		.filter((reference) => reference !== undefined)
		.map((reference) => y.getPixelForValue(reference.value));
}

/** The first of `candidates` (label centres) inside the plot and clear of the reference lines. */
function freeY(chart: Chart, spec: ChartSpec, candidates: number[]): number {
	const { top, bottom } = chart.chartArea;
	const lines = lineHeights(chart, spec);
	const fits = (y: number) => y >= top + 6 && y <= bottom - 6 && lines.every((line) => Math.abs(line - y) >= 9);
	return candidates.find(fits) ?? candidates.find((y) => y >= top + 6 && y <= bottom - 6) ?? candidates[0]!;
}

function referencesPlugin(spec: ChartSpec): Plugin {
	return {
		id: 'anjuReferences',
		// Under the series, so the data stays on top.
		beforeDatasetsDraw(chart) {
			if (spec.target) drawReferenceLine(chart, spec, spec.target, 'target', [6, 4]);
			if (spec.baseline && spec.baseline.index === undefined) drawReferenceLine(chart, spec, spec.baseline, 'baseline', [2, 3]);
			if (spec.level) drawReferenceLine(chart, spec, spec.level, 'target', SECOND_DASH, levelLabelPosition(chart, spec, spec.level));
		},
		afterDatasetsDraw(chart) {
			const xScale = chart.scales['x']!;
			const yScale = chart.scales['y']!;
			if (spec.target) drawMarker(chart, spec.target, 'target', 'diamond');
			if (spec.level) drawMarker(chart, spec.level, 'target', 'diamond');
			if (spec.second) drawSecondLatest(chart, spec);
			if (spec.baseline?.index !== undefined) {
				drawMarker(chart, spec.baseline, 'baseline', 'ring');
				const x = xScale.getPixelForValue(spec.baseline.index);
				const y = yScale.getPixelForValue(spec.baseline.value);
				const next = spec.values.slice(spec.baseline.index + 1).find((value) => value !== null);
				// Beside the ring, on the side the series leaves from.
				const below = next === undefined || next === null || next >= spec.baseline.value;
				const atEnd = spec.baseline.index === spec.periods.length - 1;
				const labelY = freeY(chart, spec, below ? [y + 13, y - 13] : [y - 13, y + 13]);
				drawText(chart.ctx, spec.baseline.label, x + (atEnd ? -8 : 8), labelY, { role: 'baseline', align: atEnd ? 'right' : 'left', halo: true });
			}
			if (spec.latest) {
				const value = spec.values[spec.latest.index];
				if (value === null || value === undefined) return;
				const x = xScale.getPixelForValue(spec.latest.index);
				const y = yScale.getPixelForValue(value);
				const atEnd = spec.latest.index === spec.periods.length - 1 && spec.periods.length > 1;
				const labelY = freeY(chart, spec, spec.kind === 'bar' ? [y - 11, y - 25] : [y - 14, y + 15, y - 26]);
				const place = pointLabelX(chart, x, spec.latest.label, atEnd);
				drawText(chart.ctx, spec.latest.label, place.x, labelY, { role: 'text', align: place.align, bold: true, halo: true });
			}
		},
	};
}

/** The second series' latest value, on the side of its point away from the main series. */
function drawSecondLatest(chart: Chart, spec: ChartSpec): void {
	const latest = spec.second?.latest;
	const value = latest && spec.second?.values[latest.index];
	if (latest === undefined || value === null || value === undefined) return;
	const x = chart.scales['x']!.getPixelForValue(latest.index);
	const y = chart.scales['y']!.getPixelForValue(value);
	const main = spec.values[latest.index];
	const above = main === null || main === undefined || value >= main;
	const atEnd = latest.index === spec.periods.length - 1 && spec.periods.length > 1;
	const labelY = freeY(chart, spec, above ? [y - 14, y + 15] : [y + 15, y - 14]);
	const place = pointLabelX(chart, x, latest.label, atEnd);
	drawText(chart.ctx, latest.label, place.x, labelY, { role: 'target', align: place.align, bold: true, halo: true });
}

/** One legend entry's line sample, 24 units wide from `x`: solid with a dot, dashed with a square, or dashed with a diamond. */
function drawLegendMark(ctx: Canvas2D, mark: ChartLegendItem['mark'], x: number, y: number): void {
	const role: ChartRole = mark === 'series' ? 'series' : 'target';
	ctx.save();
	ctx.strokeStyle = colour(role);
	ctx.fillStyle = colour(role);
	ctx.lineWidth = mark === 'series' ? 2.5 : 1.5;
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
function legendPlugin(items: readonly ChartLegendItem[], sourceLineCount: number): Plugin {
	return {
		id: 'anjuLegend',
		afterDraw(chart) {
			const y = CHART_HEIGHT - sourceLineCount * SOURCE_LINE_HEIGHT - LEGEND_HEIGHT / 2 - 2;
			let x = 0;
			for (const item of items) {
				drawLegendMark(chart.ctx, item.mark, x, y);
				drawText(chart.ctx, item.label, x + 30, y, { role: 'text', align: 'left' });
				x += 30 + textWidth(item.label, SIZE.small) + 16;
			}
		},
	};
}

function configuration(spec: ChartSpec): ChartConfiguration<'line' | 'bar', (number | null)[], string[]> {
	const latest = spec.latest?.index;
	const isLatest = (index: number) => index === latest;
	const references = [spec.baseline?.value, spec.target?.value, spec.level?.value].filter((value) => value !== undefined);
	const known = [...spec.values, ...(spec.second?.values ?? [])].filter((value) => value !== null);
	const all = [...known, ...references];
	const titleWidth = CHART_WIDTH - (spec.sample ? BADGE_WIDTH + 12 : 4);
	const sourceLines = sourceText(spec.source);
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
					borderWidth: 2.5,
					pointRadius: spec.values.map((_, index) => (isLatest(index) ? 5.5 : 3)),
					pointBorderWidth: 0,
					// A comparison's axis has the other side's periods too: the line runs across them.
					...(spec.legend ? { spanGaps: true } : {}),
				};
	const second = spec.second && {
		type: 'line' as const,
		data: spec.second.values,
		borderColor: colour('target'),
		backgroundColor: colour('target'),
		borderWidth: 2,
		borderDash: SECOND_DASH,
		pointStyle: 'rect' as const,
		pointRadius: spec.second.values.map((_, index) => (index === spec.second?.latest?.index ? 5 : 3.5)),
		pointBorderWidth: 0,
		spanGaps: true,
	};
	const legendHeight = spec.legend ? LEGEND_HEIGHT : 0;
	return {
		type: spec.kind,
		data: { labels: spec.labels, datasets: second ? [dataset, second] : [dataset] },
		options: {
			responsive: false,
			animation: false,
			devicePixelRatio: 1,
			events: [],
			color: colour('muted'),
			font: { family: 'sans-serif', size: SIZE.small },
			layout: { padding: { right: 6, bottom: sourceLines.length * SOURCE_LINE_HEIGHT + 6 + legendHeight } },
			scales: {
				x: {
					grid: { display: false },
					border: { color: colour('grid') },
					ticks: { color: colour('muted'), maxRotation: 0, autoSkipPadding: 6, font: { size: SIZE.small } },
				},
				y: {
					beginAtZero: spec.kind === 'bar' || (all.length > 0 && Math.min(...all) >= 0 && Math.min(...all) < Math.max(...all) * 0.25),
					...(all.length > 0 ? { suggestedMin: Math.min(...all), suggestedMax: Math.max(...all) } : {}),
					grace: '12%',
					grid: { color: colour('grid') },
					border: { display: false },
					ticks: {
						color: colour('muted'),
						maxTicksLimit: 6,
						// No 0.5 steps for a count shown without decimals.
						...(spec.decimals === undefined ? {} : { precision: spec.decimals }),
						font: { size: SIZE.small },
						callback: (value) => tickLabel(spec, Number(value)),
					},
				},
			},
			plugins: {
				title: {
					display: true,
					text: wrapText(spec.title, titleWidth, SIZE.title, true),
					align: 'start',
					color: colour('text'),
					font: { size: SIZE.title, weight: 'bold', lineHeight: 1.3 },
					padding: { top: 4, bottom: 2 },
				},
				subtitle: { display: true, text: spec.unitLine, align: 'start', color: colour('muted'), font: { size: SIZE.small }, padding: { bottom: 12 } },
			},
		},
		plugins: [
			referencesPlugin(spec),
			sourcePlugin(sourceLines),
			...(spec.legend ? [legendPlugin(spec.legend, sourceLines.length)] : []),
			...(spec.sample ? [sampleMark] : []),
		],
	};
}

/** Draws `spec` and returns the recorded SVG element (before clean-up). */
export function drawChart(spec: ChartSpec): SVGSVGElement {
	return withChartGlobals(() => {
		const document = chartWindow().document;
		const ctx = new Context({ width: CHART_WIDTH, height: CHART_HEIGHT, ctx: measuringContext(), document });
		const canvas = { width: CHART_WIDTH, height: CHART_HEIGHT, style: {}, getContext: () => ctx };
		ctx.canvas = canvas;
		const chart = new Chart(canvas as unknown as HTMLCanvasElement, { ...configuration(spec), platform: BasicPlatform } as ChartConfiguration);
		const svg = ctx.getSvg() as SVGSVGElement;
		// Destroying clears the canvas, which in svgcanvas empties the SVG: take it out first.
		const drawn = svg.cloneNode(true) as SVGSVGElement;
		chart.destroy();
		return drawn;
	});
}
