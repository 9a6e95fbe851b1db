/** YAML syntax errors explained in Chinese, at the likely mistake, with the line and a caret (src/validation/explain-yaml-error.ts through yaml-source.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_SYNTAX_ERRORS, parseYamlSource } from '../../src/validation/yaml-source.ts';

/** The one syntax error of `text`. */
function only(text: string, firstLine = 1) {
	const { syntaxErrors } = parseYamlSource(text, firstLine);
	expect(syntaxErrors).toHaveLength(1);
	return syntaxErrors[0]!;
}

describe('YAML syntax errors, explained', () => {
	it('names a tab used for indentation', () => {
		const error = only('title: a\nsource:\n\tpublisher: 区统计局\n');
		expect(error).toMatchObject({ line: 3, column: 1 });
		expect(error.message).toMatch(/^YAML 格式错误：这一行用 Tab 键缩进，YAML 只能用空格缩进.*（YAML syntax error: Tabs are not allowed as indentation）$/);
		expect(error.excerpt).toBe('3 |     publisher: 区统计局\n  | ^');
	});

	it('names a missing space after a colon, with the caret after the colon', () => {
		const error = only('title: a\nunit:公里\ndecimals: 1\n');
		expect(error).toMatchObject({ line: 2, column: 6 });
		expect(error.message).toContain('冒号后面缺少空格：应写作“unit: ”');
		expect(error.excerpt).toBe('2 | unit:公里\n  |      ^');
	});

	it('points at the quote that was opened, not where the parser noticed, lines later', () => {
		const error = only('title: 琼江\nsummary: "琼江生态走廊建设进展\nsample: true\n', 2);
		expect(error).toMatchObject({ line: 3, column: 10 });
		expect(error.message).toContain('引号没有成对：这一行的值以 " 开头，但没有对应的结尾 "');
		expect(error.excerpt).toBe('3 | summary: "琼江生态走廊建设进展\n  |          ^');
	});

	it('points at an unclosed bracket', () => {
		const error = only('title: a\ntags: [招商, 项目\nsummary: b\n');
		expect(error).toMatchObject({ line: 2, column: 7 });
		expect(error.message).toContain('括号没有成对：这一行的“[”没有对应的“]”');
	});

	it('points at a colon inside a value, on the line it ran on to, placing the caret by display width', () => {
		const error = only('title: 琼江\nsummary: 琼江生态走廊：累计建成里程\n  达到: 45公里\n');
		expect(error).toMatchObject({ line: 3, column: 5 });
		expect(error.message).toContain('值里含有半角冒号加空格（“: ”），YAML 会把它当成新的字段：请把整个值用英文双引号括起来');
		// 达 and 到 take two cells each: the caret stands under the colon.
		expect(error.excerpt).toBe('3 |   达到: 45公里\n  |       ^');
	});

	it('names a field written twice', () => {
		expect(only('title: a\ntitle: b\n').message).toContain('字段重复：同一字段写了两次');
	});

	it('cuts a long pasted line around the mistake and reports a few errors per file, however many there are', () => {
		const long = `summary: ${'很长的正文'.repeat(100)}\nunit:公里\n`;
		const error = only(long);
		expect(error.excerpt.split('\n')[0]).toBe('2 | unit:公里');
		const pasted = `title: a\n${'* '.repeat(5000)}\n${Array.from({ length: 60 }, (_, index) => `k${index}:x`).join('\n')}\n`;
		const { syntaxErrors } = parseYamlSource(pasted);
		expect(syntaxErrors.length).toBeGreaterThan(0);
		expect(syntaxErrors.length).toBeLessThanOrEqual(MAX_SYNTAX_ERRORS);
		for (const found of syntaxErrors) expect(found.excerpt.split('\n')[0]!.length).toBeLessThan(80);
	});
});
