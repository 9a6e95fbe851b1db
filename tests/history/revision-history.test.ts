/**
 * What readers get from the history: the 修订记录 section (src/components/RevisionHistory.astro,
 * through the Container API), the changes feed (src/data/changes-feed.ts as RSS) and the data
 * pages read (src/data/history.ts), from a temporary repository whose commits carry hostile text.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import RevisionHistory from '../../src/components/RevisionHistory.astro';
import { changesFeed } from '../../src/data/changes-feed.ts';
import type { PageHistory } from '../../src/data/history.ts';
import { QUOTE_LENGTH } from '../../src/history/describe-revision.ts';
import { readHistory, type AvailableHistory } from '../../src/history/read-history.ts';
import { rssFeed } from '../../src/utils/feed.ts';
import { indicatorFile, initiativeFile, updateFile } from './content-files.ts';
import { tempRepo, type TempRepo } from './git-repo.ts';

const HOSTILE = `<script>alert("x")</script>${'长'.repeat(5000)}`;

let repo: TempRepo;
let cacheDir: string;
let container: AstroContainer;
let history: AvailableHistory;
const commits: Record<string, string> = {};

beforeAll(async () => {
	repo = tempRepo();
	cacheDir = mkdtempSync(path.join(os.tmpdir(), 'anju-history-cache-'));
	repo.write('initiatives/qiongjiang.md', initiativeFile({ status: 'on_track' }));
	repo.write('indicators/lvdao.yaml', indicatorFile([['2025', 39.5]], false));
	commits.first = repo.commit('first', '2026-11-01T10:00:00+08:00');
	repo.write('initiatives/qiongjiang.md', initiativeFile({ status: 'at_risk', reason: HOSTILE }));
	repo.write('indicators/lvdao.yaml', indicatorFile([['2025', 39.8]], false));
	repo.write('updates/2026-12-x.md', updateFile('<b>十二月</b>进展', true));
	commits.hostile = repo.commit('hostile', '2026-11-30T10:00:00+08:00');
	const read = await readHistory({ contentDir: repo.root, cacheDir });
	if (!read.available) throw new Error(read.reason);
	history = read;
	container = await AstroContainer.create();
});

afterAll(() => {
	// src/data/history.ts keeps its cache in the project's .cache/history/: this repository's commits leave it again.
	const shared = path.resolve('.cache/history');
	const made = new Set(repo.git(['rev-list', '--all']).split('\n').filter(Boolean));
	for (const name of existsSync(shared) ? readdirSync(shared) : []) {
		if (
			made.has(
				name
					.replace(/\.json$/, '')
					.split('-')
					.at(-1) ?? '',
			)
		)
			rmSync(path.join(shared, name));
	}
	repo.dispose();
	rmSync(cacheDir, { recursive: true, force: true });
});

const render = (props: { history: PageHistory }) => container.renderToString(RevisionHistory, { props });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('RevisionHistory', () => {
	it('lists the page’s changes newest first, dated, line by line, marking changes to sample data', async () => {
		const changes = history.changes.filter((change) => change.slug === 'qiongjiang');
		const html = await render({ history: { available: true, changes } });
		expect(html).toMatch(/<h2 id="history"[^>]*>修订记录<\/h2>/);
		expect(html).toMatch(/<time datetime="2026-11-30"[^>]*>2026年11月30日<\/time>/);
		const plain = text(html);
		expect(plain.indexOf('2026年11月30日')).toBeLessThan(plain.indexOf('2026年11月1日'));
		expect(plain).toContain('推进状态：按计划推进 → 存在困难');
		expect(plain).toContain('首次发布');
		expect(html.match(/class="sample-label/g)).toHaveLength(2);
		expect(html).toContain(`id="rev-${commits.hostile?.slice(0, 12)}"`);
	});

	it('escapes hostile text from a commit and cuts it short', async () => {
		const changes = history.changes.filter((change) => change.slug === 'qiongjiang');
		const html = await render({ history: { available: true, changes } });
		expect(html).not.toContain('<script>');
		expect(html).toContain('状态原因：新增“&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
		const reason = changes[0]?.lines.find((line) => line.startsWith('状态原因'));
		expect(reason).toBe(`状态原因：新增“<script>alert("x")</script>${'长'.repeat(QUOTE_LENGTH - 27)}…”`);
		expect(html).not.toContain('长'.repeat(QUOTE_LENGTH));
	});

	it('says plainly why the history is unavailable, and when a page has none yet', async () => {
		expect(text(await render({ history: { available: false, reason: 'shallow' } }))).toContain('本站构建时未取得完整的版本记录（浅克隆），修订记录暂不显示。');
		expect(text(await render({ history: { available: false, reason: 'no-git' } }))).toContain('本站构建时未安装 Git');
		expect(text(await render({ history: { available: true, changes: [] } }))).toContain('暂无修订记录');
	});
});

describe('the changes feed', () => {
	it('is well-formed RSS of status changes, data revisions and new updates, sample data marked, each linked to its revision', async () => {
		const changes = history.changes.map((change) => ({ ...change, href: `/ztzl/${change.collection}/${change.slug}/` }));
		const response = await rssFeed(changesFeed({ title: '安居区', host_org: '安居区人民政府' }, new URL('https://www.example.gov.cn'), changes));
		const doc = new JSDOM(await response.text(), { contentType: 'application/xml' }).window.document;
		expect(doc.querySelector('parsererror')).toBeNull();
		expect(doc.querySelector('channel > title')?.textContent).toBe('安居区：修订记录');
		const items = [...doc.querySelectorAll('item')].map((item) => ({
			title: item.querySelector('title')?.textContent,
			link: item.querySelector('link')?.textContent,
			description: item.querySelector('description')?.textContent,
		}));
		// The first commit's initiative and indicator are new, so they count as a status and as data.
		expect(items.map((item) => item.title)).toEqual([
			'琼江生态走廊绿道建成里程（数据修订）',
			'琼江生态走廊建设（状态变化）',
			'<b>十二月</b>进展（新增动态）',
			'琼江生态走廊绿道建成里程（数据修订）',
			'琼江生态走廊建设（状态变化）',
		]);
		expect(items[0]).toEqual({
			title: '琼江生态走廊绿道建成里程（数据修订）',
			link: `https://www.example.gov.cn/ztzl/indicators/lvdao/#rev-${commits.hostile?.slice(0, 12)}`,
			description: '2025年数值：39.5 → 39.8',
		});
		expect(items[1]?.description).toMatch(/^【示例数据】推进状态：按计划推进 → 存在困难；状态原因：新增“<script>/);
		expect(items[2]?.description).toBe('【示例数据】首次发布');
	});

	it('leaves out changes without a page to link to', () => {
		expect(changesFeed({ title: '站', host_org: '主办' }, new URL('https://example.org'), history.changes).items).toEqual([]);
	});
});

describe('the history pages read', () => {
	it('comes from the content folder CONTENT_DIR names: each entry’s changes, and the latest linked while the entry exists', async () => {
		vi.stubEnv('CONTENT_DIR', repo.root);
		vi.resetModules();
		try {
			const { getLatestChanges, getPageHistory } = await import('../../src/data/history.ts');
			const page = await getPageHistory('initiatives', 'qiongjiang');
			expect(page.available && page.changes.map((change) => change.lines[0])).toEqual(['推进状态：按计划推进 → 存在困难', '首次发布']);
			expect(await getPageHistory('initiatives', 'nothing')).toEqual({ available: true, changes: [] });
			const latest = await getLatestChanges();
			expect(latest.available && latest.changes.map((change) => change.href)).toEqual([
				`${import.meta.env.BASE_URL}indicators/lvdao/`,
				`${import.meta.env.BASE_URL}initiatives/qiongjiang/`,
				`${import.meta.env.BASE_URL}updates/2026-12-x/`,
				`${import.meta.env.BASE_URL}indicators/lvdao/`,
				`${import.meta.env.BASE_URL}initiatives/qiongjiang/`,
			]);

			// Once the update is deleted, its changes stay listed but link nowhere.
			repo.remove('updates/2026-12-x.md');
			repo.commit('delete', '2026-12-01T10:00:00+08:00');
			vi.resetModules();
			const after = await (await import('../../src/data/history.ts')).getLatestChanges();
			expect(after.available && after.changes.filter((change) => change.slug === '2026-12-x').map(({ lines, href }) => ({ lines, href }))).toEqual([
				{ lines: ['删除'], href: undefined },
				{ lines: ['首次发布'], href: undefined },
			]);
		} finally {
			vi.unstubAllEnvs();
		}
	});
});
