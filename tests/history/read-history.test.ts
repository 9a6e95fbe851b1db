/**
 * The revision history read from a temporary git repository with scripted commits at fixed
 * dates (src/history/read-history.ts): field-level lines, the order, merges, the cache, and the
 * fallbacks for a shallow clone, a folder outside any repository and a machine without git.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readBlobs, type BlobReader } from '../../src/history/read-blobs.ts';
import { readHistory, type AvailableHistory } from '../../src/history/read-history.ts';
import { indicatorFile, initiativeFile, updateFile } from './content-files.ts';
import { tempRepo, type TempRepo } from './git-repo.ts';

/** The content folder sits below the repository's top, as CONTENT_DIR may put it. */
const CONTENT = 'site/content';

let repo: TempRepo;
let contentDir: string;
let cacheDir: string;
const commits: Record<string, string> = {};

beforeAll(() => {
	repo = tempRepo();
	contentDir = path.join(repo.root, CONTENT);
	cacheDir = mkdtempSync(path.join(os.tmpdir(), 'anju-history-cache-'));
	const write = (file: string, text: string) => repo.write(`${CONTENT}/${file}`, text);
	write('initiatives/qiongjiang.md', initiativeFile({ status: 'on_track' }));
	write(
		'indicators/lvdao.yaml',
		indicatorFile([
			['2024', 30],
			['2025', 39.5],
		]),
	);
	write('indicators/old.yaml', indicatorFile([['2024', 1]]));
	write('site.yaml', 'title: 站\n');
	repo.write('README.md', 'outside the content folder\n');
	commits.first = repo.commit('首次发布', '2026-09-01T10:00:00+08:00');

	write('initiatives/qiongjiang.md', initiativeFile({ status: 'on_track', body: '改写后的建设情况。' }));
	commits.body = repo.commit('正文', '2026-10-15T10:00:00+08:00');

	repo.write('README.md', 'only outside\n');
	repo.commit('outside only', '2026-10-20T10:00:00+08:00');

	// 20:00 UTC on the 29th is already the 30th in Beijing.
	write('initiatives/qiongjiang.md', initiativeFile({ status: 'delayed', reason: '征地拆迁进度慢于预期。', body: '改写后的建设情况。' }));
	write(
		'indicators/lvdao.yaml',
		indicatorFile([
			['2024', 30],
			['2025', 39.8],
			['2026', 45.3],
		]),
	);
	commits.status = repo.commit('状态和数据', '2026-11-29T20:00:00Z');

	// The web editor's workflow: a branch per entry, merged with a merge commit of its own.
	repo.git(['checkout', '-q', '-b', 'cms/updates/2026-12-x']);
	write('updates/2026-12-x.md', updateFile('十二月进展'));
	commits.update = repo.commit('Create Updates “2026-12-x”', '2026-12-01T09:00:00+08:00');
	repo.git(['checkout', '-q', 'main']);
	repo.write('README.md', 'on main meanwhile\n');
	repo.commit('main meanwhile', '2026-12-01T10:00:00+08:00');
	repo.git(['merge', '-q', '--no-ff', '-m', 'merge', 'cms/updates/2026-12-x'], '2026-12-02T10:00:00+08:00');

	repo.remove(`${CONTENT}/indicators/old.yaml`);
	commits.deleted = repo.commit('删除旧指标', '2026-12-03T10:00:00+08:00');
});

afterAll(() => {
	repo.dispose();
	rmSync(cacheDir, { recursive: true, force: true });
});

/** A blob reader that counts the blobs asked for. */
function countingReader(): { reader: BlobReader; asked: string[] } {
	const asked: string[] = [];
	return {
		asked,
		reader: (repository, names) => {
			asked.push(...names);
			return readBlobs(repository, names);
		},
	};
}

async function history(reader?: BlobReader): Promise<AvailableHistory> {
	const read = await readHistory({ contentDir, cacheDir, ...(reader === undefined ? {} : { readBlobs: reader }) });
	if (!read.available) throw new Error(`history unavailable: ${read.reason} ${read.detail ?? ''}`);
	return read;
}

describe('readHistory', () => {
	it('lists every change to an entry, newest first, then by file, without merges or files that are not entries', async () => {
		const { changes } = await history();
		expect(changes.map((change) => [change.commit, change.file, change.kind])).toEqual([
			[commits.deleted, 'indicators/old.yaml', 'deleted'],
			[commits.update, 'updates/2026-12-x.md', 'added'],
			[commits.status, 'indicators/lvdao.yaml', 'modified'],
			[commits.status, 'initiatives/qiongjiang.md', 'modified'],
			[commits.body, 'initiatives/qiongjiang.md', 'modified'],
			[commits.first, 'indicators/lvdao.yaml', 'added'],
			[commits.first, 'indicators/old.yaml', 'added'],
			[commits.first, 'initiatives/qiongjiang.md', 'added'],
		]);
	});

	it('describes a status change, a reason, a value revision and a new period, dated in Beijing time', async () => {
		const { changes } = await history();
		const status = changes.filter((change) => change.commit === commits.status);
		expect(
			status.map(({ date, collection, slug, title, lines, sample, categories }) => ({ date, collection, slug, title, lines, sample, categories })),
		).toEqual([
			{
				date: '2026-11-30',
				collection: 'indicators',
				slug: 'lvdao',
				title: '琼江生态走廊绿道建成里程',
				lines: ['2025年数值：39.5 → 39.8', '新增2026年数值：45.3'],
				sample: true,
				categories: ['data'],
			},
			{
				date: '2026-11-30',
				collection: 'initiatives',
				slug: 'qiongjiang',
				title: '琼江生态走廊建设',
				lines: ['推进状态：按计划推进 → 进度滞后', '状态原因：新增“征地拆迁进度慢于预期。”'],
				sample: true,
				categories: ['status'],
			},
		]);
	});

	it('says 首次发布, 正文修改 and 删除, and counts the web editor’s branch commits like any other', async () => {
		const { changes } = await history();
		const of = (commit: string | undefined, file: string) => changes.find((change) => change.commit === commit && change.file === file);
		expect(of(commits.first, 'initiatives/qiongjiang.md')).toMatchObject({ date: '2026-09-01', lines: ['首次发布'], categories: ['status'] });
		expect(of(commits.body, 'initiatives/qiongjiang.md')).toMatchObject({ date: '2026-10-15', lines: ['正文修改'], categories: ['text'] });
		expect(of(commits.update, 'updates/2026-12-x.md')).toMatchObject({ lines: ['首次发布'], sample: false, categories: ['new-update'], title: '十二月进展' });
		expect(of(commits.deleted, 'indicators/old.yaml')).toMatchObject({ lines: ['删除'], sample: true });
	});

	it('reads the blobs of each commit once: a second read takes every commit from the cache', async () => {
		const fresh = mkdtempSync(path.join(os.tmpdir(), 'anju-history-cache-'));
		try {
			const cold = countingReader();
			const first = await readHistory({ contentDir, cacheDir: fresh, readBlobs: cold.reader });
			expect(cold.asked.length).toBeGreaterThan(0);
			const warm = countingReader();
			const second = await readHistory({ contentDir, cacheDir: fresh, readBlobs: warm.reader });
			expect(warm.asked).toEqual([]);
			expect(second).toEqual(first);

			// A damaged cache file is ignored and that commit alone is read again.
			const damaged = readdirSync(fresh).find((name) => name.endsWith(`${commits.status}.json`));
			expect(damaged).toBeDefined();
			writeFileSync(path.join(fresh, damaged ?? ''), '{"version": "1-x", "changes": [{"lines": "<script>"}]');
			const again = countingReader();
			expect(await readHistory({ contentDir, cacheDir: fresh, readBlobs: again.reader })).toEqual(first);
			expect(again.asked).toHaveLength(4);
		} finally {
			rmSync(fresh, { recursive: true, force: true });
		}
	});

	it('is unavailable, without throwing, in a shallow clone', async () => {
		const clone = mkdtempSync(path.join(os.tmpdir(), 'anju-history-shallow-'));
		try {
			execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
			expect(await readHistory({ contentDir: path.join(clone, CONTENT), cacheDir })).toEqual({ available: false, reason: 'shallow' });
		} finally {
			rmSync(clone, { recursive: true, force: true });
		}
	});

	it('is unavailable, without throwing, for a folder in no repository and on a machine without git', async () => {
		const plain = mkdtempSync(path.join(os.tmpdir(), 'anju-history-plain-'));
		try {
			expect(await readHistory({ contentDir: plain, cacheDir })).toMatchObject({ available: false, reason: 'not-a-repository' });
			expect(await readHistory({ contentDir: path.join(plain, 'missing'), cacheDir })).toMatchObject({ available: false, reason: 'not-a-repository' });
			vi.stubEnv('PATH', plain);
			expect(await readHistory({ contentDir, cacheDir })).toEqual({ available: false, reason: 'no-git' });
		} finally {
			vi.unstubAllEnvs();
			rmSync(plain, { recursive: true, force: true });
		}
	});
});

describe('a file renamed to another extension of its collection', () => {
	it('is one modification of the entry, not a deletion and a first publication', async () => {
		const renamed = tempRepo();
		const cache = mkdtempSync(path.join(os.tmpdir(), 'anju-history-cache-'));
		try {
			renamed.write('initiatives/qiongjiang.md', initiativeFile({ status: 'on_track' }));
			renamed.commit('md', '2026-11-01T10:00:00+08:00');
			renamed.remove('initiatives/qiongjiang.md');
			renamed.write('initiatives/qiongjiang.mdx', initiativeFile({ status: 'on_track', body: '<Callout>新正文</Callout>' }));
			const commit = renamed.commit('mdx', '2026-11-02T10:00:00+08:00');
			const read = await readHistory({ contentDir: renamed.root, cacheDir: cache });
			expect(read.available && read.changes.map(({ commit, file, kind, lines }) => ({ commit, file, kind, lines }))[0]).toEqual({
				commit,
				file: 'initiatives/qiongjiang.mdx',
				kind: 'modified',
				lines: ['正文修改'],
			});
		} finally {
			renamed.dispose();
			rmSync(cache, { recursive: true, force: true });
		}
	});
});
