/** The Word clean-up's pure parts: one run of text, manual numbering, and the tree of a document. */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { cleanTree, levelHeadings } from '../../../src/import/document/clean-tree.ts';
import { manualNumbering } from '../../../src/import/document/manual-numbering.ts';
import { cleanText, type TextCleanUp } from '../../../src/import/document/text-clean-up.ts';
import { dropUnsafeLinks, isAllowedHref, toMarkdown } from '../../../src/import/document/to-markdown.ts';

describe('cleanText', () => {
	it.each([
		['zero-width spaces and the byte-order mark', '\ufeff阶段\u200b性成效', '阶段性成效'],
		['a non-breaking space between Chinese characters', '沿江\u00a0植被', '沿江植被'],
		['a non-breaking space between words', 'Word\u00a0文档 and\u00a0WPS', 'Word文档 and WPS'],
		['&nbsp; written out', '安居&nbsp;区，A&nbsp;B', '安居区，A B'],
		['full-width digits and letters', '清淤１２公里，ＧＤＰ', '清淤12公里，GDP'],
		['straight quotes around Chinese', '按照"对标竞进"部署', '按照“对标竞进”部署'],
		['a half-width comma between Chinese characters', '加强统筹,确保开工', '加强统筹，确保开工'],
		['brackets around Chinese', '完成投资(亿元)', '完成投资（亿元）'],
	])('cleans %s', (_what, text, expected) => {
		expect(cleanText(text)).toBe(expected);
	});

	it.each([
		['a decimal point', '增长3.5%'],
		['English punctuation', 'Hello, world (v1.2): "quoted"'],
		['a comma after a number', '3,200 亩'],
		['Chinese punctuation already right', '“对标竞进”，（亿元）'],
	])('leaves %s as it is', (_what, text) => {
		expect(cleanText(text)).toBe(text);
	});

	it('counts each thing it cleaned by kind', () => {
		const kinds: TextCleanUp[] = [];
		cleanText('按照"对标竞进"\u200b部署,完成１２', (kind) => kinds.push(kind));
		expect(kinds.sort()).toEqual(['full-width-alphanumeric', 'full-width-alphanumeric', 'invisible', 'punctuation', 'quotes']);
	});
});

describe('manualNumbering', () => {
	it.each([
		['一、总体进展', { kind: 'section', marker: '一、', rest: '总体进展' }],
		['十二、其他', { kind: 'section', marker: '十二、', rest: '其他' }],
		['（一）生态修复', { kind: 'subsection', marker: '（一）', rest: '生态修复' }],
		['(三) 项目建设', { kind: 'subsection', marker: '(三) ', rest: '项目建设' }],
		['1. 完成绿道', { kind: 'item', number: 1, marker: '1. ', rest: '完成绿道' }],
		['2、建成平台', { kind: 'item', number: 2, marker: '2、', rest: '建成平台' }],
		['3．启动三期', { kind: 'item', number: 3, marker: '3．', rest: '启动三期' }],
		['（4）其他', { kind: 'item', number: 4, marker: '（4）', rest: '其他' }],
	])('reads %s', (text, expected) => {
		expect(manualNumbering(text)).toEqual(expected);
	});

	it.each(['1.5万元已拨付', '2026年完成', '一是统筹规划', '今年以来，一、二季度'])('finds no numbering in %s', (text) => {
		expect(manualNumbering(text)).toBeUndefined();
	});
});

/** The HTML of a cleaned fragment, and what the clean-up counted. */
function cleaned(html: string): { html: string; tally: Record<string, number> } {
	const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root;
	const tally = cleanTree(tree);
	return { html: toHtml(tree), tally: Object.fromEntries(tally) };
}

describe('cleanTree', () => {
	it('removes empty paragraphs and full-width-space indentation', () => {
		expect(cleaned('<p>　　</p><p>\u00a0</p><p>\u200b</p><p>　　正文。 </p>')).toEqual({
			html: '<p>正文。</p>',
			tally: { invisible: 2, 'empty-paragraph': 3, indentation: 1 },
		});
	});

	it('keeps a paragraph that holds only an image', () => {
		expect(cleaned('<p><img src="docx-image:0"></p>').html).toBe('<p><img src="docx-image:0"></p>');
	});

	it('makes short numbered paragraphs headings, with the number split across runs', () => {
		expect(cleaned('<p><strong>一</strong>、总体进展</p><p>（一）生态修复</p>').html).toBe('<h2><strong></strong>总体进展</h2><h3>生态修复</h3>');
	});

	it('leaves a run-in heading followed by its prose as a paragraph', () => {
		const html = '<p>一、总体情况。今年以来，各项工作有序推进。</p>';
		expect(cleaned(html)).toEqual({ html, tally: {} });
	});

	it('makes a list of items numbered from 1, and only of those', () => {
		expect(cleaned('<p>1. 甲；</p><p>2、乙。</p><p>4. 丁</p>').html).toBe('<ol><li>甲；</li><li>乙。</li></ol><p>4. 丁</p>');
		// One numbered paragraph is not clearly a list; nor is a run that does not start at 1.
		expect(cleaned('<p>1. 甲</p><p>正文</p><p>2. 乙</p><p>3. 丙</p>').html).toBe('<p>1. 甲</p><p>正文</p><p>2. 乙</p><p>3. 丙</p>');
	});

	it('splits a paragraph at soft line breaks, and reads one in a heading or a cell as a space', () => {
		expect(cleaned('<p>主要做法：<br>一是规划；<br>二是实施。</p><h1>标题<br>副标题</h1><table><tr><td>甲<br>乙</td></tr></table>')).toEqual({
			html: '<p>主要做法：</p><p>一是规划；</p><p>二是实施。</p><h1>标题 副标题</h1><table><tbody><tr><th>甲 乙</th></tr></tbody></table>',
			tally: { 'line-break': 4 },
		});
	});

	it('unwraps bookmarks and makes the first row of a table its header', () => {
		expect(cleaned('<p><a id="_Toc1"></a>书签</p><table><tr><td>项目</td></tr><tr><td>绿道</td></tr></table>').html).toBe(
			'<p>书签</p><table><tbody><tr><th>项目</th></tr><tr><td>绿道</td></tr></tbody></table>',
		);
	});
});

describe('levelHeadings', () => {
	it('moves the document’s headings so the highest is a section (h2)', () => {
		const tree = raw({ type: 'root', children: [{ type: 'raw', value: '<h1>甲</h1><h2>乙</h2><h6>丙</h6>' }] }) as Root;
		levelHeadings(tree);
		expect(toHtml(tree)).toBe('<h2>甲</h2><h3>乙</h3><h6>丙</h6>');
	});
});

describe('the Markdown', () => {
	it('keeps the links the site shows and unwraps the others', () => {
		expect(['https://www.gov.cn', 'mailto:a@b.cn', '/updates/', '#section'].every(isAllowedHref)).toBe(true);
		expect(['javascript:alert(1)', ' JavaScript:x', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x'].some(isAllowedHref)).toBe(false);
		const tree = raw({
			type: 'root',
			children: [{ type: 'raw', value: '<p><a href="javascript:alert(1)">甲</a><a href="https://www.gov.cn">乙</a></p>' }],
		}) as Root;
		expect(dropUnsafeLinks(tree)).toBe(1);
		expect(toMarkdown(tree)).toBe('甲[乙](https://www.gov.cn)\n');
	});
});
