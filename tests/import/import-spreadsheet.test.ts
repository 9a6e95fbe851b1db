/**
 * The spreadsheet import end to end, in process, on a temp copy of the valid fixture: real .xlsx
 * files written by exceljs and CSV files with a BOM and CRLF; all or nothing, the dry run, the
 * summary, and hostile cells.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ROWS } from '../../src/import/read-sheet.ts';
import { ANNUAL, csvText, HEADERS, indicatorBytes, indicatorText, QUARTERLY, runImport, temporaryContents, TODAY, workbookBytes } from './helpers.ts';

const content = temporaryContents();

/** An 实际值 row for the annual indicator in the download's column order. */
function annualRow(period: string | number, value: string | number, status = '', note = ''): (string | number)[] {
	return [ANNUAL, '琼江生态走廊建成里程', '实际值', period, value, '公里', status, note, '是', '区住房和城乡建设局', '2026-11-15'];
}

describe('a workbook with three changed values and one new period', () => {
	const sheet = [
		HEADERS,
		annualRow('2021', 6.5, '最终核实数'),
		annualRow('2022', 14.6, '最终核实数'),
		annualRow('2023', 23.4, '修订数', '按竣工验收里程修订。'),
		annualRow('2024', 32.1, '最终核实数'),
		annualRow('2025', 38.5, '初步数'),
	];

	it('dry run: prints 新增, 修改 old → new and 不变, and writes nothing', async () => {
		const { root, contentDir } = await content();
		const before = await indicatorBytes(contentDir);
		const result = await runImport(root, contentDir, '指标数据.xlsx', await workbookBytes({ Sheet1: sheet }), true);
		expect(result.exitCode).toBe(0);
		expect(result.report).toContain(`${ANNUAL}（琼江生态走廊建成里程）`);
		expect(result.report).toContain('  新增 2025：38.5');
		expect(result.report).toContain('  修改 2022 数值：14.2 → 14.6');
		expect(result.report).toContain('  修改 2023 数值：23 → 23.4');
		expect(result.report).toContain('  修改 2024 数值：31.8 → 32.1');
		expect(result.report).toContain('  修改 2024 数据状态：初步数 → 最终核实数');
		expect(result.report).toContain('  不变 2021');
		expect(result.report).toContain(`  更新日期 2026-11-15 → ${TODAY}`);
		expect(result.report).toContain('合计：1 个指标，新增 1 期，修改 4 处，不变 1 期');
		expect(result.report).toContain('这是试运行（--dry-run），没有写入任何文件');
		expect(await indicatorBytes(contentDir)).toEqual(before);
	});

	it('real import: edits only those lines, then the content check passes', async () => {
		const { root, contentDir } = await content();
		const before = await indicatorText(contentDir, ANNUAL);
		const result = await runImport(root, contentDir, '指标数据.xlsx', await workbookBytes({ Sheet1: sheet }));
		expect(result.report).toContain(`已写入 1 个文件：\n  content/indicators/${ANNUAL}.yaml`);
		expect(result.report).toContain('内容检查（npm run check）：');
		expect(result.exitCode).toBe(0);
		const expected = before
			.replace('updated: 2026-11-15', `updated: ${TODAY}`)
			.replace('value: 14.2', 'value: 14.6')
			.replace('value: 23.0', 'value: 23.4')
			.replace('value: 31.8\n    status: preliminary', 'value: 32.1\n    status: final')
			.concat('  - period: "2025"\n    value: 38.5\n    status: preliminary\n');
		expect(await indicatorText(contentDir, ANNUAL)).toBe(expected);
	});
});

describe('all or nothing', () => {
	it('one bad cell refuses the whole file, naming the file, sheet, row and column; no file changes', async () => {
		const { root, contentDir } = await content();
		const before = await indicatorBytes(contentDir);
		const rows = [
			HEADERS,
			annualRow('2022', 14.6),
			[QUARTERLY, '工业园区营业收入', '实际值', '2026-Q3', 52.5, '亿元', '', '', '是', '', ''],
			annualRow('2023', 23.4),
			annualRow('2025', '12万'),
		];
		const result = await runImport(root, contentDir, '指标数据.xlsx', await workbookBytes({ 指标数据: rows }));
		expect(result.exitCode).toBe(1);
		expect(result.report).toContain('指标数据.xlsx 工作表“指标数据” 第5行 数值：应为数字，实为“12万”，只填数字，不带单位或汉字（expected a number）');
		expect(result.report).toContain('没有导入，所有文件都未改动');
		expect(await indicatorBytes(contentDir)).toEqual(before);
	});

	it('the rules of npm run check: a period against the frequency, at its row and column', async () => {
		const { root, contentDir } = await content();
		const before = await indicatorBytes(contentDir);
		const csv = csvText([HEADERS, [QUARTERLY, '', '实际值', '2026-07', 52.5, '亿元', '', '', '', '', '']]);
		const result = await runImport(root, contentDir, 'data.csv', csv);
		expect(result.exitCode).toBe(1);
		expect(result.report).toContain('data.csv 第2行 统计期：频率为 quarterly 时统计期应写作 2024-Q3 的形式，实为 "2026-07"');
		expect(await indicatorBytes(contentDir)).toEqual(before);
	});

	it('a malformed period, a duplicate period in the sheet, a wrong unit and an unknown status, each at its cell', async () => {
		const { root, contentDir } = await content();
		const csv = csvText([
			HEADERS,
			annualRow('2025年', 38.5),
			annualRow('2024', 31.8),
			annualRow('2024', 31.9),
			[ANNUAL, '', '实际值', '2026', 40, '米', '', '', '', '', ''],
			annualRow('2023', 23, '核定数'),
		]);
		const result = await runImport(root, contentDir, 'data.csv', csv);
		expect(result.exitCode).toBe(1);
		expect(result.report).toContain('data.csv 第2行 统计期：应为统计期，如 2024、2024-Q3 或 2024-07，实为 "2025年"（expected a period）');
		expect(result.report).toContain('data.csv 第4行 统计期：实际值 2024 重复，与第3行相同（duplicate period）');
		expect(result.report).toContain('data.csv 第5行 单位：应为“公里”（指标文件的单位），实为“米”');
		expect(result.report).toContain('data.csv 第6行 数据状态：应为“初步数”、“最终核实数”或“修订数”，或留空，实为“核定数”');
	});

	it('a baseline or target that differs from the file is an error; the same is fine', async () => {
		const { root, contentDir } = await content();
		const same = csvText([
			HEADERS,
			[ANNUAL, '', '基期值', '2020', 0, '公里', '', '', '', '', ''],
			[ANNUAL, '', '目标值', '2027', 50, '公里', '', '', '', '', ''],
		]);
		expect((await runImport(root, contentDir, 'same.csv', same)).exitCode).toBe(0);
		const moved = csvText([HEADERS, [ANNUAL, '', '目标值', '2027', 55, '公里', '', '', '', '', '']]);
		const result = await runImport(root, contentDir, 'moved.csv', moved);
		expect(result.exitCode).toBe(1);
		expect(result.report).toContain(
			'moved.csv 第2行 目标值与指标文件不同：指标文件中为 2027：50，表中为 2027：55。导入只更新实际值；基期和目标请直接修改指标文件',
		);
	});

	it('an indicator file that already has errors is not built on', async () => {
		const { root, contentDir } = await content();
		await import('node:fs/promises').then(async ({ writeFile }) => {
			const file = path.join(contentDir, 'indicators', `${ANNUAL}.yaml`);
			await writeFile(file, (await readFile(file, 'utf8')).replace('value: 6.5', 'value: 六点五'));
		});
		const result = await runImport(root, contentDir, 'data.csv', csvText([HEADERS, annualRow('2025', 38.5)]));
		expect(result.exitCode).toBe(1);
		expect(result.report).toContain(`content/indicators/${ANNUAL}.yaml 指标文件本身有 1 处错误，请先运行 npm run check 并改正`);
	});

	it('the wording rules of the check warn about an imported note at its cell, without stopping the import', async () => {
		const { root, contentDir } = await content();
		const result = await runImport(root, contentDir, 'x.csv', csvText([HEADERS, annualRow('2025', 38.5, '初步数', '截至十月,初步统计')]), true);
		expect(result.exitCode).toBe(0);
		expect(result.report).toMatch(/请留意：\n {2}x\.csv 第2行 警告 备注：.*半角/);
	});

	it('a sheet without the header row says which headers it needs', async () => {
		const { root, contentDir } = await content();
		const result = await runImport(
			root,
			contentDir,
			'other.xlsx',
			await workbookBytes({
				Sheet1: [
					['地区', '2024年'],
					['安居区', 12],
				],
			}),
		);
		expect(result.exitCode).toBe(1);
		expect(result.report).toContain('other.xlsx 找不到表头：需要一行写有 “指标代码”、“统计期”、“数值” 等列名');
	});
});

describe('what a real sheet looks like', () => {
	it('columns reordered, extra columns, a title row, numbers as text, Excel dates and numbers as periods, blank trailing rows', async () => {
		const { root, contentDir } = await content();
		const rows: (string | number | Date | null)[][] = [
			['安居区指标数据（2026年11月）'],
			['数值', '备注', '填报人', '统计期', '指标代码'],
			[' 38.5 ', '', '张三', 2025, ANNUAL],
			['５０．３', '', '李四', '2026-Q2', QUARTERLY],
			[52.5, '', '李四', '2026-Q3', QUARTERLY],
			[null, null, null, null, null],
			['', '', '', '', ''],
		];
		const result = await runImport(root, contentDir, '报表.xlsx', await workbookBytes({ 数据: rows }), true);
		expect(result.report).toContain('  新增 2025：38.5');
		expect(result.report).toContain('  新增 2026-Q3：52.5');
		expect(result.report).toContain('  不变 2026-Q2');
		expect(result.exitCode).toBe(0);
	});

	it('a monthly period that Excel turned into a date', async () => {
		const { root, contentDir } = await content();
		const { writeFile } = await import('node:fs/promises');
		const file = path.join(contentDir, 'indicators', 'yuedu.yaml');
		const monthly = (await indicatorText(contentDir, QUARTERLY))
			.replace('frequency: quarterly', 'frequency: monthly')
			.replace(/period: (\d{4})-Q(\d)/g, (_all, year: string, quarter: string) => `period: "${year}-${String(Number(quarter) * 3).padStart(2, '0')}"`);
		await writeFile(file, monthly);
		const rows = [
			['指标代码', '统计期', '数值'],
			['yuedu', new Date(Date.UTC(2026, 6, 1)), 51],
		];
		const result = await runImport(root, contentDir, 'yuedu.xlsx', await workbookBytes({ Sheet1: rows }));
		expect(result.report).toContain('  新增 2026-07：51');
		expect(result.exitCode).toBe(0);
		expect(await readFile(file, 'utf8')).toContain('  - period: "2026-06"\n    value: 50.3\n  - period: "2026-07"\n    value: 51\n');
	});

	it('two indicators in one sheet, matched by code or by a unique name, in a WPS-like workbook with a second sheet', async () => {
		const { root, contentDir } = await content();
		const data = [HEADERS, annualRow('2025', 38.5), ['', '工业园区营业收入', '实际值', '2026-Q3', 52.5, '亿元', '', '', '', '', '']];
		const notes = [['说明'], ['本表由区统计局提供，数值为初步数。'], ['统计期', '按年或季度填写']];
		const bytes = await workbookBytes({ 指标数据: data, 说明: notes }, (workbook) => {
			workbook.creator = 'WPS 表格';
			workbook.getWorksheet('指标数据')!.getColumn(4).numFmt = '@';
		});
		const result = await runImport(root, contentDir, '指标数据.xlsx', bytes, true);
		expect(result.report).toContain(`${ANNUAL}（琼江生态走廊建成里程）\n  新增 2025：38.5`);
		expect(result.report).toContain(`${QUARTERLY}（工业园区营业收入）\n  新增 2026-Q3：52.5`);
		expect(result.exitCode).toBe(0);
	});

	it('an unknown name or code gets a did-you-mean', async () => {
		const { root, contentDir } = await content();
		const csv = csvText([
			HEADERS,
			['qiongjiang-lvdao-lichen', '', '', '2025', 1, '', '', '', '', '', ''],
			['', '工业园区营业收', '', '2026-Q3', 1, '', '', '', '', '', ''],
		]);
		const result = await runImport(root, contentDir, 'x.csv', csv);
		expect(result.report).toContain('x.csv 第2行 指标代码：没有代码为“qiongjiang-lvdao-lichen”的指标，是否应为“qiongjiang-lvdao-licheng”？');
		expect(result.report).toContain('x.csv 第3行 指标名称：没有名称为“工业园区营业收”的指标，是否应为“工业园区营业收入”？');
	});

	it('a CSV saved as GBK by Excel on Chinese Windows', async () => {
		const { root, contentDir } = await content();
		const { execFileSync } = await import('node:child_process');
		const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: csvText([HEADERS, annualRow('2025', 38.5)]).replace(/^\uFEFF/, '') });
		const result = await runImport(root, contentDir, 'gbk.csv', new Uint8Array(gbk), true);
		expect(result.report).toContain('  新增 2025：38.5');
	});
});

describe('hostile input', () => {
	it('a formula cell is read as the result Excel saved, and refused without one; nothing is evaluated', async () => {
		const { root, contentDir } = await content();
		const rows = [HEADERS, annualRow('2025', 0), annualRow('2026', 0)];
		const bytes = await workbookBytes({ Sheet1: rows }, (workbook) => {
			const sheet = workbook.getWorksheet('Sheet1')!;
			sheet.getCell('E2').value = { formula: 'B9*2', result: 38.5 };
			sheet.getCell('E3').value = { formula: 'WEBSERVICE("http://example.com/")' };
		});
		const result = await runImport(root, contentDir, 'f.xlsx', bytes);
		expect(result.exitCode).toBe(1);
		expect(result.report).toContain('f.xlsx 工作表“Sheet1” 第3行 数值：是公式，但没有保存计算结果');
		expect(result.report).not.toContain('第2行');
	});

	it('a sheet of more than MAX_ROWS rows is refused with a clear message', async () => {
		const { root, contentDir } = await content();
		const rows = [HEADERS, ...Array.from({ length: MAX_ROWS + 5 }, (_, index) => annualRow(String(3000 + index), index))];
		const result = await runImport(root, contentDir, 'big.csv', csvText(rows));
		expect(result.exitCode).toBe(1);
		expect(result.report).toContain(`超过 ${MAX_ROWS} 行，未导入`);
	});

	it('<script> in 备注 is stored as text in valid YAML, and nothing runs', async () => {
		const { root, contentDir } = await content();
		const note = '<script>alert("x")</script>: # - [a, b]';
		const result = await runImport(root, contentDir, 'x.csv', csvText([HEADERS, annualRow('2025', 38.5, '', note)]));
		expect(result.exitCode).toBe(0);
		const { parse } = await import('yaml');
		const data = parse(await indicatorText(contentDir, ANNUAL)) as { series: { note?: string }[] };
		expect(data.series.at(-1)?.note).toBe(note);
	});

	it('a 指标代码 with ../ names no file, so nothing outside content/indicators/ is written', async () => {
		const { root, contentDir } = await content();
		const before = await indicatorBytes(contentDir);
		const siteBefore = await readFile(path.join(contentDir, 'site.yaml'));
		const result = await runImport(
			root,
			contentDir,
			'x.csv',
			csvText([HEADERS, ['../site', '', '', '2025', 1, '', '', '', '', '', ''], ['../../package', '', '', '2025', 1, '', '', '', '', '', '']]),
		);
		expect(result.exitCode).toBe(1);
		expect(result.report).toContain('x.csv 第2行 指标代码：没有代码为“../site”的指标');
		expect(await indicatorBytes(contentDir)).toEqual(before);
		expect(await readFile(path.join(contentDir, 'site.yaml'))).toEqual(siteBefore);
	});

	it('a file that is not a workbook, or missing, is exit 2', async () => {
		const { root, contentDir } = await content();
		expect((await runImport(root, contentDir, 'fake.xlsx', 'not a workbook')).exitCode).toBe(2);
		expect((await runImport(root, contentDir, 'zip.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).report).toContain('已损坏或不是 Excel 工作簿');
		expect((await runImport(root, contentDir, 'data.txt', 'x')).exitCode).toBe(2);
	});
});
