/**
 * The configuration module (src/config/): the environment and content/site.yaml are read and
 * validated in one place, and a wrong value is one Chinese message naming where it is set, the
 * setting and what is expected; a command prints it alone, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readEnvironment, readSiteFile } from '../../src/config/index.ts';
import { buildDate } from '../../src/utils/build-date.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const VALID_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/content-valid');

/** The ConfigError `read` throws. */
function configError(read: () => unknown): ConfigError {
	try {
		read();
	} catch (error) {
		if (error instanceof ConfigError) return error;
		throw error;
	}
	throw new Error('expected a ConfigError');
}

describe('the environment', () => {
	it('has defaults for every variable, and an empty value counts as unset', () => {
		const defaults = { CHROMIUM_PATH: '/usr/bin/chromium', ANJU_NO_CHARTS: false, ANJU_CHART_CACHE: '.cache/charts' };
		expect(readEnvironment({})).toEqual(defaults);
		expect(readEnvironment({ SITE_URL: '', CONTENT_DIR: '', SOURCE_DATE_EPOCH: '', CHROMIUM_PATH: '', ANJU_NO_CHARTS: '', ANJU_CHART_CACHE: '' })).toEqual(
			defaults,
		);
	});

	it('reads good values', () => {
		const environment = readEnvironment({ SITE_URL: 'https://www.example.gov.cn/ztzl/dbjj/', SOURCE_DATE_EPOCH: '1767225600', ANJU_NO_CHARTS: '1' });
		expect(environment.SITE_URL).toBe('https://www.example.gov.cn/ztzl/dbjj/');
		expect(environment.SOURCE_DATE_EPOCH).toBe(1767225600);
		expect(environment.ANJU_NO_CHARTS).toBe(true);
		expect(readEnvironment({ ANJU_NO_CHARTS: '0' }).ANJU_NO_CHARTS).toBe(false);
	});

	it.each(['www.example.gov.cn/ztzl/dbjj/', 'ftp://www.example.gov.cn/', 'https://www.example.gov.cn/ztzl/dbjj'])(
		'refuses SITE_URL=%s, once, saying what is expected',
		(value) => {
			const error = configError(() => readEnvironment({ SITE_URL: value }));
			expect(error.problems).toHaveLength(1);
			expect(error.problems[0]).toMatchObject({ source: '环境变量', field: 'SITE_URL' });
			expect(error.message).toContain(`“${value}”不对`);
			expect(error.message).toMatch(/http:\/\/ 或 https:\/\/|以 \/ 结尾/);
		},
	);

	it.each(['yesterday', '2026-01-01', '-1', '1.5', ' 1767225600'])('refuses SOURCE_DATE_EPOCH=%s', (value) => {
		const error = configError(() => readEnvironment({ SOURCE_DATE_EPOCH: value }));
		expect(error.problems.map((problem) => problem.field)).toEqual(['SOURCE_DATE_EPOCH']);
		expect(error.message).toContain('秒数（整数）');
	});

	it('lists every wrong variable in one error', () => {
		const error = configError(() => readEnvironment({ SITE_URL: 'x', SOURCE_DATE_EPOCH: 'x', ANJU_NO_CHARTS: 'yes' }));
		expect(error.problems.map((problem) => problem.field)).toEqual(['SITE_URL', 'SOURCE_DATE_EPOCH', 'ANJU_NO_CHARTS']);
		expect(error.message.split('\n')).toHaveLength(4);
	});

	it('fixes the build date with SOURCE_DATE_EPOCH, and refuses a bad one', () => {
		const saved = process.env['SOURCE_DATE_EPOCH'];
		try {
			process.env['SOURCE_DATE_EPOCH'] = String(Date.UTC(2026, 0, 31, 17) / 1000);
			expect(buildDate()).toBe('2026-02-01');
			process.env['SOURCE_DATE_EPOCH'] = 'tomorrow';
			expect(() => buildDate()).toThrow(ConfigError);
		} finally {
			if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH'];
			else process.env['SOURCE_DATE_EPOCH'] = saved;
		}
	});
});

describe('site.yaml', () => {
	let work: string;
	const validSite = readFileSync(path.join(VALID_DIR, 'site.yaml'), 'utf8');
	beforeAll(async () => {
		work = await mkdtemp(path.join(os.tmpdir(), 'anju-config-'));
	});
	afterAll(async () => {
		await rm(work, { recursive: true, force: true });
	});
	async function contentWith(name: string, siteYaml: string | Uint8Array): Promise<string> {
		const dir = path.join(work, name);
		await rm(dir, { recursive: true, force: true });
		await mkdir(dir, { recursive: true });
		await writeFile(path.join(dir, 'site.yaml'), siteYaml);
		return dir;
	}

	it('reads a valid file, with its defaults', () => {
		const site = readSiteFile(VALID_DIR);
		expect(site.url).toMatch(/^https:\/\/.*\/$/);
		expect(site.update_cycle_days).toBeGreaterThan(0);
	});

	it('says so when the file is missing', () => {
		const error = configError(() => readSiteFile(path.join(work, 'nowhere'), work));
		expect(error.problems).toEqual([{ source: 'nowhere/site.yaml', message: '缺少网站信息文件 site.yaml（site.yaml is missing）' }]);
	});

	it('names the file, line, field and what is expected for a bad value', async () => {
		const dir = await contentWith('bad-url', validSite.replace(/^url: .*$/m, 'url: www.example.gov.cn'));
		const line = validSite.split('\n').findIndex((text) => text.startsWith('url:')) + 1;
		const error = configError(() => readSiteFile(dir, work));
		expect(error.problems[0]).toMatchObject({ source: expect.stringMatching(new RegExp(`^bad-url/site\\.yaml:${line}(:\\d+)?$`)), field: 'url' });
		expect(error.problems[0]?.message).toContain('http:// 或 https://');
		expect(error.message).not.toMatch(/\n\s+at /);
	});

	it('words a missing field and a misspelt one as the check does', async () => {
		const dir = await contentWith('misspelt', validSite.replace(/^icp:/m, 'icpp:'));
		const error = configError(() => readSiteFile(dir, work));
		expect(error.problems.map((problem) => problem.field).sort()).toEqual(['icp', 'icpp']);
		expect(error.message).toContain('缺少必填字段');
		expect(error.message).toContain('是否应为 "icp"');
	});

	it('refuses a file that is not YAML text', async () => {
		const dir = await contentWith('utf16', new Uint8Array([0xff, 0xfe, 0x74, 0x00]));
		expect(configError(() => readSiteFile(dir, work)).message).toContain('UTF-16');
		const broken = await contentWith('syntax', 'title: [unclosed\n');
		expect(configError(() => readSiteFile(broken, work)).problems[0]?.source).toMatch(/^syntax\/site\.yaml/);
	});

	it('builds for SITE_URL when set, else for the url in site.yaml of CONTENT_DIR', () => {
		const fromFile = loadConfig(PROJECT_ROOT, { CONTENT_DIR: VALID_DIR });
		expect(fromFile.contentDir).toBe(VALID_DIR);
		expect(fromFile.address.url).toBe(fromFile.site.url);
		expect(fromFile.address.setBy).toMatch(/site\.yaml 的 url$/);
		const fromVariable = loadConfig(PROJECT_ROOT, { CONTENT_DIR: VALID_DIR, SITE_URL: 'https://www.example.gov.cn/ztzl/dbjj/' });
		expect(fromVariable.address).toEqual({
			url: 'https://www.example.gov.cn/ztzl/dbjj/',
			site: 'https://www.example.gov.cn',
			base: '/ztzl/dbjj/',
			setBy: 'SITE_URL',
		});
	});
});

describe('a command with a wrong setting', () => {
	// --print-config reads the configuration and prints; it starts no server and builds nothing.
	const run = (env: Record<string, string>) =>
		spawnSync(process.execPath, ['scripts/serve-nginx.ts', '--print-config'], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });

	it('prints the message alone and exits 1', () => {
		const result = run({ SITE_URL: 'anju.example.gov.cn' });
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('环境变量  SITE_URL：“anju.example.gov.cn”不对');
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('names a missing site.yaml', () => {
		const result = run({ CONTENT_DIR: path.join(PROJECT_ROOT, 'tests/fixtures/content-hostile') });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('tests/fixtures/content-hostile/site.yaml  缺少网站信息文件');
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});
});
