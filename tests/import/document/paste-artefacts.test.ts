/** What a paste from WeChat, a web page or Word leaves in the web editor's Markdown, with its place and explanation. */
import { describe, expect, it } from 'vitest';
import { pasteArtefacts } from '../../../src/import/document/paste-artefacts.ts';

describe('pasteArtefacts', () => {
	it('finds each artefact at its line and column, with a Chinese explanation', () => {
		const text = ['第一段没有问题。', '\u3000\u3000今年以来，按照"对标竞进"部署，', '阶段\u200b性成效，沿江&nbsp;植被\u00a0恢复。'].join('\n');
		const found = pasteArtefacts(text);
		// The index is where the line and column are, as the content check's text rules report it.
		const lineStart = (line: number) =>
			text
				.split('\n')
				.slice(0, line - 1)
				.join('\n').length + (line > 1 ? 1 : 0);
		for (const finding of found) expect(finding.index).toBe(lineStart(finding.line) + finding.column - 1);
		expect(found.map(({ line, column, kind, message }) => ({ line, column, kind, message }))).toEqual([
			{
				line: 2,
				column: 1,
				kind: 'indentation',
				message: '行首的全角空格是 Word 或 WPS 的首行缩进，网页会自动排版段落，请删除（full-width space indentation）',
			},
			{ line: 2, column: 10, kind: 'straight-quotes', message: '中文里的直引号 "对标竞进" 应改为中文引号“对标竞进”（use Chinese quotation marks）' },
			{
				line: 3,
				column: 3,
				kind: 'invisible',
				message: '这里有一个看不见的字符（U+200B，零宽空格一类），多见于从微信或网页复制的文字，请删除（invisible character）',
			},
			{
				line: 3,
				column: 10,
				kind: 'nbsp-entity',
				message: '“&nbsp;”是从网页复制来的空格代码，中文之间请删除，其他地方改为普通空格（non-breaking space entity）',
			},
			{
				line: 3,
				column: 18,
				kind: 'nbsp',
				message: '这里有一个不换行空格（U+00A0），多见于从 Word 或网页复制的文字；中文之间请删除，其他地方改为普通空格（non-breaking space）',
			},
		]);
	});

	it('reports non-breaking spaces used as indentation once, as indentation', () => {
		expect(pasteArtefacts('\u00a0\u00a0正文').map(({ kind, column }) => [kind, column])).toEqual([['indentation', 1]]);
	});

	it('finds nothing in clean text, English quotes or an indented Markdown code line', () => {
		expect(pasteArtefacts('按照“对标竞进”部署。\nHe said "yes".\n    code')).toEqual([]);
	});
});
