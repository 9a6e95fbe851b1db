import { describe, expect, it } from 'vitest';
import { csvField, csvText, toCsv } from '../../src/utils/csv.ts';
import { CSV_COLUMNS, csvRows, dataPackage, indicatorCsv, indicatorJson } from '../../src/utils/open-data.ts';
import { greenway } from './fixtures.ts';
import { parseCsv } from '../../src/import/parse-csv.ts';

describe('CSV encoding', () => {
	it('quotes commas, quotes and line breaks, and nothing else', () => {
		expect(csvField('普通文字')).toBe('普通文字');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('说"明"')).toBe('"说""明"""');
		expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
		expect(csvField(' 前后空格 ')).toBe('" 前后空格 "');
	});
	it('starts with a BOM and ends every line with CRLF', () => {
		expect(
			toCsv([
				['a', 'b'],
				['1', '2'],
			]),
		).toBe('\uFEFFa,b\r\n1,2\r\n');
	});
	it('keeps spreadsheets from running text as a formula', () => {
		expect(csvText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
		expect(csvText('@SUM')).toBe(`'@SUM`);
		expect(csvText('正常备注')).toBe('正常备注');
	});
});

describe('indicator CSV', () => {
	const tricky = { ...greenway, series: [{ period: '2021', value: -1.25, note: '含逗号, "引号"\n和换行' }] };

	it('round-trips notes with commas, quotes and newlines', () => {
		const [header, baseline, observation, target] = parseCsv(indicatorCsv('greenway', tricky).slice(1));
		expect(header).toEqual(CSV_COLUMNS.map((column) => column.header));
		expect(observation).toEqual([
			'greenway',
			greenway.title,
			'实际值',
			'2021',
			'-1.25',
			'公里',
			'',
			'含逗号, "引号"\n和换行',
			'是',
			'区住房和城乡建设局',
			'2025-03-31',
		]);
		expect(baseline?.slice(2, 5)).toEqual(['基期值', '2021', '5']);
		expect(target?.slice(2, 5)).toEqual(['目标值', '2025', '60']);
	});

	it('has one cell per column in every row, and says whether the data is sample', () => {
		const rows = csvRows('greenway', greenway);
		expect(rows).toHaveLength(greenway.series.length + 2);
		for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
		expect(csvRows('greenway', { ...greenway, sample: false })[0]?.[8]).toBe('否');
	});
});

describe('indicator JSON', () => {
	it('carries the YAML fields, the slug, the summary and the licence', () => {
		const json = JSON.parse(indicatorJson('greenway', greenway));
		expect(json).toMatchObject({ indicator: 'greenway', sample: true, series: greenway.series, target: greenway.target, evaluation: 'on_track' });
		expect(json.summary).toContain('序时进度75%。评估：达到序时进度');
		expect(json.license.name).toBe('CC-BY-4.0');
	});
});

describe('datapackage.json', () => {
	const pkg = dataPackage({ title: '网站', url: 'https://example.gov.cn/ztzl/dbjj/', host_org: '区政府办' }, [{ slug: 'greenway', indicator: greenway }]) as {
		profile: string;
		sample: boolean;
		resources: { name: string; path: string; encoding: string; schema: { fields: { name: string; type: string; trueValues?: string[] }[] } }[];
	};
	it('describes each CSV with fields named as its headers', () => {
		expect(pkg.profile).toBe('tabular-data-package');
		expect(pkg.sample).toBe(true);
		const [resource] = pkg.resources;
		expect(resource).toMatchObject({ name: 'greenway', path: 'data/greenway.csv', encoding: 'utf-8-sig' });
		expect(resource?.schema.fields.map((field) => field.name)).toEqual(CSV_COLUMNS.map((column) => column.header));
		expect(resource?.schema.fields.find((field) => field.name === '示例数据')).toMatchObject({ type: 'boolean', trueValues: ['是'] });
	});
});
