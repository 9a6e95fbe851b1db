/**
 * docs/编辑指南.md: every example file it shows is a real file under docs/examples/ that
 * passes the check, every error message it quotes is real output of the check, and its
 * field and status tables cover the content model.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFieldTables } from '../../scripts/field-tables.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { termsSchema } from '../../src/schemas/terms.ts';
import { STATUS_INFO } from '../../src/utils/status.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { knownKeysAt } from '../../src/validation/schema-keys.ts';
import { brief, listFiles, makeBrokenContent, makeContent, PROJECT_ROOT, TODAY, TODAY_EPOCH, VALID_DIR } from './helpers.ts';

const GUIDE = path.join(PROJECT_ROOT, 'docs/编辑指南.md');
const EXAMPLES = path.join(PROJECT_ROOT, 'docs/examples');
const SCRIPT = path.join(PROJECT_ROOT, 'scripts/check-content.ts');

let guide: string;
const roots: string[] = [];
beforeAll(async () => {
	guide = await readFile(GUIDE, 'utf8');
});
afterAll(async () => {
	await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

/** The section of the guide under the `## ` heading that starts with `title`. */
function section(title: string): string {
	const start = guide.indexOf(`\n## ${title}`);
	expect(start, `section ${title}`).toBeGreaterThan(-1);
	const end = guide.indexOf('\n## ', start + 1);
	return guide.slice(start, end === -1 ? undefined : end);
}

/** A temp project whose content is a copy of `from`, with `overlay` folders copied in. */
async function project(from: string, overlay?: { dir: string; folders: readonly string[] }) {
	const root = await mkdtemp(path.join(os.tmpdir(), 'anju-guide-'));
	roots.push(root);
	await cp(from, path.join(root, 'content'), { recursive: true });
	for (const folder of overlay?.folders ?? []) await cp(path.join(overlay!.dir, folder), path.join(root, 'content', folder), { recursive: true });
	return root;
}

function runCheck(root: string, epoch: string): string {
	return spawnSync(process.execPath, [SCRIPT], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: path.join(root, 'content'), SOURCE_DATE_EPOCH: epoch },
		timeout: 60_000,
	}).stdout;
}

describe('the examples in the guide', () => {
	it('shows each file under docs/examples/ exactly as it is', async () => {
		const files = await listFiles(EXAMPLES);
		expect(files.length).toBeGreaterThanOrEqual(3);
		const shown = [...guide.matchAll(/^```\w+ (docs\/examples\/\S+)\n([\s\S]*?)^```$/gm)];
		expect(shown.map((match) => match[1]).sort()).toEqual(files.map((file) => `docs/examples/${file}`).sort());
		for (const [, file, text] of shown) expect(text, file).toBe(await readFile(path.join(PROJECT_ROOT, file as string), 'utf8'));
	});

	it('passes npm run check when added to the shipped content', async () => {
		const root = await project(path.join(PROJECT_ROOT, 'content'), { dir: EXAMPLES, folders: ['initiatives', 'indicators', 'updates'] });
		const { problems } = await checkContent(path.join(root, 'content'), root, { today: TODAY });
		const examples = (await listFiles(EXAMPLES)).map((file) => `content/${file}`);
		expect(problems.filter((problem) => examples.includes(problem.file)).map(brief)).toEqual([]);
		expect(problems.filter((problem) => problem.severity === 'error').map(brief)).toEqual([]);
	});
});

describe('the error messages in the guide', () => {
	it('quotes only real output of npm run check on the broken fixtures, one example per rule', async () => {
		const brokenContent = await makeBrokenContent();
		const withoutSite = await makeContent({ 'site.yaml': null });
		roots.push(brokenContent.root, withoutSite.root);
		const broken = runCheck(brokenContent.root, TODAY_EPOCH);
		// The stale-site example needs a build date long after the valid fixture's newest date.
		const late = runCheck(await project(VALID_DIR), String(Date.parse('2027-03-01T04:00:00Z') / 1000));
		// The missing-file example needs content without site.yaml.
		const unsited = runCheck(withoutSite.root, TODAY_EPOCH);
		const quoted = [...section('六、出错提示怎么看').matchAll(/^```text\n([\s\S]*?)^```$/gm)].flatMap((match) => (match[1] ?? '').trim().split('\n'));
		expect(quoted.length).toBeGreaterThanOrEqual(18);
		for (const line of quoted) expect(`${broken}\n${late}\n${unsited}`, line).toContain(`  ${line}\n`);
		const headings = [...section('六、出错提示怎么看').matchAll(/^### `([a-z-]+)`/gm)].map((match) => match[1]);
		for (const rule of headings)
			expect(
				quoted.some((line) => line.endsWith(`  ${rule}`)),
				rule,
			).toBe(true);
	});
});

describe('the field and status tables', () => {
	it('are the field tables the schemas give (npm run docs:fields rewrites them)', () => {
		expect(withFieldTables(guide)).toBe(guide);
	});

	it.each(['initiatives', 'indicators', 'updates'] as const)('describe every field of %s', (collection) => {
		const table = section('三、字段说明');
		for (const key of knownKeysAt(COLLECTIONS[collection].schema, [])) expect(table, key).toContain(`| \`${key}\` |`);
	});

	it('describe every field of terms.yaml', () => {
		for (const key of [...knownKeysAt(termsSchema, ['terms', 0])]) expect(section('三、字段说明'), key).toContain(`\`${key}\``);
	});

	it('give each status its label and say when a reason is required, as src/utils/status.ts does', () => {
		const table = section('四、状态的含义');
		for (const info of Object.values(STATUS_INFO)) {
			expect(table).toMatch(
				new RegExp(
					`^\\| \`${info.code}\` \\| ${info.symbol} ${info.label.replace(/[()（）]/g, '\\$&')} \\| .+ \\| ${info.needsReason ? '是' : '否'} \\|$`,
					'm',
				),
			);
		}
	});

	it('leaves a section for the web editor', () => {
		expect(guide).toMatch(/^## 在网页编辑器中编辑$/m);
	});
});

describe('docs/examples', () => {
	it('holds only content files, in the folders of content/', async () => {
		for (const file of await readdir(EXAMPLES)) expect(['initiatives', 'indicators', 'updates']).toContain(file);
	});
});
