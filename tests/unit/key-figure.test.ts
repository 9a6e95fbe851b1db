/** The home page's key figure cards (src/utils/key-figure.ts) from indicators: value, unit, period, progress, evaluation, sample, link, sparkline. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { indicatorSchema, type Indicator } from '../../src/schemas/indicator.ts';
import { indicatorUrl } from '../../src/site-map.ts';
import { keyFigure } from '../../src/utils/key-figure.ts';
import { describeTarget, summarizeIndicator } from '../../src/utils/progress.ts';
import { sparkline } from '../../src/utils/sparkline.ts';

/** A content indicator, read and checked by its schema as the build does, with `overrides`. */
const load = (slug: string, overrides: Partial<Indicator> = {}): Indicator =>
	indicatorSchema.parse({ ...parse(readFileSync(new URL(`../../content/indicators/${slug}.yaml`, import.meta.url), 'utf8')), ...overrides });

describe('keyFigure', () => {
	it('gives the latest value, its unit and period, progress beside 序时进度, the evaluation, the link and the sparkline', () => {
		const indicator = load('qiongjiang-shengtai-zoulang-licheng');
		const figure = keyFigure('qiongjiang-shengtai-zoulang-licheng', indicator);
		expect(figure).toEqual({
			slug: 'qiongjiang-shengtai-zoulang-licheng',
			title: '琼江生态走廊建成里程',
			href: indicatorUrl('qiongjiang-shengtai-zoulang-licheng'),
			latest: { figure: '45.3', unit: '公里', period: '2026年', status: '初步数' },
			progress: '已完成2027年目标（50.0公里）的91%，序时进度86%',
			evaluation: 'on_track',
			sample: true,
			sparkline: sparkline([6.5, 14.2, 23, 31.8, 39.5, 45.3]),
		});
	});

	it('says the progress in the words of the indicator’s own summary', () => {
		const indicator = load('nongcun-jumin-renjun-kezhipei-shouru');
		const figure = keyFigure('nongcun-jumin-renjun-kezhipei-shouru', indicator);
		expect(summarizeIndicator(indicator)).toContain(`，${figure.progress}。`);
		expect(figure.progress).toBe(describeTarget(indicator));
	});

	it('writes figures as the site does: no thousands separators, the unit apart, 万 for large numbers', () => {
		expect(keyFigure('x', load('nongcun-jumin-renjun-kezhipei-shouru')).latest).toEqual({ figure: '24000', unit: '元', period: '2025年' });
		const large = load('nongcun-jumin-renjun-kezhipei-shouru', { series: [{ period: '2025', value: 123456 }] });
		expect(keyFigure('x', large).latest?.figure).toBe('12.35万');
		// A unit that already carries 亿 keeps the figure as filed.
		expect(keyFigure('x', load('gongye-yuanqu-yingye-shouru')).latest).toMatchObject({ figure: '860', unit: '亿元' });
	});

	it('gives a quarter’s period in words', () => {
		expect(keyFigure('x', load('zhaoyin-xiangmu-touzi-zonge')).latest?.period).toMatch(/^\d{4}年第[一二三四]季度$/);
	});

	it('judges a lower-is-better indicator by falling values, and draws them falling', () => {
		const figure = keyFigure('anquan-shengchan-shigu-siwang-renshu', load('anquan-shengchan-shigu-siwang-renshu'));
		expect(figure.progress).toBe('已达到2026年目标（3人）');
		expect(figure.evaluation).toBe('ahead');
		const ys = figure.sparkline?.points?.split(' ').map((pair) => Number(pair.split(',')[1]));
		expect(ys?.at(-1)).toBeGreaterThan(ys?.[0] ?? Infinity);
	});

	it('says when no target is set, and marks a revised value', () => {
		const indicator = load('minsheng-shishi-wancheng-jianshu', {
			series: [
				{ period: '2024', value: 15, status: 'final' },
				{ period: '2025', value: 16, status: 'revised' },
			],
		});
		const figure = keyFigure('minsheng-shishi-wancheng-jianshu', indicator);
		expect(figure.progress).toBe('未设定目标');
		expect(figure.evaluation).toBe('no_target');
		expect(figure.latest?.status).toBe('修订数');
	});

	it('shows one value as a dot, and no data as words without a sparkline', () => {
		const gdp = keyFigure('diqu-shengchan-zongzhi', load('diqu-shengchan-zongzhi'));
		expect(gdp.latest).toEqual({ figure: '210.42', unit: '亿元', period: '2021年' });
		expect(gdp.sparkline).toEqual({ end: { x: 116, y: 18 } });
		const empty = keyFigure('x', load('qiongjiang-shengtai-zoulang-licheng', { series: [] }));
		expect(empty.latest).toBeUndefined();
		expect(empty.sparkline).toBeUndefined();
		expect(empty.progress).toBe('2027年目标（50.0公里）暂无可比数据');
		expect(empty.evaluation).toBe('no_data');
	});

	it('carries the sample flag as filed', () => {
		expect(keyFigure('x', load('qiongjiang-shengtai-zoulang-licheng', { sample: false })).sample).toBe(false);
	});
});
