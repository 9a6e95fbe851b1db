/**
 * `npm run build` replaces the output only when everything succeeded: after a failed build
 * the previous site is still complete and deployable, and nothing half-built is left behind.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';

const root = path.resolve(import.meta.dirname, '../..');

function runBuild(outDir: string, env: NodeJS.ProcessEnv = {}) {
	return spawnSync(process.execPath, ['scripts/build.ts', '--out-dir', outDir], {
		cwd: root,
		env: { ...process.env, ...env },
		encoding: 'utf8',
	});
}

/** Every file under a folder with its bytes, to compare two states of the output. */
function snapshot(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(
		files.map((entry) => {
			const file = path.join(entry.parentPath, entry.name);
			return [path.relative(dir, file), readFileSync(file).toString('base64')];
		}),
	);
}

describe('the build', () => {
	let work: string;
	let outDir: string;
	beforeAll(() => {
		work = mkdtempSync(path.join(tmpdir(), 'anju-atomic-'));
		outDir = path.join(work, 'dist');
		cpSync(builtSite('root').dist, outDir, { recursive: true });
	});
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('keeps the previous output untouched when the content has errors', () => {
		const broken = path.join(work, 'content');
		cpSync(path.join(root, 'content'), broken, { recursive: true });
		const initiative = path.join(broken, 'initiatives', readdirSync(path.join(broken, 'initiatives'))[0] ?? '');
		writeFileSync(initiative, readFileSync(initiative, 'utf8').replace(/^status: .*$/m, 'status: finished'));
		const before = snapshot(outDir);

		const result = runBuild(outDir, { CONTENT_DIR: broken });

		expect(result.status).toBe(1);
		expect(result.stdout).toContain('status');
		expect(result.stderr).toContain('内容有错误');
		expect(result.stderr).toContain('保持不变');
		expect(snapshot(outDir)).toEqual(before);
		expect(readdirSync(work).sort()).toEqual(['content', 'dist']);
	});

	// A fixed build date and address, so that the two builds below may be compared byte for byte.
	const fixed = { SOURCE_DATE_EPOCH: '1764547200', SITE_URL: builtSite('root').siteUrl };

	it('replaces the whole output, leaving no stale files, when the build succeeds', () => {
		writeFileSync(path.join(outDir, 'stale.html'), '<p>old</p>');

		const result = runBuild(outDir, fixed);

		expect(result.status, result.stderr).toBe(0);
		const files = snapshot(outDir);
		expect(files.has('stale.html')).toBe(false);
		expect(files.has('index.html')).toBe(true);
		expect([...files.keys()].some((file) => file.startsWith('pagefind/'))).toBe(true);
		expect(readdirSync(work).sort()).toEqual(['content', 'dist']);
	});

	it('gives byte-identical output for the same input, although its steps run side by side', () => {
		const again = path.join(work, 'again');
		try {
			const result = runBuild(again, fixed);
			expect(result.status, result.stderr).toBe(0);
			const first = snapshot(outDir);
			const second = snapshot(again);
			expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
			expect([...second.keys()].filter((file) => second.get(file) !== first.get(file))).toEqual([]);
		} finally {
			rmSync(again, { recursive: true, force: true });
		}
	});
});
