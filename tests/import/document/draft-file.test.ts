/** The draft's file: a free name, and the template's text with the values read from the document. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftSlug, draftText, REVIEW_LINE } from '../../../src/import/document/draft-file.ts';

describe('draftText', () => {
	it('keeps the template’s placeholders for what the document does not say', async () => {
		const text = await draftText({ date: '2026-12-01' }, '');
		expect(text).toContain('\ntitle: 待填写：动态标题\n');
		expect(text).toContain('\ndate: 2026-12-01\n');
		expect(text).toContain('\nsummary: 待填写：一两句话的摘要\n');
		expect(text.endsWith(`---\n\n${REVIEW_LINE}\n\n待填写：动态正文。\n`)).toBe(true);
	});

	it('quotes a value YAML would misread', async () => {
		const title = '报告: 第一部分 #2 "引号"';
		const text = await draftText({ date: '2026-12-01', title, summary: '- 不是列表' }, '正文\n');
		const frontMatter = parse(text.slice(4, text.indexOf('\n---\n', 4))) as Record<string, unknown>;
		expect(frontMatter).toEqual({ title, date: '2026-12-01', summary: '- 不是列表' });
	});
});

describe('draftSlug', () => {
	let contentDir: string;
	beforeEach(async () => {
		contentDir = await mkdtemp(path.join(os.tmpdir(), 'import-draft-'));
	});
	afterEach(async () => {
		await rm(contentDir, { recursive: true, force: true });
	});

	it('is <date>-baogao, numbered past any update of either extension', async () => {
		expect(await draftSlug(contentDir, '2026-11-30')).toBe('2026-11-30-baogao');
		await mkdir(path.join(contentDir, 'updates'));
		await writeFile(path.join(contentDir, 'updates', '2026-11-30-baogao.mdx'), '');
		await writeFile(path.join(contentDir, 'updates', '2026-11-30-baogao-2.md'), '');
		expect(await draftSlug(contentDir, '2026-11-30')).toBe('2026-11-30-baogao-3');
	});
});
