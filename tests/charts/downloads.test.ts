/**
 * The downloads of the real site round-trip: every CSV and JSON file read back gives the
 * values of its YAML file, datapackage.json describes files that exist, and every indicator
 * page shows its chart inline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { indicatorSchema, type Indicator } from '../../src/schemas/indicator.ts';
import { OBSERVATION_STATUS_LABELS } from '../../src/utils/indicator-labels.ts';
import { CSV_COLUMNS } from '../../src/utils/open-data.ts';
import { builtSite } from '../helpers/built-site.ts';
import { parseCsv } from '../../src/import/parse-csv.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content/indicators');
const indicators: { slug: string; yaml: Indicator }[] = readdirSync(contentDir)
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({
		slug: file.replace(/\.yaml$/, ''),
		yaml: indicatorSchema.parse(parse(readFileSync(path.join(contentDir, file), 'utf8').replace(/^\uFEFF/, ''))),
	}));
const column = (key: string) => CSV_COLUMNS.findIndex((c) => c.key === key);

describe('downloads of the built site', () => {
	const { dist } = builtSite('root');

	it('has indicators to check', () => {
		expect(indicators.length).toBeGreaterThan(5);
	});

	it.each(indicators)('$slug.csv reads back as its YAML values', ({ slug, yaml }) => {
		const bytes = readFileSync(path.join(dist, 'data', `${slug}.csv`));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
		expect(header).toEqual(CSV_COLUMNS.map((c) => c.header));
		const of = (kind: string) => rows.filter((row) => row[column('kind')] === kind);
		const observed = of('实际值').map((row) => ({
			period: row[column('period')],
			value: Number(row[column('value')]),
			status: row[column('status')],
			note: row[column('note')],
		}));
		expect(observed).toEqual(
			yaml.series.map((o) => ({ period: o.period, value: o.value, status: o.status ? OBSERVATION_STATUS_LABELS[o.status] : '', note: o.note ?? '' })),
		);
		const reference = (kind: string) => of(kind).map((row) => ({ period: row[column('period')], value: Number(row[column('value')]) }));
		expect(reference('基期值')).toEqual(yaml.baseline ? [yaml.baseline] : []);
		expect(reference('目标值')).toEqual(yaml.target ? [yaml.target] : []);
		for (const row of rows) {
			expect(row[column('sample')]).toBe(yaml.sample ? '是' : '否');
			expect(row[column('source')]).toContain(yaml.source.publisher);
		}
	});

	it.each(indicators)('$slug.json reads back as its YAML file', ({ slug, yaml }) => {
		const json = JSON.parse(readFileSync(path.join(dist, 'data', `${slug}.json`), 'utf8'));
		expect(json).toMatchObject({ indicator: slug, ...yaml });
		expect(typeof json.summary).toBe('string');
	});

	it('datapackage.json lists every indicator and the comparisons, each path exists and its fields match the CSV header', () => {
		const pkg = JSON.parse(readFileSync(path.join(dist, 'datapackage.json'), 'utf8'));
		expect(pkg.resources.map((resource: { name: string }) => resource.name).sort()).toEqual([...indicators.map((i) => i.slug), 'comparisons'].sort());
		for (const resource of pkg.resources as { path: string; schema: { fields: { name: string }[] } }[]) {
			const file = path.join(dist, resource.path);
			expect(existsSync(file), resource.path).toBe(true);
			const [header] = parseCsv(readFileSync(file, 'utf8').slice(1));
			expect(resource.schema.fields.map((field) => field.name)).toEqual(header);
		}
	});

	it.each(indicators.filter((i) => i.yaml.series.length > 0))('$slug has its chart inline and as SVG and PNG', ({ slug, yaml }) => {
		const page = readFileSync(path.join(dist, 'indicators', slug, 'index.html'), 'utf8');
		const inline = /<svg [^>]*class="anju-chart"[\s\S]*?<\/svg>/.exec(page)?.[0];
		expect(inline).toContain(`<title id="chart-${slug}-title">${yaml.title}`);
		// The download is the wide layout; the page also has the narrow one for phones, with ids of its own.
		expect(readFileSync(path.join(dist, 'charts', `${slug}.svg`), 'utf8')).toBe(inline);
		expect(page).toContain(`<title id="chart-${slug}_narrow-title">${yaml.title}`);
		expect(
			readFileSync(path.join(dist, 'charts', `${slug}.png`))
				.subarray(1, 4)
				.toString('latin1'),
		).toBe('PNG');
		expect(page).toContain(`href="/data/${slug}.csv"`);
	});

	it('the data page links every file', () => {
		const page = readFileSync(path.join(dist, 'data', 'index.html'), 'utf8');
		for (const { slug } of indicators) expect(page).toContain(`href="/data/${slug}.json"`);
		expect(page).toContain('href="/datapackage.json"');
	});

	it('links downloads under the sub-path too', () => {
		const sub = builtSite('subpath');
		const page = readFileSync(path.join(sub.dist, 'data', 'index.html'), 'utf8');
		expect(page).toContain(`href="${sub.base}data/${indicators[0]?.slug}.csv"`);
		expect(existsSync(path.join(sub.dist, 'charts', `${indicators[0]?.slug}.svg`))).toBe(true);
	});
});
