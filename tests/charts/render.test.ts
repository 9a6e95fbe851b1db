import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indicatorChartSvg, renderSvg } from '../../src/charts/index.ts';
import { charWidth, textWidth } from '../../src/charts/measure.ts';
import { placeholder, roleOf } from '../../src/charts/palette.ts';
import { literalColours, pngFontOptions, renderPng } from '../../src/charts/png.ts';
import { roundNumbers } from '../../src/charts/clean-svg.ts';
import { axisLabels, axisPeriods, chartSpec, labelStep } from '../../src/charts/spec.ts';
import { summarizeIndicator } from '../../src/utils/progress.ts';
import { greenway, monthlyAccidents } from './fixtures.ts';

const summary = '2021年至2024年由5公里增至42公里，已完成2025年目标（60公里）的67%，序时进度75%。';
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);

describe('measureText stand-in', () => {
	it('counts CJK as one em and digits narrower, whatever fonts the machine has', () => {
		expect(textWidth('目标', 10)).toBe(20);
		expect(charWidth('（')).toBe(1);
		expect(textWidth('2024', 10)).toBeCloseTo(22.4);
		expect(textWidth('目标', 10, true)).toBeGreaterThan(20);
	});
});

describe('chart spec', () => {
	it('stretches the axis back to the baseline and on to the target', () => {
		const periods = axisPeriods({ ...greenway, baseline: { period: '2020', value: 0 } });
		expect(periods).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
		const spec = chartSpec('g', greenway, summary);
		expect(spec.values).toEqual([5, 14, 30, 42, null]);
		expect(spec.target).toEqual({ value: 60, label: '目标 60公里（2025年）', index: 4 });
		expect(spec.latest).toEqual({ index: 3, label: '42公里' });
	});
	it('places an annual target at the last quarter of its year on a quarterly axis', () => {
		const quarterly = { ...greenway, frequency: 'quarterly' as const, baseline: undefined, series: [{ period: '2024-Q3', value: 1 }] };
		const spec = chartSpec('q', { ...quarterly, target: { period: '2025', value: 9 } }, summary);
		expect(spec.periods).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
		expect(spec.target?.index).toBe(5);
	});
	it('labels months and quarters with the year only where it changes', () => {
		expect(axisLabels(['2025-11', '2025-12', '2026-01'])).toEqual([['11月', '2025年'], ['12月'], ['1月', '2026年']]);
		expect(axisLabels(['2024-Q4', '2025-Q1'])).toEqual([
			['四季度', '2024年'],
			['一季度', '2025年'],
		]);
	});
	it('labels every n-th period when they do not all fit, with the year on the first label of each year', () => {
		expect(axisLabels(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'], 2)).toEqual([['三季度', '2025年'], [], ['一季度', '2026年'], [], ['三季度']]);
	});
	it('steps quarters and months by a divisor of the year, and only where the labels need it', () => {
		const quarters = ['2024', '2025', '2026'].flatMap((year) => [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`));
		const spec = (periods: string[], layout: 'wide' | 'narrow', kind: 'line' | 'bar' = 'bar') => ({ periods, layout, kind, unit: '个' });
		expect(labelStep(spec(quarters, 'narrow'), [10])).toBe(4);
		expect(labelStep(spec(quarters, 'wide'), [10])).toBe(2);
		const years = ['2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027'];
		expect(labelStep(spec(years, 'wide', 'line'), [50])).toBe(1);
		expect(labelStep(spec(years, 'narrow', 'line'), [50])).toBe(2);
		// A wider y-axis leaves less room.
		expect(labelStep(spec(years.slice(0, 7), 'wide', 'bar'), [50])).toBe(1);
		expect(labelStep(spec(years.slice(0, 7), 'wide', 'bar'), [123456.7])).toBe(2);
	});
});

describe('SVG renderer', () => {
	const svg = renderSvg(chartSpec('greenway', greenway, summary));

	it('gives the same bytes for the same input, whatever was drawn before', () => {
		renderSvg(chartSpec('accidents', monthlyAccidents, 'x'));
		expect(renderSvg(chartSpec('greenway', greenway, summary))).toBe(svg);
	});

	it('keeps Chinese as real text: title, unit, axis labels, target and latest value', () => {
		const shown = texts(svg);
		expect(shown).toContain('琼江生态走廊绿道建成里程');
		expect(shown).toContain('单位：公里');
		expect(shown).toContain('2021年');
		expect(shown).toContain('目标 60公里（2025年）');
		expect(shown).toContain('42公里');
		expect(shown).toContain('数据来源：区住房和城乡建设局 · 更新于 2025年3月');
	});

	it('draws the target as a dashed line in the target colour, with a marker', () => {
		expect(svg).toMatch(/<path [^>]*stroke-dasharray="6,4"[^>]*class="ch-target-s"/);
		const noTarget = renderSvg(chartSpec('n', { ...greenway, target: undefined }, summary));
		// The shared stylesheet names every role; no element is drawn in the target's.
		expect(noTarget).not.toMatch(/class="[^"]*ch-target/);
		expect(texts(noTarget).some((text) => text?.startsWith('目标'))).toBe(false);
	});

	it('marks sample data inside the chart, and only then', () => {
		expect(texts(svg)).toContain('示例数据');
		expect(svg).toContain('<title id="chart-greenway-title">琼江生态走廊绿道建成里程（示例数据）</title>');
		const official = renderSvg(chartSpec('o', { ...greenway, sample: false }, summary));
		expect(official).not.toContain('示例数据');
	});

	it('is an accessible image whose description is the summary', () => {
		expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="chart-greenway-title chart-greenway-desc"/);
		expect(svg).toContain(`<desc id="chart-greenway-desc">${summary}</desc>`);
		expect(svg).toContain('viewBox="0 0 400 290"');
	});

	it('leaves no clip paths, placeholder colours, long decimals or unset values behind', () => {
		expect(svg).not.toMatch(/clip|#0000[0-9a-f]{2}|\d\.\d{2,}|undefined|NaN/);
		expect(svg).toMatch(/\.ch-series-s\{stroke:var\(--chart-series,#0b57a4\)\}/);
		// Page colours reach the chart: dark and high-contrast styles need no chart rules.
		expect(svg).toContain('.ch-muted-f{fill:var(--chart-muted,var(--color-muted,#555d66))}');
	});

	it('draws bars with the latest one emphasised', () => {
		const bars = renderSvg(chartSpec('accidents', monthlyAccidents, 'x'));
		expect(bars).toContain('class="ch-soft-f"');
		expect(bars).toMatch(/<path [^>]*class="ch-series-f"/);
	});

	it('is drawn narrow for phones: its own ids, the phone-sized drawing, text of 13 units or more, lines of 2 or more', () => {
		const narrow = renderSvg(chartSpec('greenway', greenway, summary, 'narrow'));
		expect(narrow).toMatch(/^<svg [^>]*viewBox="0 0 320 \d+"[^>]*aria-labelledby="chart-greenway_narrow-title chart-greenway_narrow-desc"/);
		expect(narrow).toContain(`<desc id="chart-greenway_narrow-desc">${summary}</desc>`);
		const sizes = [...narrow.matchAll(/<text [^>]*font-size="([\d.]+)"/g)].map((match) => Number(match[1]));
		expect(sizes.length).toBeGreaterThan(10);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
		const strokes = [...narrow.matchAll(/<path [^>]*class="ch-(?:series|target|baseline)-s"[^>]*>/g)].map((match) =>
			Number(/stroke-width="([\d.]+)"/.exec(match[0])?.[1] ?? 1),
		);
		expect(strokes.length).toBeGreaterThan(1);
		expect(Math.min(...strokes)).toBeGreaterThanOrEqual(2);
		expect(texts(narrow)).toEqual(expect.arrayContaining(['琼江生态走廊绿道建成里程', '目标 60公里（2025年）', '42公里', '示例数据']));
		expect(renderSvg(chartSpec('greenway', greenway, summary, 'narrow'))).toBe(narrow);
	});

	it('grows a narrow chart by the lines its title and source wrap to, so the plot keeps its height', () => {
		const height = (indicator: typeof greenway) => Number(/viewBox="0 0 320 (\d+)"/.exec(renderSvg(chartSpec('h', indicator, summary, 'narrow')))?.[1]);
		const long = {
			...greenway,
			title: `${greenway.title}（含城区段、乡镇段和滨江步道）`,
			source: { publisher: '区住房和城乡建设局、区自然资源和规划局、区交通运输局' },
		};
		expect(height(long)).toBeGreaterThan(height(greenway));
	});

	it('stays within 3 KB gzipped, even for two years of months', () => {
		for (const layout of ['wide', 'narrow'] as const) {
			const largest = renderSvg(chartSpec('accidents', monthlyAccidents, summarizeIndicator(monthlyAccidents), layout));
			expect(gzipSync(largest).length).toBeLessThanOrEqual(3 * 1024);
			expect(gzipSync(renderSvg(chartSpec('greenway', greenway, summary, layout))).length).toBeLessThanOrEqual(3 * 1024);
		}
	});
});

describe('SVG clean-up helpers', () => {
	it('rounds every number to one decimal', () => {
		expect(roundNumbers('M 27.200000000000003 231.6 L -0.04 1e-7')).toBe('M 27.2 231.6 L 0 0');
	});
	it('maps placeholder colours to roles and back', () => {
		expect(roleOf(placeholder('target'))).toBe('target');
		expect(roleOf('#000000')).toBeUndefined();
	});
	it('writes fallback colours in for renderers without custom properties', () => {
		expect(literalColours('.a{fill:var(--chart-series,#0b57a4)}.b{font-family:var(--font-sans,"A",sans-serif)}')).toBe(
			'.a{fill:#0b57a4}.b{font-family:"A",sans-serif}',
		);
		expect(literalColours('.m{fill:var(--chart-muted,var(--color-muted,#555d66))}')).toBe('.m{fill:#555d66}');
	});
});

/** How many pixels `text` inks when drawn with the PNG font: 0 means boxes or nothing. */
function inked(text: string): number {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="30"><text x="2" y="22" font-size="20" font-family="sans-serif">${text}</text></svg>`;
	const image = new Resvg(svg, { font: { ...pngFontOptions(svg), defaultFontFamily: 'WenQuanYi Micro Hei', sansSerifFamily: 'WenQuanYi Micro Hei' } }).render();
	return image.pixels.filter((value, index) => index % 4 === 3 && value > 0).length;
}

describe('PNG', () => {
	it('is an 800 × 580 PNG', () => {
		const png = renderPng(renderSvg(chartSpec('greenway', greenway, summary)));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 580]);
	});
	it('draws Chinese glyphs (a CJK font is found)', () => {
		expect(inked('示例数据')).toBeGreaterThan(100);
	});
	it('draws from a small subset of the CJK font that grows with the characters needed', () => {
		// Characters no other test draws, so the subset in this process lacks them at first.
		const first = pngFontOptions('<text>鸿鹄</text>').fontFiles?.[0] ?? '';
		expect(statSync(first).size).toBeLessThan(100_000);
		const second = pngFontOptions('<text>麒麟</text>').fontFiles?.[0] ?? '';
		expect(second).not.toBe(first);
		expect(inked('麒麟鸿鹄')).toBeGreaterThan(100);
		// A later picture needing nothing new reuses the subset.
		expect(pngFontOptions('<text>鸿鹄麒麟</text>').fontFiles?.[0]).toBe(second);
	});
});

describe('chart cache', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'anju-chart-cache-'));
		process.env['ANJU_CHART_CACHE'] = dir;
	});
	afterEach(() => {
		delete process.env['ANJU_CHART_CACHE'];
		rmSync(dir, { recursive: true, force: true });
	});

	it('renders a chart once, and again only when its data changes', () => {
		const first = indicatorChartSvg('greenway', greenway, summary);
		const files = readdirSync(dir);
		expect(files).toHaveLength(1);
		// A planted file proves the second call reads the cache instead of drawing.
		writeFileSync(path.join(dir, files[0]!), '<svg>cached</svg>');
		expect(indicatorChartSvg('greenway', greenway, summary)).toBe('<svg>cached</svg>');
		const changed = indicatorChartSvg('greenway', { ...greenway, series: greenway.series.slice(0, 3) }, summary);
		expect(changed).not.toBe(first);
		expect(readdirSync(dir)).toHaveLength(2);
	});

	it('keeps the layouts apart: the narrow chart has its own cache entry, and the wide one is the default', () => {
		const narrow = indicatorChartSvg('greenway', greenway, summary, 'narrow');
		expect(readdirSync(dir)).toHaveLength(1);
		expect(narrow).toContain('viewBox="0 0 320 ');
		expect(indicatorChartSvg('greenway', greenway, summary)).toContain('viewBox="0 0 400 290"');
		expect(readdirSync(dir)).toHaveLength(2);
	});
});

describe('y-axis', () => {
	it('steps in whole numbers for a count shown without decimals', () => {
		const small = { ...monthlyAccidents, series: monthlyAccidents.series.slice(0, 6).map((o, index) => ({ ...o, value: index % 3 })) };
		const ticks = texts(renderSvg(chartSpec('s', small, 'x'))).filter((text) => /^\d+(\.\d+)?$/.test(text ?? ''));
		expect(ticks.length).toBeGreaterThan(1);
		expect(ticks.every((text) => !text?.includes('.'))).toBe(true);
	});
});
