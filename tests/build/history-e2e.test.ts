/**
 * The history end to end: the real content committed to a temporary repository, an initiative's
 * status changed in a commit dated 2026-11-30, the site rebuilt from it exactly as `npm run build`
 * builds; the change is on the initiative's 修订记录, on /changes/ and in changes.xml.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRepo, type TempRepo } from '../history/git-repo.ts';
import { PROJECT_ROOT } from '../validation/helpers.ts';

const INITIATIVE = 'fenghuang-xincheng';
const FILE = `content/initiatives/${INITIATIVE}.md`;
const REASON = '核心区征地拆迁晚于计划，基础设施建设相应推迟。';

let repo: TempRepo;
let dist: string;
beforeAll(() => {
	repo = tempRepo('anju-history-e2e-');
	cpSync(path.join(PROJECT_ROOT, 'content'), path.join(repo.root, 'content'), { recursive: true });
	repo.commit('首次发布', '2026-11-01T10:00:00+08:00');
	const before = readFileSync(path.join(repo.root, FILE), 'utf8');
	expect(before).toMatch(/^status: on_track$/m);
	repo.write(FILE, before.replace(/^status: on_track$/m, `status: delayed\nstatus_reason: ${REASON}`));
	repo.commit('更新凤凰新城推进状态', '2026-11-30T16:00:00+08:00');

	dist = path.join(repo.root, 'dist');
	const run = spawnSync(process.execPath, ['scripts/build.ts', '--out-dir', dist], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, CONTENT_DIR: path.join(repo.root, 'content'), SOURCE_DATE_EPOCH: String(Date.parse('2026-12-01T04:00:00Z') / 1000) },
		encoding: 'utf8',
		timeout: 300_000,
	});
	expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}, 320_000);
afterAll(() => repo.dispose());

/** A page's text without tags and with spaces collapsed. */
const pageText = (page: string) =>
	readFileSync(path.join(dist, page), 'utf8')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');

describe('a status change committed on 2026-11-30', () => {
	it('is the newest entry of the initiative’s 修订记录, field by field, above its first publication', () => {
		const text = pageText(`initiatives/${INITIATIVE}/index.html`);
		const history = text.slice(text.indexOf('修订记录'));
		expect(history).toMatch(/2026年11月30日 示例数据 推进状态：按计划推进 → 进度滞后 状态原因：新增“核心区征地拆迁晚于计划/);
		expect(history.indexOf('2026年11月30日')).toBeLessThan(history.indexOf('2026年11月1日'));
		expect(history).toMatch(/2026年11月1日 示例数据 首次发布/);
	});

	it('is listed on /changes/ under its date, linking to the initiative', () => {
		const html = readFileSync(path.join(dist, 'changes/index.html'), 'utf8');
		const day = html.slice(html.indexOf('2026年11月30日'));
		expect(day).toMatch(new RegExp(`<a href="/initiatives/${INITIATIVE}/(#rev-[0-9a-f]{12})?"[^>]*>`));
		expect(pageText('changes/index.html')).toContain('推进状态：按计划推进 → 进度滞后');
	});

	it('is an item of changes.xml, dated that day and marked as sample data', () => {
		const xml = readFileSync(path.join(dist, 'changes.xml'), 'utf8');
		const item = xml.split('<item>').find((part) => part.includes(`/initiatives/${INITIATIVE}/`) && part.includes('进度滞后'));
		expect(item).toBeDefined();
		const published = new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(item ?? '')?.[1] ?? '');
		expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(published)).toBe('2026-11-30');
		expect(item).toContain('【示例数据】');
		expect(item).toContain('推进状态：按计划推进 → 进度滞后');
	});
});
