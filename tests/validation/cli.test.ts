/**
 * `npm run check` end to end: scripts/check-content.ts run with this Node on a temp copy
 * of the fixture (CONTENT_DIR), from the copy's project root so files show as content/...
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText, fixtureWith, makeContent, PROJECT_ROOT, removeContent, TODAY_EPOCH, VALID_DIR, withGbk, type Change } from './helpers.ts';

const SCRIPT = path.join(PROJECT_ROOT, 'scripts/check-content.ts');
const STACK_LINE = /^\s+at\s/m;

function runCheck(contentDir: string, cwd: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [SCRIPT, ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1', SOURCE_DATE_EPOCH: TODAY_EPOCH },
		timeout: 60_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const roots: string[] = [];
async function project(changes: Record<string, Change>) {
	const made = await makeContent(changes);
	roots.push(made.root);
	return made;
}
afterAll(async () => {
	await Promise.all(roots.map((root) => removeContent(root)));
});

describe('npm run check with several broken files', () => {
	const NEW_INDICATOR = 'indicators/nongcun-renjun-shouru.yaml';
	let run: ReturnType<typeof runCheck>;

	beforeAll(async () => {
		// Only files nothing else refers to are broken, so the count does not depend on how
		// problems in one file affect references from others.
		const { root, contentDir } = await project({
			[NEW_INDICATOR]: fixtureWith(
				'indicators/qiongjiang-lvdao-licheng.yaml',
				['    value: 31.8', '    value: "12万"'],
				['  publisher: 区住房', '  publsher: 区住房'],
			),
			'benchmarks/zhejiang-anji.yaml': fixtureWith('benchmarks/zhejiang-anji.yaml', ['group: specialty', 'group: 特色']),
			'benchmarks/gbk-bianma.yaml': withGbk('name: @@区\n', '@@'),
			'updates/2026-09-qiongjiang-lvdao.md': `${fixtureWith('updates/2026-09-qiongjiang-lvdao.md', ['date: 2026-09-18', 'date: 2025-02-30'])}\n<iframe src="https://example.com/"></iframe>\n`,
			'initiatives/琼江.md': fixtureText('initiatives/qiongjiang-shengtai-zoulang.md'),
			'pillars/My_File.md': fixtureText('pillars/anye-anju.md'),
			'site.yaml': fixtureWith(
				'site.yaml',
				['operator_org: 遂宁市安居区发展和改革局', 'operator_org: 待填写：承办单位'],
				['site_code: "5109040000"', 'site_code: 待填写：政府网站标识码'],
			),
		});
		run = runCheck(contentDir, root);
	});

	it('exits 1', () => {
		expect(run.stderr).toBe('');
		expect(run.status).toBe(1);
	});

	it('prints every problem as path:line:column  错误|警告  field: message  rule-id', () => {
		for (const expected of [
			`content/${NEW_INDICATOR}:33:5  错误  series[3].value: 应为数字，实为 "12万"，数值中不能带单位或汉字（expected a number）  value-type`,
			`content/${NEW_INDICATOR}:15:1  错误  source.publisher: 缺少必填字段（required field is missing）  required`,
			`content/${NEW_INDICATOR}:16:3  错误  source.publsher: 未知字段 "publsher"，是否应为 "publisher"？（unknown field; did you mean "publisher"?）  unknown-field`,
			'content/benchmarks/zhejiang-anji.yaml:3:1  错误  group: 应为以下之一：overall | specialty，实为 "特色"（expected one of overall | specialty）  enum',
			'content/benchmarks/gbk-bianma.yaml:1  错误  文件不是 UTF-8 编码',
			'content/updates/2026-09-qiongjiang-lvdao.md:3:1  错误  date: 应为真实存在的日期',
			'content/updates/2026-09-qiongjiang-lvdao.md:13:1  错误  正文中不允许使用 <iframe> 标签',
			'content/initiatives/琼江.md  错误  文件名只能使用小写英文字母、数字和连字符',
			'content/pillars/My_File.md  错误  文件名只能使用小写英文字母、数字和连字符（不能用中文、空格或大写），可改为 my-file.md',
			'content/site.yaml:5:1  警告  operator_org: 仍是占位内容“待填写：承办单位”',
			'content/site.yaml:10:1  警告  site_code: 仍是占位内容“待填写：政府网站标识码”',
		]) {
			expect(run.stdout).toContain(expected);
		}
	});

	it('indents one line per problem under its file, each ending with its rule id', () => {
		const problemLines = run.stdout.split('\n').filter((line) => /^ {2}content\/\S+ {2}(错误|警告) {2}/.test(line));
		expect(problemLines.filter((line) => line.includes('  错误  '))).toHaveLength(9);
		expect(problemLines.filter((line) => line.includes('  警告  '))).toHaveLength(2);
		for (const line of problemLines) expect(line).toMatch(/（[^（）]*[A-Za-z][^（）]*） {2}[a-z-]+$/);
	});

	it('groups the problems by file, in line order', () => {
		const lines = run.stdout.split('\n');
		const header = lines.indexOf(`content/${NEW_INDICATOR}`);
		expect(header).toBeGreaterThanOrEqual(0);
		expect(lines.slice(header + 1, header + 4).map((line) => /:(\d+):\d+ /.exec(line)?.[1])).toEqual(['15', '16', '33']);
		expect(lines[header + 4]).toBe('');
	});

	it('ends with the count of errors and warnings and says nothing was built', () => {
		expect(run.stdout).toContain('共 9 个错误，2 个警告（9 errors, 2 warnings）');
		expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('内容有错误，未生成网站。请按上面的提示修改后重试（content has errors; nothing was built）。');
	});

	it('never prints a stack trace', () => {
		expect(run.stdout).not.toMatch(STACK_LINE);
		expect(run.stderr).not.toMatch(STACK_LINE);
	});
});

describe('npm run check on good content', () => {
	it('exits 0 on the valid fixture and says so', () => {
		const run = runCheck(VALID_DIR, path.dirname(VALID_DIR));
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout.trim()).toBe('内容检查通过，没有发现问题（no problems found）');
	});

	it('exits 0 when there are only placeholder warnings', async () => {
		const { root, contentDir } = await project({
			'site.yaml': fixtureWith('site.yaml', ['icp: 蜀ICP备00000000号', 'icp: 待填写：ICP备案号']),
		});
		const run = runCheck(contentDir, root);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('content/site.yaml:11:1  警告  icp: 仍是占位内容“待填写：ICP备案号”');
		expect(run.stdout).toContain('共 0 个错误，1 个警告（0 errors, 1 warnings）');
	});

	it('with --warn-only (npm run dev) reports errors but exits 0', async () => {
		const { root, contentDir } = await project({
			'benchmarks/zhejiang-anji.yaml': fixtureWith('benchmarks/zhejiang-anji.yaml', ['group: specialty', 'group: 特色']),
		});
		const run = runCheck(contentDir, root, '--warn-only');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('content/benchmarks/zhejiang-anji.yaml:3:1  错误  group: ');
		expect(run.stdout).toContain('共 1 个错误，0 个警告');
		expect(run.stdout).not.toContain('未生成网站');
	});
});

describe('npm run check options', () => {
	// One error, one warning (a half-width comma in a summary) and one external link.
	let contentDir: string;
	let root: string;
	beforeAll(async () => {
		({ root, contentDir } = await project({
			'benchmarks/zhejiang-anji.yaml': fixtureWith('benchmarks/zhejiang-anji.yaml', ['group: specialty', 'group: 特色']),
			'updates/2026-09-qiongjiang-lvdao.md': fixtureWith('updates/2026-09-qiongjiang-lvdao.md', ['summary: 琼江生态走廊', 'summary: 琼江,生态走廊']).concat(
				'\n详见[区政府网站](https://www.example.gov.cn/ztzl/)。\n',
			),
		}));
	});

	it('--format json prints the problems with file, line, column, field and rule, and the counts', () => {
		const run = runCheck(contentDir, root, '--format', 'json');
		expect(run.status).toBe(1);
		const report = JSON.parse(run.stdout) as { errorCount: number; warningCount: number; problems: Record<string, unknown>[]; externalLinks?: unknown };
		expect(report.errorCount).toBe(1);
		expect(report.warningCount).toBe(1);
		expect(report.externalLinks).toBeUndefined();
		expect(report.problems).toEqual([
			expect.objectContaining({ file: 'content/benchmarks/zhejiang-anji.yaml', line: 3, column: 1, field: 'group', rule: 'enum', severity: 'error' }),
			expect.objectContaining({
				file: 'content/updates/2026-09-qiongjiang-lvdao.md',
				line: 7,
				column: 12,
				field: 'summary',
				rule: 'punctuation',
				severity: 'warning',
			}),
		]);
	});

	it('--strict turns warnings into errors', async () => {
		const { root: strictRoot, contentDir: strictDir } = await project({
			'updates/2026-09-qiongjiang-lvdao.md': fixtureWith('updates/2026-09-qiongjiang-lvdao.md', ['summary: 琼江生态走廊', 'summary: 琼江,生态走廊']),
		});
		expect(runCheck(strictDir, strictRoot).status).toBe(0);
		const run = runCheck(strictDir, strictRoot, '--strict');
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('content/updates/2026-09-qiongjiang-lvdao.md:7:12  错误  summary: 中文里的半角标点“,”应改为全角“，”');
		expect(run.stdout).toContain('共 1 个错误，0 个警告（1 errors, 0 warnings）');
	});

	it('--external lists external links in bodies and url fields with their place, without fetching them', () => {
		const run = runCheck(contentDir, root, '--external');
		const listed = run.stdout.slice(run.stdout.indexOf('外部链接')).split('\n').slice(0, 5);
		expect(listed).toEqual([
			'外部链接 4 个，未访问，请人工核对是否有效（external links, not fetched）：',
			'  content/initiatives/gongye-yuanqu-tizhi.mdx:14:3  https://anju.example.gov.cn/zcwj/2024-01.html',
			'  content/indicators/gongye-yuanqu-yingye-shouru.yaml:17:3  https://anju.example.gov.cn/tjxx/',
			'  content/updates/2026-09-qiongjiang-lvdao.md:13:3  https://www.example.gov.cn/ztzl/',
			'  content/units/shuili-ju.yaml:3:1  https://www.example.gov.cn/units/shuili-ju/',
		]);
		expect(runCheck(contentDir, root).stdout).not.toContain('外部链接');
		const json = JSON.parse(runCheck(contentDir, root, '--format', 'json', '--external').stdout) as { externalLinks: { url: string }[] };
		expect(json.externalLinks.map((link) => link.url)).toContain('https://www.example.gov.cn/ztzl/');
	});

	it('refuses an unknown option or format with a usage line and exit 2, without a stack trace', () => {
		for (const args of [['--sloppy'], ['--format', 'xml']]) {
			const run = runCheck(contentDir, root, ...args);
			expect(run.status).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr).toContain('用法错误');
			expect(run.stderr).toContain('--format json、--strict、--external、--warn-only');
			expect(run.stderr).not.toMatch(STACK_LINE);
		}
	});
});

describe('npm run check with a folder where a file should be', () => {
	it('warns about the folder instead of failing', async () => {
		const { root, contentDir } = await project({});
		await mkdir(path.join(contentDir, 'updates/folder.md'));
		const run = runCheck(contentDir, root);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('content/updates/folder.md');
		expect(run.stdout).toContain('这是文件夹，不会被读取');
		expect(run.stdout).not.toMatch(STACK_LINE);
		expect(run.stderr).toBe('');
	});
});
