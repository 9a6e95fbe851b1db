/** The front matter read from a cleaned document: title, date and summary, and what is taken out of the body. */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { inferFrontMatter, summaryOf } from '../../../src/import/document/front-matter.ts';

const TODAY = '2026-12-01';

function infer(html: string) {
	const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root;
	const inferred = inferFrontMatter(tree, TODAY);
	return { ...inferred, body: toHtml(tree) };
}

describe('inferFrontMatter', () => {
	it('takes the title from the first heading and the date from a date line, out of the body', () => {
		expect(infer('<h1>推进情况报告</h1><p>（2026年11月30日）</p><p>今年以来，工作有序推进。</p>')).toEqual({
			title: { value: '推进情况报告', from: '取自文档的第一个标题' },
			date: { value: '2026-11-30', from: '取自日期行“2026年11月30日”' },
			summary: { value: '今年以来，工作有序推进。', from: '取自第一段' },
			body: '<p>今年以来，工作有序推进。</p>',
		});
	});

	it.each([
		['2026-11-30', '2026-11-30'],
		['2026.11.3', '2026-11-03'],
		['2026/1/30', '2026-01-30'],
		['2026 年 11 月 30 日', '2026-11-30'],
	])('reads the date line %s', (line, iso) => {
		expect(infer(`<p>${line}</p><p>正文。</p>`).date.value).toBe(iso);
	});

	it('takes the title from a short first line, and leaves a first sentence alone', () => {
		expect(infer('<p><strong>园区十月工作进展</strong></p><p>正文。</p>').title).toEqual({ value: '园区十月工作进展', from: '取自文档的第一行' });
		const sentence = infer('<p>十月份，园区新引进企业3家。</p>');
		expect(sentence.title).toBeUndefined();
		expect(sentence.body).toBe('<p>十月份，园区新引进企业3家。</p>');
	});

	it('takes a date from the text when there is no date line, but not one after today, nor one that does not exist', () => {
		expect(infer('<p>截至2026年2月30日，于2027年1月1日前完成，2026年10月8日已开工。</p>').date).toEqual({
			value: '2026-10-08',
			from: '取自正文中的“2026年10月8日”',
		});
		expect(infer('<p>明年完成。</p>').date).toEqual({ value: TODAY, from: '文档中没有日期，用今天' });
	});

	it('finds no title or summary in an empty document', () => {
		expect(infer('')).toEqual({ date: { value: TODAY, from: '文档中没有日期，用今天' }, body: '' });
	});
});

describe('summaryOf', () => {
	it('keeps the sentences that fit, or cuts a long one with an ellipsis', () => {
		expect(summaryOf('短句。', 10)).toBe('短句。');
		expect(summaryOf('第一句话。第二句话。第三句话。', 10)).toBe('第一句话。第二句话。');
		expect(summaryOf('一句没有标点而且很长的话一直写下去', 10)).toBe('一句没有标点而且……');
	});
});
