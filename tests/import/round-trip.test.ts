/**
 * The round trip: a download `/data/<slug>.csv` (as src/utils/open-data.ts writes it), imported
 * as it is or after Excel or WPS opened it and saved it as .xlsx, changes nothing, byte for byte.
 * For every real indicator in content/, and for all of them in one file.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIndicators } from '../../src/import/load-indicators.ts';
import { indicatorCsv } from '../../src/utils/open-data.ts';
import { excelSavesCsvAsXlsx, indicatorBytes, REAL_CONTENT, removeContent, runImport } from './helpers.ts';

let root: string;
let contentDir: string;
let downloads: { slug: string; csv: string }[];
let before: Record<string, string>;

beforeAll(async () => {
	root = await mkdtemp(path.join(os.tmpdir(), 'anju-import-'));
	contentDir = path.join(root, 'content');
	await cp(REAL_CONTENT, contentDir, { recursive: true });
	const { indicators } = await loadIndicators(contentDir, root);
	downloads = [...indicators.values()].map((indicator) => {
		if (!indicator.data) throw new Error(`${indicator.shown} has errors`);
		return { slug: indicator.slug, csv: indicatorCsv(indicator.slug, indicator.data) };
	});
	before = await indicatorBytes(contentDir);
});
afterAll(() => removeContent(root));

describe('round trip of the downloads', () => {
	it('covers every real indicator', () => {
		expect(downloads.length).toBeGreaterThan(10);
	});

	it('each /data/<slug>.csv imports as 不变, files byte-identical', async () => {
		for (const { slug, csv } of downloads) {
			const result = await runImport(root, contentDir, `${slug}.csv`, csv);
			expect(result.exitCode, result.report).toBe(0);
			expect(result.report).toContain('没有需要修改的内容，文件都未改动');
			expect(result.report).not.toMatch(/^ {2}(新增|修改) /m);
		}
		expect(await indicatorBytes(contentDir)).toEqual(before);
	});

	it('each download opened in Excel or WPS and saved as .xlsx imports as 不变, files byte-identical', async () => {
		for (const { slug, csv } of downloads) {
			const result = await runImport(root, contentDir, `${slug}.xlsx`, await excelSavesCsvAsXlsx(csv));
			expect(result.exitCode, result.report).toBe(0);
			expect(result.report).toContain('没有需要修改的内容，文件都未改动');
		}
		expect(await indicatorBytes(contentDir)).toEqual(before);
	});

	it('each download opened in Excel on Chinese Windows and saved again as plain CSV (GBK, dates as 2026/7/1) imports as 不变', async () => {
		expect(
			downloads.some(({ csv }) => /,\d{4}-\d{2},/.test(csv)),
			'a monthly indicator',
		).toBe(true);
		for (const { slug, csv } of downloads) {
			const resaved = csv
				.replace(/^\uFEFF/, '')
				.replace(
					/(^|,)(\d{4})-(\d{2})(?:-(\d{2}))?(?=,|\r\n)/gm,
					(_all, before: string, year: string, month: string, day = '01') => `${before}${year}/${Number(month)}/${Number(day)}`,
				);
			const gbk = new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: resaved }));
			const result = await runImport(root, contentDir, `${slug}.csv`, gbk);
			expect(result.exitCode, result.report).toBe(0);
			expect(result.report).toContain('没有需要修改的内容，文件都未改动');
		}
		expect(await indicatorBytes(contentDir)).toEqual(before);
	});

	it('all downloads pasted into one sheet import as 不变', async () => {
		const [first, ...rest] = downloads.map((download) => download.csv);
		const combined = [first!, ...rest.map((csv) => csv.replace(/^\uFEFF[^\r\n]*\r\n/, ''))].join('');
		const result = await runImport(root, contentDir, '全部指标.xlsx', await excelSavesCsvAsXlsx(combined));
		expect(result.exitCode, result.report).toBe(0);
		expect(result.report).toContain(`合计：${downloads.length} 个指标，新增 0 期，修改 0 处`);
		expect(await indicatorBytes(contentDir)).toEqual(before);
	});
});
