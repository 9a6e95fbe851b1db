/**
 * `npm run new`: scripts/new.ts run on a temp copy of the fixture (CONTENT_DIR). A new
 * file has every field of its schema, fails the check until its 待填写 are filled in,
 * and passes once they are.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { knownKeysAt } from '../../src/validation/schema-keys.ts';
import { renderTemplate } from '../../scripts/templates/render.ts';
import { brief, makeContent, PROJECT_ROOT, removeContent, TODAY, TODAY_EPOCH } from './helpers.ts';

const SCRIPT = path.join(PROJECT_ROOT, 'scripts/new.ts');
const TEMPLATES = path.join(PROJECT_ROOT, 'scripts/templates');

function runNew(contentDir: string, cwd: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [SCRIPT, ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: TODAY_EPOCH },
		timeout: 60_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What an editor types in place of each 待填写, by field name. */
const FILLED: Record<string, string> = {
	title: '琼江绿道三期',
	name: '区委办公室',
	pillar: 'anyi-anju',
	summary: '建设琼江绿道三期，连通常理镇段与三家镇段。',
	lead_unit: 'zhufang-chengxiang-jianshe-ju',
	start: '"2027-01"',
	due: '"2028-06"',
	definition: '琼江绿道三期已完成建设的线路累计长度。',
	unit: '公里',
	publisher: '区住房和城乡建设局',
	period: '"2026"',
	value: '0',
};

/** The template text with every `key: 待填写…` value and 待填写 body line replaced. */
function fillIn(text: string): string {
	return text
		.replace(/^(\s*(?:- )?)(\w+): "?待填写[^"\n]*"?$/gm, (_line, indent: string, key: string) => {
			const value = key === 'title' && indent.trim() === '' && indent.length > 0 ? '琼江生态走廊建设实施方案' : FILLED[key];
			if (value === undefined) throw new Error(`fillIn: no value for ${key}`);
			return `${indent}${key}: ${value}`;
		})
		.replace(/^待填写：.*$/gm, '绿道三期正在开展前期工作。');
}

const roots: string[] = [];
afterAll(async () => {
	await Promise.all(roots.map((root) => removeContent(root)));
});
async function project() {
	const made = await makeContent();
	roots.push(made.root);
	return made;
}

describe('npm run new', () => {
	it.each([
		['initiative', 'initiatives/qiongjiang-lvdao-sanqi.md', true],
		['indicator', 'indicators/qiongjiang-lvdao-sanqi-licheng.yaml', true],
		['update', 'updates/2026-12-qiongjiang-lvdao-sanqi.md', true],
		['unit', 'units/quwei-bangongshi.yaml', false],
	])('%s: writes the template, which fails the check until filled in and then passes', async (kind, relative, dated) => {
		const { root, contentDir } = await project();
		const slug = path.basename(relative, path.extname(relative));
		const run = runNew(contentDir, root, kind, slug);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(`content/${relative}`);

		const file = path.join(contentDir, relative);
		const written = await readFile(file, 'utf8');
		// A unit has no dates to fill in.
		if (dated) expect(written).toContain(`${TODAY}`);
		expect(written).not.toContain('{{today}}');
		const unfilled = (await checkContent(contentDir, root, { today: TODAY })).problems;
		expect(unfilled.length).toBeGreaterThan(0);
		expect(unfilled.every((problem) => problem.file === `content/${relative}` && problem.rule === 'placeholder' && problem.severity === 'error')).toBe(true);

		await writeFile(file, fillIn(written));
		const { problems } = await checkContent(contentDir, root, { today: TODAY });
		expect(problems.map(brief)).toEqual([]);
	});

	it.each([
		['initiative', 'initiative.md', 'initiatives'],
		['indicator', 'indicator.yaml', 'indicators'],
		['update', 'update.md', 'updates'],
		['unit', 'unit.yaml', 'units'],
	] as const)('the %s template has every field of the schema, each with a Chinese comment above it', async (_kind, template, collection) => {
		const text = renderTemplate(await readFile(path.join(TEMPLATES, template), 'utf8'), COLLECTIONS[collection].schema, template);
		const yaml = template.endsWith('.md') ? (text.split(/^---$/m)[1] ?? '') : text;
		const lines = yaml.split('\n');
		// A field is a top-level key, written or commented out (optional): `key:` or `# key:`.
		const fields = lines.flatMap((line) => /^(?:# )?([a-z_]+):/.exec(line)?.[1] ?? []);
		expect([...new Set(fields)].sort()).toEqual([...knownKeysAt(COLLECTIONS[collection].schema, [])].sort());
		lines.forEach((line, index) => {
			if (!/^(?:# )?[a-z_]+:/.test(line)) return;
			const above = lines
				.slice(0, index)
				.reverse()
				.find((candidate) => !/^# {1,3}(?:[a-z_]+:|- |\s)/.test(candidate) || /[\u4e00-\u9fff]/.test(candidate));
			expect(above, `comment above ${line}`).toMatch(/^#.*[\u4e00-\u9fff]/);
		});
		// Uncommenting every optional field still gives valid YAML.
		expect(() => parse(yaml.replace(/^# (?=\s*(?:[a-z_]+:|- ))/gm, ''))).not.toThrow();
	});

	it('refuses an existing file, in either extension the folder takes, and leaves it alone', async () => {
		const { root, contentDir } = await project();
		const existing = path.join(contentDir, 'initiatives/gongye-yuanqu-tizhi.mdx');
		const before = await readFile(existing, 'utf8');
		const run = runNew(contentDir, root, 'initiative', 'gongye-yuanqu-tizhi');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('举措“gongye-yuanqu-tizhi”已经存在：content/initiatives/gongye-yuanqu-tizhi.mdx。请直接编辑该文件，或换一个文件名');
		expect(await readFile(existing, 'utf8')).toBe(before);
	});

	it('refuses an invalid file name, suggesting a valid one where there is one', async () => {
		const { root, contentDir } = await project();
		const upper = runNew(contentDir, root, 'update', 'My_Update');
		expect(upper.status).toBe(1);
		expect(upper.stderr).toContain('文件名“My_Update”不可用：只能使用小写英文字母、数字和连字符（不能用中文、空格或大写），可改为 my-update（invalid slug）');
		const chinese = runNew(contentDir, root, 'initiative', '琼江三期');
		expect(chinese.status).toBe(1);
		expect(chinese.stderr).toContain('请改用拼音或英文，如 qiongjiang-lvdao-sanqi');
	});

	it('refuses an unknown kind or missing arguments with the usage line', async () => {
		const { root, contentDir } = await project();
		const unknown = runNew(contentDir, root, 'story', 'x');
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toContain('不认识的内容类型“story”，只能是 initiative（举措）、indicator（指标）或 update（动态）');
		const missing = runNew(contentDir, root, 'initiative');
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('用法：npm run new -- initiative|indicator|update 文件名');
	});
});
