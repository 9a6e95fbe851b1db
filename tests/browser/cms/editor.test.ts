/**
 * The web editor end to end, in Chromium: `npm run cms`'s servers (scripts/cms/server.ts)
 * against a temporary copy of content/, never the real one. A member of staff opens an
 * initiative, changes its status and reason and publishes; the file on disk must then hold
 * exactly that change and still pass `npm run check`.
 *
 * The editor runs under its own Content-Security-Policy (src/security/csp.ts adminDirectives):
 * the whole session must raise no violation, so the policy allows what Decap needs and no more.
 *
 * Both decap-server modes: `fs` (what `npm run cms` uses: saving writes the file) and `git`
 * (`npm run cms -- --workflow`: the 三审 steps 草稿 → 审核中 → 待签发 → 已发布 on branches).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type CmsMode } from '../../../scripts/cms/server.ts';
import { initiativeSchema } from '../../../src/schemas/initiative.ts';
import { launchChromium } from '../chromium.ts';
import { cspViolations, recordCspViolations } from '../csp-violations.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const SLUG = 'fenghuang-xincheng';
const TITLE = '凤凰新城规划建设';
const REASON = '第二批片区基础设施受征地拆迁影响，预计推迟一个季度完成。';
const file = (repo: string) => path.join(repo, 'content/initiatives', `${SLUG}.md`);

/** A copy of content/ in a temporary folder; for `git`, a repository with one commit on main. */
function workspace(mode: CmsMode): string {
	const repo = mkdtempSync(path.join(tmpdir(), 'anju-cms-'));
	cpSync(path.join(root, 'content'), path.join(repo, 'content'), { recursive: true });
	if (mode === 'git') {
		const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
		git('init', '--quiet', '--initial-branch=main');
		git('config', 'user.name', '网页编辑器测试');
		git('config', 'user.email', 'cms-test@example.gov.cn');
		git('config', 'commit.gpgsign', 'false');
		git('add', '--all');
		git('commit', '--quiet', '--message', '初始内容');
	}
	return repo;
}

/** The entry as the site reads it: front matter through the schema (so `2026-11-08` and "2026-11-08" are alike) and the body. */
function readEntry(repo: string) {
	const { data, content } = matter(readFileSync(file(repo), 'utf8'));
	return { data: initiativeSchema.parse(data), body: content.trim() };
}

/** The input of the field with this label (Decap links each label to its input by id). */
async function field(page: Page, label: string) {
	const labels = page.locator('label').filter({ hasText: new RegExp(`^${label}( \\(可选\\))?$`) });
	const id = await labels.first().getAttribute('for');
	return page.locator(`[id="${id}"]`);
}

/** Waits for `condition`; one that throws counts as not yet (the server may be half-way through writing the file). */
async function until(condition: () => boolean, what: string): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if (condition()) return;
		} catch {
			// Not yet readable: try again.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`timed out waiting for ${what}`);
}

describe('the web editor (Decap CMS at /admin/)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const mode of ['fs', 'git'] as const) {
		it(`changes an initiative's status and reason through the editor (${mode} mode)`, async () => {
			const repo = workspace(mode);
			const cms = await startCms({ repoDir: repo, mode });
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
			await recordCspViolations(context);
			const page = await context.newPage();
			page.on('dialog', (dialog) => void dialog.accept());
			try {
				const before = readEntry(repo);

				await page.goto(cms.url);
				await page.getByRole('button', { name: '登录' }).click();
				await page.getByRole('link', { name: '推进举措' }).first().click();
				await page.getByText(TITLE, { exact: true }).click();

				await (await field(page, '推进状态')).click();
				await page.getByRole('option', { name: '进度滞后', exact: true }).click();
				await (await field(page, '状态原因')).fill(REASON);
				// The preview pane shows the change as the site will: the badge in symbol and words, and the reason.
				const preview = page.locator('iframe').first().contentFrame();
				await preview.locator('.status-badge.status-bad', { hasText: '◆ 进度滞后' }).waitFor();
				await preview.getByText(`原因说明：${REASON}`).waitFor();

				if (mode === 'git') {
					await page.getByRole('button', { name: '保存', exact: true }).click();
					await page.getByText('修改已保存').waitFor();
					// A draft lives on its own branch: the site's copy is untouched until it is published.
					expect(readEntry(repo)).toEqual(before);
					for (const [from, to] of [
						['草稿', '审核中'],
						['审核中', '待签发'],
					] as const) {
						await page.getByRole('button', { name: `状态：${from}` }).click();
						await page.getByRole('menuitem', { name: to }).click();
						await page.getByRole('button', { name: `状态：${to}` }).waitFor();
					}
				}
				await page.getByRole('button', { name: '发布', exact: true }).click();
				await page.getByRole('menuitem', { name: '立即发布' }).click();

				await until(() => readEntry(repo).data.status === 'delayed', 'the file to change on disk');
				const after = readEntry(repo);
				expect(after.data).toEqual({ ...before.data, status: 'delayed', status_reason: REASON });
				expect(after.body).toBe(before.body);
				expect(await cspViolations(page)).toEqual([]);

				const check = spawnSync(process.execPath, ['scripts/check-content.ts'], {
					cwd: root,
					env: { ...process.env, CONTENT_DIR: path.join(repo, 'content') },
					encoding: 'utf8',
				});
				expect(check.status, check.stdout + check.stderr).toBe(0);
			} finally {
				await context.close();
				await cms.close();
				rmSync(repo, { recursive: true, force: true });
			}
		});
	}
});
