/** The model's metadata: how it is attached to a field, read back through wrappers, and worded for files. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { isoDate, reference, text } from '../../src/schemas/common.ts';
import { field, fileWording, metaOf, unwrap, withMeta } from '../../src/schemas/field-meta.ts';

describe('field metadata', () => {
	it('labels a copy, so the shared type carries no field text', () => {
		const title = field(text, { label: '标题', hint: '如“某某”。' });
		expect(metaOf(title)).toEqual({ label: '标题', hint: '如“某某”。' });
		expect(metaOf(text)).toEqual({});
	});

	it('keeps the type’s own metadata under the field’s, and the field’s wins', () => {
		expect(metaOf(field(isoDate, { label: '日期' }))).toEqual({ format: 'date', label: '日期' });
		expect(metaOf(field(reference('pillars'), { label: '所属方面' }))).toEqual({ references: 'pillars', label: '所属方面' });
		const patterned = withMeta(z.string(), { pattern: ['^a$', 'a'] });
		expect(metaOf(field(patterned, { label: 'x', pattern: ['^b$', 'b'] })).pattern).toEqual(['^b$', 'b']);
	});

	it('reads through optional and default, written either side of the field', () => {
		expect(metaOf(field(text, { label: '简称' }).optional())).toMatchObject({ label: '简称' });
		expect(metaOf(field(text.optional(), { label: '简称' }))).toMatchObject({ label: '简称' });
		expect(metaOf(field(z.boolean(), { label: '示例数据' }).default(false))).toMatchObject({ label: '示例数据' });
	});

	it('survives zod’s own copies (refinements, checks, .describe() and .meta())', () => {
		expect(metaOf(field(text, { label: '摘要' }).max(3))).toMatchObject({ label: '摘要' });
		expect(metaOf(field(text, { label: '摘要' }).refine(() => true))).toMatchObject({ label: '摘要' });
		// Widgets were once picked by object identity, which these copies silently broke.
		expect(metaOf(isoDate.describe('发布日期'))).toEqual({ format: 'date' });
		expect(metaOf(reference('pillars').meta({ title: '方面' }))).toEqual({ references: 'pillars' });
	});

	it('unwraps optional and default fields, keeping what they said', () => {
		expect(unwrap(text)).toEqual({ inner: text, required: true });
		expect(unwrap(text.optional())).toEqual({ inner: text, required: false });
		const flag = z.boolean();
		expect(unwrap(flag.default(false))).toEqual({ inner: flag, required: false, defaultValue: false });
	});

	it('words a field for its file: the label, then what to write, never the label twice', () => {
		expect(fileWording({ label: '简称', hint: '用于列表和导航，可不填。' })).toEqual({ lead: '简称', rest: '：用于列表和导航，可不填' });
		expect(fileWording({ label: '配合单位', hint: '每个单位一项。', written: '配合单位，一行一个' })).toEqual({ lead: '配合单位', rest: '，一行一个' });
		expect(fileWording({ label: '标题' })).toEqual({ lead: '标题', rest: '' });
	});
});
