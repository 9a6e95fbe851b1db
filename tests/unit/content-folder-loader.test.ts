/**
 * The content loader keeps Astro's stored entries for files that did not change, so a rebuild
 * after one edit parses one file; removed files leave the store. A fake LoaderContext stands in
 * for Astro's, with parseData counting the files it is given.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFolder, loaderFingerprint } from '../../src/loaders/content-folder.ts';

type Stored = { id: string; data: unknown; digest?: string | number };

function fakeContext() {
	const entries = new Map<string, Stored>();
	const parsed: string[] = [];
	const context = {
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: Stored) => (entries.set(entry.id, entry), true),
			delete: (id: string) => void entries.delete(id),
			keys: () => [...entries.keys()],
			clear: () => entries.clear(),
		},
		parseData: async ({ id, data }: { id: string; data: unknown }) => (parsed.push(id), data),
		generateDigest: (input: string) => createHash('sha256').update(input).digest('hex'),
		logger: { warn: () => undefined },
	};
	return { context: context as unknown as LoaderContext, entries, parsed };
}

describe('the content folder loader', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'anju-loader-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const write = (name: string, value: number) => writeFileSync(path.join(dir, name), `title: 指标${value}\nvalue: ${value}\n`);

	it('parses every file once, then only the files whose bytes changed, and drops removed files', async () => {
		for (const [index, name] of ['a.yaml', 'b.yaml', 'c.yaml'].entries()) write(name, index);
		const loader = contentFolder({ folder: dir, extensions: ['.yaml'] });
		const { context, entries, parsed } = fakeContext();
		await loader.load(context);
		expect(parsed.sort()).toEqual(['a', 'b', 'c']);

		parsed.length = 0;
		await loader.load(context);
		expect(parsed).toEqual([]);

		write('b.yaml', 42);
		unlinkSync(path.join(dir, 'c.yaml'));
		await loader.load(context);
		expect(parsed).toEqual(['b']);
		expect([...entries.keys()].sort()).toEqual(['a', 'b']);
		expect(entries.get('b')?.data).toEqual({ title: '指标42', value: 42 });
	});

	it('fingerprints its own sources, so changed schemas or reader code load every file again', () => {
		const project = mkdtempSync(path.join(tmpdir(), 'anju-loader-project-'));
		try {
			cpSync(path.resolve('src'), path.join(project, 'src'), { recursive: true });
			const before = loaderFingerprint(project);
			expect(before).toMatch(/^[0-9a-f]{64}$/);
			expect(loaderFingerprint(project)).toBe(before);
			// Any other file may change freely.
			writeFileSync(path.join(project, 'src', 'pages', 'extra.ts'), 'export {};\n');
			expect(loaderFingerprint(project)).toBe(before);
			writeFileSync(path.join(project, 'src', 'schemas', 'indicator.ts'), '// changed\n', { flag: 'a' });
			expect(loaderFingerprint(project)).not.toBe(before);
			// Without the sources there is nothing to compare: a fresh value each time, so everything is read.
			rmSync(path.join(project, 'src'), { recursive: true });
			expect(loaderFingerprint(project)).not.toBe(loaderFingerprint(project));
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	});
});
