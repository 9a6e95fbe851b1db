/**
 * 对标 from YAML to the built site: every comparison in content/benchmarks/ appears on the
 * overview and on its region's page with its summary, has a chart file when it has figures (none
 * when it is text only), is linked from its indicator's page, and its figures read back from
 * /data/comparisons.json with their sources.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { benchmarkSchema } from '../../src/schemas/benchmark.ts';
import { builtSite } from '../helpers/built-site.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const read = (folder: string, slug: string) => parse(readFileSync(path.join(contentDir, folder, `${slug}.yaml`), 'utf8').replace(/^\uFEFF/, ''));
const comparisons = readdirSync(path.join(contentDir, 'benchmarks'))
	.filter((file) => file.endsWith('.yaml'))
	.flatMap((file) => {
		const slug = file.replace(/\.yaml$/, '');
		const benchmark = benchmarkSchema.parse(read('benchmarks', slug));
		return (benchmark.comparisons ?? []).map((comparison, index) => ({ slug, name: benchmark.name, id: `${slug}-${index + 1}`, comparison }));
	});

/** Text of an HTML page without tags, so a sentence split by markup still reads as one. */
function pageText(dist: string, page: string): string {
	return readFileSync(path.join(dist, page, 'index.html'), 'utf8')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ');
}

describe('对标 comparisons on the built site', () => {
	const { dist } = builtSite('root');
	const json = JSON.parse(readFileSync(path.join(dist, 'data/comparisons.json'), 'utf8')) as Record<string, unknown>[];

	it('has at least five comparisons across four regions, one of them text only', () => {
		expect(comparisons.length).toBeGreaterThanOrEqual(5);
		expect(new Set(comparisons.map(({ slug }) => slug)).size).toBeGreaterThanOrEqual(4);
		expect(comparisons.some(({ comparison }) => comparison.series.length === 0)).toBe(true);
		expect(comparisons.some(({ comparison }) => comparison.sample)).toBe(true);
		expect(comparisons.some(({ comparison }) => comparison.series.some((point) => point.source.trust === 'official'))).toBe(true);
	});

	it.each(comparisons)('$id is on the overview and its region page, with its figures as the source writes them', ({ slug, name, id, comparison }) => {
		const overview = readFileSync(path.join(dist, 'benchmarks/index.html'), 'utf8');
		expect(overview).toContain(`href="/benchmarks/${slug}/#${id}"`);
		const regionHtml = readFileSync(path.join(dist, 'benchmarks', slug, 'index.html'), 'utf8');
		expect(regionHtml).toContain(`id="${id}"`);
		const region = pageText(dist, `benchmarks/${slug}`);
		expect(region).toContain(name);
		for (const point of comparison.series) expect(region).toContain(String(point.value));
		if (comparison.text) expect(region).toContain(comparison.text.replace(/。$/, ''));
		if (comparison.sample) expect(region).toContain('待核实');
	});

	it.each(comparisons)('$id has a chart when it has figures, and none when it is text only', ({ id, comparison }) => {
		const svg = path.join(dist, 'charts/comparisons', `${id}.svg`);
		expect(existsSync(svg)).toBe(comparison.series.length > 0);
		if (comparison.series.length > 0) expect(existsSync(path.join(dist, 'charts/comparisons', `${id}.png`))).toBe(true);
	});

	it.each(comparisons)("$id is linked from its indicator's page", ({ slug, id, comparison }) => {
		const page = readFileSync(path.join(dist, 'indicators', comparison.indicator, 'index.html'), 'utf8');
		expect(page).toContain(`/benchmarks/${slug}/#${id}`);
	});

	it.each(comparisons)('$id reads back from comparisons.json, each figure with its source', ({ slug, comparison }) => {
		const rows = json.filter((row) => row['benchmark'] === slug && row['indicator'] === comparison.indicator);
		expect(rows.length).toBeGreaterThan(0);
		for (const point of comparison.series) {
			const row = rows.find((candidate) => candidate['period'] === point.period);
			expect(row?.['benchmark_value']).toBe(point.value * (comparison.conversion?.factor ?? 1));
			expect(row?.['sample']).toBe(true); // every Anju series shipped today is sample data
			expect((row?.['sources'] as { benchmark: { title: string } }).benchmark.title).toBe(point.source.title);
		}
	});
});
