/**
 * `npm run import`: scripts/import.ts run as the command on a temp copy of the valid fixture
 * (CONTENT_DIR), for its exit codes (0 done, 1 content errors, 2 an unreadable file or a wrong
 * option, never a stack trace) and `--template`.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/utils/open-data.ts';
import { ANNUAL, csvText, HEADERS, indicatorBytes, PROJECT_ROOT, QUARTERLY, temporaryContents, TODAY_EPOCH } from './helpers.ts';

const SCRIPT = path.join(PROJECT_ROOT, 'scripts/import.ts');

function runCli(contentDir: string, cwd: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [SCRIPT, ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: TODAY_EPOCH },
		timeout: 60_000,
	});
	expect(result.stderr).not.toMatch(/^\s+at /m);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const content = temporaryContents();

const GOOD = csvText([HEADERS, [ANNUAL, '琼江生态走廊建成里程', '实际值', '2025', 38.5, '公里', '初步数', '', '是', '', '']]);

describe('npm run import', () => {
	it('exit 0: the dry run prints the summary and writes nothing; the import writes and checks', async () => {
		const { root, contentDir } = await content();
		await writeFile(path.join(root, 'data.csv'), GOOD);
		const before = await indicatorBytes(contentDir);
		const dry = runCli(contentDir, root, 'data.csv', '--dry-run');
		expect(dry.stdout).toContain('  新增 2025：38.5');
		expect(dry.stdout).toContain('没有写入任何文件');
		expect(dry.status).toBe(0);
		expect(await indicatorBytes(contentDir)).toEqual(before);
		const real = runCli(contentDir, root, 'data.csv');
		expect(real.stdout).toContain('  新增 2025：38.5');
		expect(real.stdout).toContain('内容检查通过');
		expect(real.status).toBe(0);
		expect(await readFile(path.join(contentDir, 'indicators', `${ANNUAL}.yaml`), 'utf8')).toContain(
			'  - period: "2025"\n    value: 38.5\n    status: preliminary\n',
		);
	});

	it('turns a Word report into a draft update: a dry run names the draft and writes nothing, the run writes it', async () => {
		const { root, contentDir } = await content();
		const report = path.join(PROJECT_ROOT, 'tests/fixtures/import/报告.docx');
		const updates = async () => (await readdir(path.join(contentDir, 'updates'))).sort();
		const before = await updates();
		const dry = runCli(contentDir, root, report, '--as', 'update', '--dry-run');
		expect(dry.status, dry.stderr).toBe(0);
		expect(dry.stdout).toMatch(/试运行（--dry-run），没有写入任何文件。将生成工作动态草稿：\S*updates\/\d{4}-\d{2}-\d{2}-baogao\.md/);
		expect(await updates()).toEqual(before);
		const real = runCli(contentDir, root, report, '--as', 'update');
		expect(real.status, real.stderr).toBe(0);
		const written = (await updates()).filter((name) => !before.includes(name));
		expect(written).toHaveLength(1);
		expect(real.stdout).toContain(`updates/${written[0]}`);
		// Its images go into the public/ folder of the project it was run in, never into this repository's.
		expect(await readdir(path.join(root, 'public', 'images'))).toEqual([written[0]!.replace(/\.md$/, '-1.png')]);
	});

	it('exit 1: content errors, with the row and column, and nothing written', async () => {
		const { root, contentDir } = await content();
		await writeFile(path.join(root, '指标数据.csv'), csvText([HEADERS, [ANNUAL, '', '', '2025', '12万', '', '', '', '', '', '']]));
		const before = await indicatorBytes(contentDir);
		const result = runCli(contentDir, root, '指标数据.csv');
		expect(result.stdout).toContain('指标数据.csv 第2行 数值：应为数字，实为“12万”');
		expect(result.status).toBe(1);
		expect(await indicatorBytes(contentDir)).toEqual(before);
	});

	it('exit 2: a missing file, a file that is no workbook, a wrong option', async () => {
		const { root, contentDir } = await content();
		await writeFile(path.join(root, 'fake.xlsx'), 'just text');
		expect(runCli(contentDir, root, 'missing.xlsx')).toMatchObject({ status: 2, stderr: expect.stringContaining('找不到文件或无法读取：missing.xlsx') });
		expect(runCli(contentDir, root, 'fake.xlsx')).toMatchObject({ status: 2, stderr: expect.stringContaining('fake.xlsx 不是 Excel 工作簿') });
		expect(runCli(contentDir, root)).toMatchObject({ status: 2, stderr: expect.stringContaining('用法错误：缺少要导入的文件') });
		expect(runCli(contentDir, root, 'a.csv', '--force').status).toBe(2);
		expect(runCli(contentDir, root, 'a.csv', '--as', 'initiative')).toMatchObject({ status: 2, stderr: expect.stringContaining('--as 只能是 update') });
	});
});

describe('npm run import -- --template', () => {
	it('writes the indicators in the download layout with a 说明 sheet, and imports back unchanged', async () => {
		const { root, contentDir } = await content();
		const result = runCli(contentDir, root, '--template', 'indicators.xlsx');
		expect(result.stdout).toContain('已生成模板 indicators.xlsx：2 个指标');
		expect(result.status).toBe(0);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(path.join(root, 'indicators.xlsx'));
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['指标数据', '说明']);
		const data = workbook.getWorksheet('指标数据')!;
		expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
		// The quarterly indicator: baseline, four observations, target; the annual one: baseline, four, target.
		expect(data.actualRowCount).toBe(1 + 6 + 6);
		expect((data.getRow(2).values as unknown[]).slice(1, 6)).toEqual([QUARTERLY, '工业园区营业收入', '基期值', '2024-Q1', 40.2]);
		const notes = workbook.getWorksheet('说明')!;
		const described = notes.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1).join('|')] : []));
		for (const column of CSV_COLUMNS) expect(described.some((row) => row.startsWith(`${column.header}|${column.description}|`))).toBe(true);
		const back = runCli(contentDir, root, 'indicators.xlsx');
		expect(back.stdout).toContain('没有需要修改的内容，文件都未改动');
		expect(back.status).toBe(0);
	});

	it('takes the chosen indicators; refuses an unknown one and an existing file', async () => {
		const { root, contentDir } = await content();
		expect(runCli(contentDir, root, '--template', 'one.xlsx', ANNUAL).stdout).toContain('1 个指标');
		const unknown = runCli(contentDir, root, '--template', 'two.xlsx', 'qiongjiang-lvdao-lichen');
		expect(unknown.stdout).toContain('没有代码为“qiongjiang-lvdao-lichen”的指标，是否应为“qiongjiang-lvdao-licheng”？');
		expect(unknown.status).toBe(1);
		expect(runCli(contentDir, root, '--template', 'one.xlsx')).toMatchObject({ status: 2, stderr: expect.stringContaining('one.xlsx 已经存在') });
	});
});
