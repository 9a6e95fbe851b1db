import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import RollupProgress from '../../src/components/RollupProgress.astro';
import { buildRollups, type RollupContent, type RollupIndicator } from '../../src/utils/rollup.ts';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/** The page's words as a reader gets them: each element boundary counts as a space. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const indicator = (slug: string, progress?: number, expected?: number, sample = false): RollupIndicator => ({ slug, title: slug, sample, progress, expected });
const rollupOf = (indicators: RollupIndicator[], slugs = indicators.map((entry) => entry.slug)) => {
	const content: RollupContent = {
		pillars: [{ slug: 'p', title: '安业安居' }],
		initiatives: [{ slug: 'a', title: '举措', pillar: 'p', indicators: slugs }],
		indicators,
	};
	return buildRollups(content).initiatives.get('a')!;
};

describe('RollupProgress', () => {
	it('shows the rolled-up figure beside 序时进度, the evaluation in words and symbol, and n of m', async () => {
		const rollup = rollupOf([indicator('x', 0.2, 0.6), indicator('y', 0.4, 0.6), indicator('z')]);
		const html = await container.renderToString(RollupProgress, { props: { rollup, subject: 'initiative', methodHref: '/about/#rollup' } });
		const plain = text(html);
		expect(plain).toContain('汇总完成进度 30%');
		expect(plain).toContain('序时进度 60%');
		expect(plain).toContain('▼ 未达到序时进度');
		expect(plain).toContain('根据3项指标中的2项计算 · 计算方法');
		expect(html).toContain('href="/about/#rollup"');
		expect(plain).not.toContain('示例数据');
		// The bar repeats the figures for the eye only: 30% filled, the 序时进度 mark at 60%.
		expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
		expect(html).toMatch(/<rect class="done"[^>]*width="60"[^>]*>/);
		expect(html).toMatch(/<line class="schedule"[^>]*x1="120"/);
	});

	it('marks a figure built on sample data, and leaves the method link out when not given', async () => {
		const rollup = rollupOf([indicator('x', 0.5, 0.5, true), indicator('y', 0.5, 0.5)]);
		const html = await container.renderToString(RollupProgress, { props: { rollup, subject: 'initiative' } });
		const plain = text(html);
		expect(plain).toContain('● 达到序时进度');
		expect(plain).toContain('示例数据');
		expect(plain).toContain('根据全部2项指标计算');
		expect(html).not.toContain('<a ');
	});

	it('gives no figure when no part reports, and says so', async () => {
		const rollup = rollupOf([indicator('x'), indicator('y')]);
		const html = await container.renderToString(RollupProgress, { props: { rollup, subject: 'initiative' } });
		const plain = text(html);
		expect(plain).toContain('汇总进度');
		expect(plain).toContain('… 暂无数据');
		expect(plain).toContain('2项指标暂无可计算的进度');
		expect(plain).not.toMatch(/\d+%/);
		expect(html).not.toContain('<svg');
	});

	it('says 其它类 for work with nothing to quantify', async () => {
		const rollup = rollupOf([], []);
		const html = await container.renderToString(RollupProgress, { props: { rollup, subject: 'initiative', methodHref: '/about/#rollup' } });
		const plain = text(html);
		expect(plain).toContain('汇总进度：其它类：没有量化指标，不计算汇总进度');
		expect(plain).not.toContain('序时进度');
		expect(html).not.toContain('<svg');
	});

	it('counts a pillar’s parts as 举措', async () => {
		const content: RollupContent = {
			pillars: [{ slug: 'p', title: '安业安居' }],
			initiatives: [
				{ slug: 'a', title: '甲', pillar: 'p', indicators: ['x'] },
				{ slug: 'b', title: '乙', pillar: 'p' },
			],
			indicators: [indicator('x', 1, 0.5)],
		};
		const rollup = buildRollups(content).pillars.get('p')!;
		const plain = text(await container.renderToString(RollupProgress, { props: { rollup, subject: 'pillar' } }));
		expect(plain).toContain('汇总完成进度 100%');
		expect(plain).toContain('▲ 超序时进度');
		expect(plain).toContain('根据2项举措中的1项计算');
	});
});
