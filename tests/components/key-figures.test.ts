/** The home page's key figures and benchmark gap lines, rendered through Astro's Container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import HeadlineGaps from '../../src/components/HeadlineGaps.astro';
import KeyFigures from '../../src/components/KeyFigures.astro';
import { BENCHMARK_GROUPS_SHOWN } from '../../src/components/benchmark-groups.ts';
import type { ComparisonView } from '../../src/utils/comparison.ts';
import type { KeyFigure } from '../../src/utils/key-figure.ts';
import { sparkline } from '../../src/utils/sparkline.ts';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/** The words of some markup as a reader gets them. */
const words = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

const greenway: KeyFigure = {
	slug: 'qiongjiang',
	title: '琼江生态走廊建成里程',
	href: '/indicators/qiongjiang/',
	latest: { figure: '45.3', unit: '公里', period: '2026年', status: '初步数' },
	progress: '已完成2027年目标（50.0公里）的91%，序时进度86%',
	evaluation: 'on_track',
	sample: true,
	sparkline: sparkline([6.5, 14.2, 45.3])!,
};
const income: KeyFigure = {
	slug: 'shouru',
	title: '农村居民人均可支配收入',
	href: '/indicators/shouru/',
	latest: { figure: '24000', unit: '元', period: '2025年' },
	progress: '未设定目标',
	evaluation: 'no_target',
	sample: false,
	sparkline: sparkline([24000])!,
};
const empty: KeyFigure = {
	slug: 'kong',
	title: '新指标',
	href: '/indicators/kong/',
	progress: '2027年目标（60公里）暂无可比数据',
	evaluation: 'no_data',
	sample: false,
};

describe('KeyFigures', () => {
	it('lists one card per figure, in order, each titled with a link to its indicator', async () => {
		const html = await container.renderToString(KeyFigures, { props: { figures: [greenway, income, empty] } });
		expect(html).toMatch(/^<ul class="grid key-figures"/);
		const cards = html.split(/<li class="card key-figure"[^>]*>/).slice(1);
		expect(cards.map((card) => /<a href="([^"]+)"/.exec(card)?.[1])).toEqual(['/indicators/qiongjiang/', '/indicators/shouru/', '/indicators/kong/']);
		expect(words(cards[0] ?? '')).toBe(
			'琼江生态走廊建成里程 示例数据 45.3 公里 2026年（初步数） ● 达到序时进度 已完成2027年目标（50.0公里）的91%，序时进度86%',
		);
		expect(words(cards[1] ?? '')).toBe('农村居民人均可支配收入 24000 元 2025年 – 无目标 未设定目标');
		expect(words(cards[2] ?? '')).toBe('新指标 暂无数据 … 暂无数据 2027年目标（60公里）暂无可比数据');
	});

	it('marks 示例数据 on the sample figure only', async () => {
		const cards = (await container.renderToString(KeyFigures, { props: { figures: [greenway, income] } })).split(/<li class="card key-figure"/).slice(1);
		expect(cards.map((card) => card.includes('示例数据'))).toEqual([true, false]);
	});

	it('draws the sparkline hidden from screen readers, with a 2 px line, a dot alone for one value, and none without values', async () => {
		const cards = (await container.renderToString(KeyFigures, { props: { figures: [greenway, income, empty] } })).split(/<li class="card key-figure"/).slice(1);
		expect(cards[0]).toMatch(/<svg class="sparkline"[^>]* width="120" height="36" viewBox="0 0 120 36" aria-hidden="true"/);
		expect(cards[0]).toMatch(/<polyline points="4,32 [^"]+" fill="none" stroke="currentColor" stroke-width="2"/);
		expect(cards[1]).toContain('<circle cx="116" cy="18" r="3"');
		expect(cards[1]).not.toContain('<polyline');
		expect(cards[2]).not.toContain('<svg');
		expect(cards.join('')).not.toMatch(/\sstyle=/);
	});
});

describe('HeadlineGaps', () => {
	const view = {
		benchmark: { slug: 'mianyang-youxian', name: '绵阳市游仙区', group: 'overall' },
		indicator: { title: '工业园区营业收入' },
		gapLabel: '差145亿元（与对方2020年水平相比）',
		trendLabel: '▼ 差距缩小',
		sample: { anju: true, benchmark: false },
	} as ComparisonView;

	it('says each group’s gap and trend in the overview’s words, linking the group on /benchmarks/, with 示例数据 where either side is sample', async () => {
		const group = BENCHMARK_GROUPS_SHOWN[0]!;
		const html = await container.renderToString(HeadlineGaps, {
			props: {
				gaps: [
					{ group, view },
					{ group: BENCHMARK_GROUPS_SHOWN[1]!, view: { ...view, sample: { anju: false, benchmark: false } } },
				],
				href: '/benchmarks/',
			},
		});
		const lines = html.split(/<li[^>]*>/).slice(1);
		expect(lines[0]).toMatch(/<a href="\/benchmarks\/#gaps-overall"[^>]*>比拼综合实力<\/a>/);
		expect(words(lines[0] ?? '')).toBe('比拼综合实力 ：与绵阳市游仙区比工业园区营业收入，差145亿元（与对方2020年水平相比），▼ 差距缩小 示例数据');
		expect(lines[1]).toMatch(/<a href="\/benchmarks\/#gaps-specialty"/);
		expect(lines[1]).not.toContain('示例数据');
	});
});
