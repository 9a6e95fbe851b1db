/**
 * The home page's 关键指标 from YAML to the built page: the indicators site.yaml chooses, in its
 * order, each with its latest value, unit and period, its evaluation in symbol and words, progress
 * beside 序时进度, a link to its page, a sparkline hidden from screen readers, and 示例数据 where the
 * indicator is sample data; then one line per benchmark group, linking to /benchmarks/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BENCHMARK_GROUPS_SHOWN } from '../../src/components/benchmark-groups.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { formatFigure, formatPeriod } from '../../src/utils/format.ts';
import { computeProgress, describeTarget, EVALUATION_INFO } from '../../src/utils/progress.ts';
import { builtSite } from '../helpers/built-site.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const site = siteSchema.parse(parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')));
const chosen = (site.key_indicators ?? []).map((slug) => ({
	slug,
	data: indicatorSchema.parse(parse(readFileSync(path.join(contentDir, 'indicators', `${slug}.yaml`), 'utf8'))),
}));

/** The words of some markup as a reader gets them. */
const words = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

describe('the home page’s key figures', () => {
	const { dist } = builtSite('root');
	const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
	const section = /<section aria-labelledby="key-figures-title"[^>]*>([\s\S]*?)<\/section>/.exec(home)?.[1] ?? '';
	const cards = section.split(/<li class="card key-figure"[^>]*>/).slice(1);

	it('comes after the status summary and before the pillars, titled 关键指标', () => {
		expect(chosen.length).toBeGreaterThanOrEqual(4);
		expect(section).toMatch(/<h2 id="key-figures-title"[^>]*>关键指标<\/h2>/);
		const at = (id: string) => home.indexOf(`aria-labelledby="${id}"`);
		expect(at('status-title')).toBeGreaterThan(-1);
		expect(at('status-title')).toBeLessThan(at('key-figures-title'));
		expect(at('key-figures-title')).toBeLessThan(at('pillars-title'));
	});

	it('lists the indicators site.yaml chooses, in its order, each linking to its page', () => {
		expect(cards).toHaveLength(chosen.length);
		chosen.forEach(({ slug, data }, index) => {
			expect(cards[index], slug).toMatch(new RegExp(`<h3[^>]*><a href="/indicators/${slug}/"[^>]*>${data.title}</a>`));
		});
	});

	it('gives each its latest value, unit and period, evaluation in symbol and words, and progress beside 序时进度', () => {
		chosen.forEach(({ slug, data }, index) => {
			const card = words(cards[index] ?? '');
			const latest = data.series.at(-1)!;
			const evaluation = EVALUATION_INFO[computeProgress(data).evaluation];
			expect(card, slug).toContain(`${formatFigure(latest.value, data.unit, data.decimals)} ${data.unit} ${formatPeriod(latest.period)}`);
			expect(card, slug).toContain(`${evaluation.symbol} ${evaluation.label}`);
			expect(card, slug).toContain(describeTarget(data));
		});
		// The real content has both kinds: progress in figures, and no target.
		expect(section).toMatch(/已完成\d{4}年目标（[^）]+）的\d+%，序时进度\d+%/);
		expect(section).toContain('未设定目标');
	});

	it('marks 示例数据 on exactly the sample ones', () => {
		chosen.forEach(({ slug, data }, index) => {
			expect((cards[index] ?? '').includes('示例数据'), slug).toBe(data.sample);
		});
	});

	it('draws each sparkline as a decorative SVG with a 2 px stroke and no inline style', () => {
		chosen.forEach(({ slug }, index) => {
			const svg = /<svg class="sparkline"[^>]*>/.exec(cards[index] ?? '')?.[0] ?? '';
			expect(svg, slug).toContain('aria-hidden="true"');
			expect(cards[index], slug).toMatch(/<polyline [^>]*stroke-width="2"/);
		});
		expect(section).not.toMatch(/\sstyle="/);
	});

	it('says the most telling gap of each benchmark group, linking to the group on /benchmarks/', () => {
		const lines = [...section.matchAll(/<ul class="headline-gaps"[^>]*>([\s\S]*?)<\/ul>/g)].flatMap((match) => (match[1] ?? '').split(/<li[^>]*>/).slice(1));
		expect(lines).toHaveLength(BENCHMARK_GROUPS_SHOWN.length);
		BENCHMARK_GROUPS_SHOWN.forEach((group, index) => {
			expect(lines[index]).toMatch(new RegExp(`<a href="/benchmarks/#gaps-${group.key}"[^>]*>${group.title}</a>`));
		});
		const overview = readFileSync(path.join(dist, 'benchmarks', 'index.html'), 'utf8');
		for (const group of BENCHMARK_GROUPS_SHOWN) expect(overview).toContain(`id="gaps-${group.key}"`);
		expect(words(lines[0] ?? '')).toContain('与绵阳市游仙区比工业园区营业收入，差145亿元（与对方2020年水平相比），▼ 差距缩小');
	});
});
