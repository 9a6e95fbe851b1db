import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPhases, recordPhase, startPhase } from '../../src/utils/build-timings.ts';

describe('build phase timings', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'anju-timings-'));
	const file = path.join(dir, 'timings.jsonl');
	afterEach(() => {
		delete process.env['ANJU_BUILD_TIMINGS'];
		rmSync(file, { force: true });
	});

	it('writes nothing unless ANJU_BUILD_TIMINGS names a file', () => {
		startPhase().end('内容检查');
		expect(() => readFileSync(file)).toThrow();
	});

	it('appends one line per phase, with wall and CPU seconds, and sums a phase recorded twice', () => {
		process.env['ANJU_BUILD_TIMINGS'] = file;
		writeFileSync(file, '');
		const clock = startPhase();
		for (let spin = performance.now(); performance.now() - spin < 20;);
		clock.end('内容检查');
		recordPhase({ phase: '压缩副本', wall_s: 1, cpu_s: 2 });
		recordPhase({ phase: '压缩副本', wall_s: 0.5, cpu_s: 0.25 });
		const [check, compress, ...rest] = readPhases(file);
		expect(rest).toEqual([]);
		expect(check?.phase).toBe('内容检查');
		expect(check?.wall_s).toBeGreaterThanOrEqual(0.02);
		expect(check?.cpu_s).toBeGreaterThan(0);
		expect(compress).toEqual({ phase: '压缩副本', wall_s: 1.5, cpu_s: 2.25 });
	});
});
