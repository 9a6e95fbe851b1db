import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ComparisonCard from '../../src/components/ComparisonCard.astro';
import ComparisonSection from '../../src/components/ComparisonSection.astro';
import ComparisonTable from '../../src/components/ComparisonTable.astro';
import type { Benchmark } from '../../src/schemas/benchmark.ts';
import type { Comparison } from '../../src/schemas/comparison.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import { buildComparison } from '../../src/utils/comparison.ts';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/** The page's words as a reader gets them: each element boundary counts as a space. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const anji: Benchmark = {
	name: '浙江省安吉县',
	province: '浙江省',
	group: 'specialty',
	areas: ['乡村'],
	highlights: [{ label: '农民收入', value: 35699, unit: '元', year: 2020 }],
	lesson: '推进文农旅深度融合。',
	source: { title: '《激情担当 跨越赶超》', author: '吴军' },
};

const income: Indicator = {
	title: '农村居民人均可支配收入',
	definition: '农村常住居民人均可支配收入。',
	unit: '元',
	measure: 'period',
	frequency: 'annual',
	direction: 'increase',
	source: { publisher: '区统计局' },
	sample: true,
	updated: '2026-11-15',
	next_update: '2027-03',
	series: [
		{ period: '2020', value: 17500, status: 'final' },
		{ period: '2025', value: 24000, status: 'final' },
	],
};

const source = { title: '《激情担当 跨越赶超》', publisher: '吴军', trust: 'quoted' } as const;

const figure: Comparison = {
	figure: '农民收入',
	definition: '原文未说明统计口径。',
	unit: '元',
	indicator: 'income',
	comparability: '原文称“农民收入”，口径可能不同。',
	series: [{ period: '2020', value: 35699, source }],
	sample: false,
};

const words: Comparison = {
	figure: '平安建设',
	definition: '荣誉称号，不是统计数字。',
	indicator: 'income',
	text: '连续十三年获省平安县。',
	series: [],
	sample: false,
};

const view = (comparison: Comparison, indicator: Indicator = income, index = 0) =>
	buildComparison({ slug: 'zhejiang-anji', data: anji }, index, comparison, { slug: 'income', data: indicator });

describe('ComparisonCard', () => {
	it('shows both sides, the gap, the trend label in words and the catch-up, linking to the anchor', async () => {
		const comparison = view(figure);
		const html = await container.renderToString(ComparisonCard, { props: { view: comparison, href: '/benchmarks/zhejiang-anji/#zhejiang-anji-1' } });
		const plain = text(html);
		expect(html).toContain('href="/benchmarks/zhejiang-anji/#zhejiang-anji-1"');
		expect(plain).toContain('安居区 2025年 24000元');
		expect(plain).toContain('浙江省安吉县 2020年 35699元');
		expect(plain).toContain('差11699元（与对方2020年水平相比）');
		expect(plain).toContain(comparison.trendLabel);
		expect(comparison.trendLabel).toMatch(/^▼ /);
		expect(plain).toContain(comparison.catchUpLabel);
	});
	it('marks 示例数据 on the side that is sample, and only there', async () => {
		const real = await container.renderToString(ComparisonCard, { props: { view: view(figure, { ...income, sample: false }), href: '#' } });
		expect(text(real)).not.toContain('示例数据');
		const sample = await container.renderToString(ComparisonCard, {
			props: { view: view({ ...figure, sample: true }, { ...income, sample: false }), href: '#' },
		});
		expect(text(sample)).toMatch(/浙江省安吉县 2020年 35699元 示例数据/);
		expect(text(sample)).not.toMatch(/24000元 示例数据/);
	});
});

describe('ComparisonTable', () => {
	it('lists both series by period with each benchmark figure’s source and trust label', async () => {
		const html = await container.renderToString(ComparisonTable, { props: { view: view(figure) } });
		const plain = text(html);
		expect(plain).toContain('2020年 17500 35699');
		expect(plain).toContain('2025年 24000 —');
		expect(plain).toContain('可信程度：转引（文章引用，未见原始统计）');
		expect(plain).toContain('安居区（元） 示例数据');
	});
});

describe('ComparisonSection', () => {
	it('draws a chart with the benchmark as a labelled level line, a legend in words and the downloads', async () => {
		const html = await container.renderToString(ComparisonSection, { props: { view: view(figure), publisher: '区统计局' } });
		expect(html).toContain('id="zhejiang-anji-1"');
		expect(html).toContain('<svg');
		expect(html).toContain('浙江省安吉县2020年水平 35699元');
		expect(html).toContain('charts/comparisons/zhejiang-anji-1.svg');
		expect(text(html)).toContain('原文称“农民收入”，口径可能不同。');
		expect(html).toContain('href="/indicators/income/"');
	});
	it('draws a benchmark with several figures as a second, dashed series with its own legend entry', async () => {
		const series = [
			{ period: '2020', value: 35699, source },
			{ period: '2024', value: 43000, source },
		];
		const html = await container.renderToString(ComparisonSection, { props: { view: view({ ...figure, series }), publisher: '区统计局' } });
		expect(html).toContain('<svg');
		expect(html).toContain('stroke-dasharray');
		expect(html).toContain('43000元');
		expect(html).not.toContain('2020年水平');
		expect(text(html)).toContain('2024年 — 43000');
	});
	it('shows a comparison in words with Anju’s latest value and no chart', async () => {
		const html = await container.renderToString(ComparisonSection, { props: { view: view(words, income, 1), publisher: '区统计局' } });
		const plain = text(html);
		expect(html).not.toContain('<svg');
		expect(html).not.toContain('<table');
		expect(plain).toContain('连续十三年获省平安县');
		expect(plain).toContain('2025年安居区农村居民人均可支配收入24000元（示例数据）');
		expect(plain).toContain('示例数据');
	});
});
