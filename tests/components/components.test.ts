import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import IndicatorTable from '../../src/components/IndicatorTable.astro';
import InitiativeList from '../../src/components/InitiativeList.astro';
import MilestoneTimeline from '../../src/components/MilestoneTimeline.astro';
import SiteFooter from '../../src/components/SiteFooter.astro';
import StatusBadge from '../../src/components/StatusBadge.astro';
import BenchmarkCard from '../../src/components/BenchmarkCard.astro';
import type { Indicator } from '../../src/schemas/indicator.ts';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/** The page's words as a reader gets them: each element boundary counts as a space. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const indicator: Indicator = {
	title: '琼江生态走廊建成里程',
	definition: '已建成并通过验收的绿道长度。',
	unit: '公里',
	decimals: 1,
	measure: 'cumulative',
	frequency: 'annual',
	direction: 'increase',
	baseline: { period: '2020', value: 0 },
	source: { publisher: '区住房和城乡建设局' },
	sample: true,
	updated: '2026-11-15',
	next_update: '2027-01',
	series: [
		{ period: '2021', value: 6.5, status: 'final' },
		{ period: '2022', value: 14.2, status: 'revised', note: '含补录段落，逗号, "引号"' },
	],
};

describe('StatusBadge', () => {
	it('shows the status in words with a symbol, not colour alone', async () => {
		const html = await container.renderToString(StatusBadge, { props: { status: 'delayed' } });
		expect(text(html)).toContain('◆ 进度滞后');
		expect(html).toContain('status-bad');
	});
});

describe('IndicatorTable', () => {
	it('renders every period with its value, status and note, and the source with its date', async () => {
		const html = await container.renderToString(IndicatorTable, { props: { indicator } });
		const plain = text(html);
		expect(plain).toContain('2021年 6.5 最终核实数');
		expect(plain).toContain('2022年 14.2 修订数 含补录段落');
		expect(plain).toContain('数据来源：区住房和城乡建设局');
		expect(plain).toContain('更新于 2026年11月15日');
		expect(plain).toContain('下次更新：2027年1月');
		expect(plain).toContain('基期 2020年 0.0公里');
		expect(plain).toContain('示例数据');
	});
	it('says so when no target is set and when there is no data', async () => {
		const html = await container.renderToString(IndicatorTable, {
			props: { indicator: { ...indicator, sample: false, series: [] } },
		});
		expect(text(html)).toContain('无目标');
		expect(text(html)).toContain('暂无数据');
		expect(html).not.toContain('<table');
		expect(text(html)).not.toContain('示例数据');
	});
});

describe('MilestoneTimeline', () => {
	it('lists milestones in planned order, marking each done or not in words', async () => {
		const html = await container.renderToString(MilestoneTimeline, {
			props: {
				milestones: [
					{ title: '全线建成', planned: '2027-06', done: false },
					{ title: '完成总体规划', planned: '2021-12', actual: '2021-12-16', done: true },
				],
				today: '2026-11-20',
			},
		});
		const plain = text(html);
		expect(plain.indexOf('完成总体规划')).toBeLessThan(plain.indexOf('全线建成'));
		expect(plain).toContain('已完成 · 计划 2021年12月 · 实际 2021年12月16日');
		expect(plain).toContain('未完成 · 计划 2027年6月');
		expect(plain).not.toContain('逾期');
	});

	it('marks a pending milestone overdue once its planned month has ended, in words as well as shape', async () => {
		const render = (today: string) =>
			container.renderToString(MilestoneTimeline, { props: { milestones: [{ title: '全线开工', planned: '2026-09', done: false }], today } });
		expect(text(await render('2026-09-30'))).toContain('未完成 · 计划 2026年9月');
		const overdue = await render('2026-10-01');
		expect(text(overdue)).toContain('已逾期，未完成 · 计划 2026年9月');
		expect(overdue).toMatch(/<li class="overdue"/);
	});
});

describe('InitiativeList', () => {
	it('shows status, sample label, lead unit and a revised due date', async () => {
		const html = await container.renderToString(InitiativeList, {
			props: {
				items: [
					{
						href: '/initiatives/x/',
						title: '网红街区',
						summary: '摘要',
						status: 'delayed',
						leadUnit: '区商务局',
						due: '2025-12',
						revisedDue: '2027-06',
						sample: true,
					},
				],
			},
		});
		const plain = text(html);
		expect(html).toContain('href="/initiatives/x/"');
		expect(plain).toContain('进度滞后');
		expect(plain).toContain('示例数据');
		expect(plain).toContain('牵头单位：区商务局');
		expect(plain).toContain('计划完成：2025年12月 （调整为2027年6月）');
	});
});

describe('SiteFooter', () => {
	it('carries every identifier a government site must show', async () => {
		const html = await container.renderToString(SiteFooter, {
			props: {
				aboutHref: '/about/',
				site: {
					title: '站点',
					description: '说明',
					url: 'https://www.example.gov.cn/',
					host_org: '安居区人民政府办公室',
					operator_org: '安居区大数据中心',
					contact: { phone: '0825-1234567', email: 'a@example.gov.cn', address: '遂宁市安居区' },
					site_code: '5109040001',
					icp: '蜀ICP备00000000号',
					police_record: '川公网安备00000000000000号',
					campaign_start: 2021,
					update_cycle_days: 14,
				},
			},
		});
		const plain = text(html);
		for (const expected of [
			'主办单位 安居区人民政府办公室',
			'承办单位 安居区大数据中心',
			'联系电话 0825-1234567',
			'网站标识码 5109040001',
			'ICP备案号 蜀ICP备00000000号',
			'公安机关备案号 川公网安备00000000000000号',
		]) {
			expect(plain).toContain(expected);
		}
	});
});

describe('BenchmarkCard', () => {
	it('quotes figures in their own unit and names the source', async () => {
		const html = await container.renderToString(BenchmarkCard, {
			props: {
				id: 'youxian',
				benchmark: {
					name: '绵阳市游仙区',
					province: '四川省',
					group: 'overall',
					areas: ['产业'],
					highlights: [{ label: '游仙高新区主营业务收入', value: 1005, unit: '亿元', year: 2020 }],
					lesson: '项目引强培优。',
					source: { title: '《激情担当 跨越赶超》', author: '吴军' },
				},
			},
		});
		const plain = text(html);
		expect(plain).toContain('2020年游仙高新区主营业务收入 1005亿元');
		expect(plain).toContain('资料来源：《激情担当 跨越赶超》，吴军');
	});
	it('links the name to the region’s page and keeps the lesson before the source', async () => {
		const html = await container.renderToString(BenchmarkCard, {
			props: {
				id: 'youxian',
				href: '/benchmarks/mianyang-youxian/',
				level: 'h4',
				benchmark: {
					name: '绵阳市游仙区',
					province: '四川省',
					group: 'overall',
					areas: ['产业'],
					highlights: [{ label: '发展定位', text: '中国科技城核心区。' }],
					lesson: '项目引强培优。',
					source: { title: '《激情担当 跨越赶超》' },
				},
			},
		});
		expect(html).toMatch(/<h4[^>]*>\s*<a href="\/benchmarks\/mianyang-youxian\/"[^>]*>绵阳市游仙区<\/a>\s*<\/h4>/);
		const plain = text(html);
		expect(plain.indexOf('安居借鉴')).toBeLessThan(plain.indexOf('资料来源'));
	});
});
