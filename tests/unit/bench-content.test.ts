/**
 * The bench's synthetic content must stay valid as the content model grows: once, a new
 * reference from the real benchmarks to real indicators made every bench build fail the check.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitHistory, generateContent } from '../../scripts/bench/generate.ts';
import { checkContent } from '../../src/validation/check-content.ts';

describe('the bench’s synthetic content', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'anju-bench-content-'));
	const content = path.join(dir, 'content');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('passes the content check with no errors', async () => {
		generateContent(path.resolve('.'), content, { initiatives: 12, indicators: 12, seed: 1 });
		const { problems } = await checkContent(content, path.resolve('.'));
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
	});

	it('has a two-commit history, the second revising every synthetic indicator', () => {
		expect(commitHistory(content)).toBe(true);
		const git = (...args: string[]) => spawnSync('git', args, { cwd: content, encoding: 'utf8' }).stdout.trim().split('\n');
		expect(git('log', '--format=%s %aI')).toEqual(['修订指标数值 2026-11-01T09:00:00+08:00', '首次发布 2026-10-01T09:00:00+08:00']);
		const revised = git('show', '--name-only', '--format=', 'HEAD');
		expect(revised).toHaveLength(12);
		expect(revised.every((file) => file.startsWith('indicators/bench-'))).toBe(true);
	});
});
