/** Reference fields found by walking a schema, and their values found in an entry. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { reference, slug, text } from '../../src/schemas/common.ts';
import { field } from '../../src/schemas/field-meta.ts';
import { EACH, referenceFields, valuesAt } from '../../src/schemas/references.ts';

const schema = z.strictObject({
	title: text,
	pillar: field(reference('pillars'), { label: '所属方面' }),
	related: z.array(reference('initiatives')).optional(),
	steps: z.array(z.strictObject({ by: reference('indicators').optional(), note: text })).optional(),
	// A slug that names no other entry is not a reference.
	code: slug,
});

describe('referenceFields', () => {
	it('finds every reference, in lists and nested objects, in the schema’s order', () => {
		expect(referenceFields(schema)).toEqual([
			{ path: ['pillar'], to: 'pillars' },
			{ path: ['related', EACH], to: 'initiatives' },
			{ path: ['steps', EACH, 'by'], to: 'indicators' },
		]);
	});
});

describe('valuesAt', () => {
	it('gives each value at a reference’s path with its concrete path', () => {
		const data = { pillar: 'anye-anju', related: ['a', 'b'], steps: [{ by: 'x' }, { note: 'n' }] };
		expect(valuesAt(data, ['pillar'])).toEqual([[['pillar'], 'anye-anju']]);
		expect(valuesAt(data, ['related', EACH])).toEqual([
			[['related', 0], 'a'],
			[['related', 1], 'b'],
		]);
		expect(valuesAt(data, ['steps', EACH, 'by'])).toEqual([[['steps', 0, 'by'], 'x']]);
	});

	it('gives nothing for an absent field or a value that is not a list', () => {
		expect(valuesAt({}, ['pillar'])).toEqual([]);
		expect(valuesAt({ related: 'a' }, ['related', EACH])).toEqual([]);
	});
});
