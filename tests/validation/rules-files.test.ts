/**
 * File-level rules: encoding, BOM and CRLF, empty files, YAML syntax, front matter,
 * active content in bodies, duplicate slugs, file names and site.yaml placeholders.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import {
	BENCHMARK,
	brief,
	checkWith,
	expectBriefs,
	expectMessage,
	fixtureText,
	fixtureWith,
	INDICATOR,
	lineNumberOf,
	listFiles,
	makeContent,
	MDX,
	PARENT,
	PILLAR,
	removeContent,
	shown,
	single,
	TODAY,
	toCrlf,
	UPDATE,
	withBom,
	withGbk,
} from './helpers.ts';

describe('encoding', () => {
	it('reports a YAML file saved as GBK as not UTF-8, at the line of the first bad byte', async () => {
		const text = fixtureWith(BENCHMARK, ['name: 浙江省安吉县', 'name: @@']);
		const problems = await checkWith({ [BENCHMARK]: withGbk(text, '@@') });
		const file = shown(BENCHMARK);
		expectBriefs(problems, file, [`error ${file}:1 [encoding]`]);
		expectMessage(single(problems, `error ${file}:1 [encoding]`), '文件不是 UTF-8 编码', 'GBK', '另存为 UTF-8', '（file is not UTF-8 encoded）');
	});

	it('reports a Markdown file with GBK in its front matter at that line', async () => {
		const text = fixtureWith(PILLAR, ['summary: 坚持工业强区', 'summary: @@坚持工业强区']);
		const problems = await checkWith({ [PILLAR]: withGbk(text, '@@') });
		const file = shown(PILLAR);
		expect(lineNumberOf(text, '@@')).toBe(6);
		expectBriefs(problems, file, [`error ${file}:6 [encoding]`]);
	});

	it('accepts a UTF-8 BOM', async () => {
		const problems = await checkWith({ [INDICATOR]: withBom(fixtureText(INDICATOR)), [PARENT]: withBom(fixtureText(PARENT)) });
		expect(problems.map(brief)).toEqual([]);
	});

	it('accepts CRLF line endings', async () => {
		const problems = await checkWith({ [INDICATOR]: toCrlf(fixtureText(INDICATOR)), [PARENT]: toCrlf(fixtureText(PARENT)) });
		expect(problems.map(brief)).toEqual([]);
	});

	it('passes the whole valid fixture saved with a BOM and CRLF line endings with zero problems', async () => {
		const { root, contentDir } = await makeContent();
		try {
			const files = await listFiles(contentDir);
			expect(files.length).toBe(14);
			for (const relative of files) {
				const absolute = path.join(contentDir, relative);
				await writeFile(absolute, withBom(toCrlf(await readFile(absolute, 'utf8'))));
			}
			const first = await readFile(path.join(contentDir, PARENT));
			expect([...first.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			expect(first.includes('\r\n')).toBe(true);
			const { problems, entries } = await checkContent(contentDir, root, { today: TODAY });
			expect(problems.map(brief)).toEqual([]);
			expect(entries).toHaveLength(12);
		} finally {
			await removeContent(root);
		}
	});

	it('keeps line numbers right in BOM+CRLF files, in YAML, front matter and body', async () => {
		const yaml = fixtureWith(INDICATOR, ['    value: 14.2', '    value: "12万"']);
		const markdown = fixtureWith(PARENT, ['status: on_track', 'status: going'], ['## 进展\n', '## 进展\n\n<iframe src="https://example.com/"></iframe>\n']);
		const problems = await checkWith({ [INDICATOR]: withBom(toCrlf(yaml)), [PARENT]: withBom(toCrlf(markdown)) });
		expect(lineNumberOf(yaml, '12万')).toBe(26);
		expectBriefs(problems, shown(INDICATOR), [`error ${shown(INDICATOR)}:26 series[1].value [value-type]`]);
		const iframeLine = lineNumberOf(markdown, '<iframe');
		expect(iframeLine).toBe(35);
		expectBriefs(problems, shown(PARENT), [`error ${shown(PARENT)}:6 status [enum]`, `error ${shown(PARENT)}:35 [raw-html]`]);
	});
});

describe('empty files and missing front matter', () => {
	it('reports an empty YAML file', async () => {
		const problems = await checkWith({ [BENCHMARK]: '' });
		const file = shown(BENCHMARK);
		expectBriefs(problems, file, [`error ${file} [empty-file]`]);
		expectMessage(single(problems, `error ${file} [empty-file]`), '文件为空', '（file is empty）');
	});

	it('reports a Markdown file of only blank lines as empty', async () => {
		const problems = await checkWith({ [UPDATE]: '\n  \n\r\n' });
		expectBriefs(problems, shown(UPDATE), [`error ${shown(UPDATE)} [empty-file]`]);
	});

	it('reports an empty BOM-only file as empty, not as an encoding problem', async () => {
		const problems = await checkWith({ [BENCHMARK]: withBom('') });
		expectBriefs(problems, shown(BENCHMARK), [`error ${shown(BENCHMARK)} [empty-file]`]);
	});

	it('reports a YAML file with only a comment as having no fields', async () => {
		const problems = await checkWith({ [BENCHMARK]: '# 待补充\n' });
		const file = shown(BENCHMARK);
		expectBriefs(problems, file, [`error ${file}:1 [empty-file]`]);
		expectMessage(single(problems, `error ${file}:1 [empty-file]`), '文件中没有任何字段', '（file has no fields）');
	});

	it('reports empty front matter', async () => {
		const problems = await checkWith({ [UPDATE]: '---\n---\n\n正文。\n' });
		const file = shown(UPDATE);
		expectBriefs(problems, file, [`error ${file}:2 [empty-file]`]);
		expectMessage(single(problems, `error ${file}:2 [empty-file]`), '字段区为空', '（front matter is empty）');
	});

	it('reports a Markdown file without front matter at line 1', async () => {
		const problems = await checkWith({ [UPDATE]: '# 琼江生态走廊\n\n正文。\n' });
		const file = shown(UPDATE);
		expectBriefs(problems, file, [`error ${file}:1 [front-matter]`]);
		expectMessage(single(problems, `error ${file}:1 [front-matter]`), '文件开头缺少以 --- 包围的字段区', '（front matter between --- lines is missing）');
	});

	it('reports a YAML file that is a list rather than fields', async () => {
		const problems = await checkWith({ [BENCHMARK]: '- 浙江省安吉县\n- 浙江省\n' });
		const file = shown(BENCHMARK);
		expectBriefs(problems, file, [`error ${file}:1 [type]`]);
		expectMessage(single(problems, `error ${file}:1 [type]`), '应为一组字段', '（expected a set of fields）');
	});

	// Regression: the closing --- must start a line, as in Astro's own parser; a value ending
	// in --- once cut the front matter short, failing a page that builds.
	it('ends front matter only at a --- line, not at a value that ends in ---', async () => {
		const text = fixtureWith(PILLAR, ['goal: 保持“安业安居”领跑态势', 'goal: 保持领跑---']);
		const problems = await checkWith({ [PILLAR]: text });
		expect(problems.map(brief)).toEqual([]);
	});
});

describe('YAML syntax errors', () => {
	it('reports a duplicated key at its line', async () => {
		const text = fixtureWith('indicators/gongye-yuanqu-yingye-shouru.yaml', ['chart: bar', 'chart: bar\nunit: 元']);
		const problems = await checkWith({ 'indicators/gongye-yuanqu-yingye-shouru.yaml': text });
		const file = 'content/indicators/gongye-yuanqu-yingye-shouru.yaml';
		expect(lineNumberOf(text, 'unit: 元')).toBe(9);
		expectBriefs(problems, file, [`error ${file}:9 [yaml-syntax]`]);
		expectMessage(single(problems, `error ${file}:9 [yaml-syntax]`), 'YAML 格式错误：字段重复', '（YAML syntax error: Map keys must be unique）');
	});

	it('reports a tab used for indentation in front matter at its line in the file', async () => {
		const text = fixtureWith(PILLAR, ['motto: 始终专注发展定力\n', 'motto: 始终专注发展定力\n\t']);
		const problems = await checkWith({ [PILLAR]: text });
		const file = shown(PILLAR);
		expect(lineNumberOf(text, '\tgoal:')).toBe(4);
		const found = problems.filter((problem) => problem.file === file);
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((problem) => problem.rule === 'yaml-syntax' && problem.severity === 'error')).toBe(true);
		expect(found.map((problem) => problem.line)).toContain(4);
		expect(found.find((problem) => problem.line === 4)?.message).toContain('这一行用 Tab 键缩进，YAML 只能用空格缩进');
	});

	it('reports a value with an unclosed quote', async () => {
		const text = fixtureWith(BENCHMARK, ['province: 浙江省', 'province: "浙江省']);
		const problems = await checkWith({ [BENCHMARK]: text });
		const file = shown(BENCHMARK);
		const found = problems.filter((problem) => problem.file === file);
		expect(found.map((problem) => problem.rule)).toEqual(['yaml-syntax']);
		// The parser notices at the end of the file; the message points at the quote that was opened.
		expect(found[0]?.line).toBe(lineNumberOf(text, 'province:'));
		expectMessage(found[0]!, 'YAML 格式错误：引号没有成对：这一行的值以 " 开头，但没有对应的结尾 "', 'Missing closing');
	});
});

describe('active content in bodies', () => {
	const bodyWith = (relative: string, html: string) => `${fixtureText(relative)}\n${html}\n`;

	it.each([
		['script', '<script>alert(1)</script>'],
		['iframe', '<iframe src="https://example.com/"></iframe>'],
		['style', '<style>body { display: none; }</style>'],
		['object', '<object data="x.swf"></object>'],
		['embed', '<embed src="x.swf">'],
	])('rejects a raw <%s> in a Markdown body, at its line', async (tag, html) => {
		const text = bodyWith(UPDATE, html);
		const problems = await checkWith({ [UPDATE]: text });
		const file = shown(UPDATE);
		const line = lineNumberOf(text, html);
		expect(line).toBe(13);
		expectBriefs(problems, file, [`error ${file}:13 [raw-html]`]);
		expectMessage(single(problems, `error ${file}:13 [raw-html]`), `正文中不允许使用 <${tag}> 标签`, `（<${tag}> is not allowed in content）`);
	});

	it('rejects an on*= event attribute in Markdown, inline or in a block, at its line', async () => {
		const text = bodyWith(UPDATE, '文字 <span onclick="alert(1)">点击</span> 文字\n\n<img src="images/a.png" onerror="alert(1)">');
		const problems = await checkWith({ [UPDATE]: text });
		const file = shown(UPDATE);
		// <span> is outside the allowlist too: its text stays, the tag goes.
		expectBriefs(problems, file, [`error ${file}:13 [raw-html]`, `error ${file}:15 [unsafe-attribute]`, `error ${file}:15 [body-reference]`]);
		expectMessage(single(problems, `error ${file}:13 [raw-html]`), '正文中不允许使用 <span> 标签', '（<span> is not allowed in content）');
		expectMessage(
			single(problems, `error ${file}:15 [unsafe-attribute]`),
			'正文中不允许使用 onerror 事件属性',
			'（event attributes are not allowed in content）',
		);
	});

	it('finds a tag deep inside a multi-line HTML block, whatever its case', async () => {
		const text = bodyWith(UPDATE, '<div>\n<p>说明</p>\n<SCRIPT src="x.js"></SCRIPT>\n</div>');
		const problems = await checkWith({ [UPDATE]: text });
		expectBriefs(problems, shown(UPDATE), [`error ${shown(UPDATE)}:13 [raw-html]`, `error ${shown(UPDATE)}:15 [raw-html]`]);
		expectMessage(single(problems, `error ${shown(UPDATE)}:15 [raw-html]`), '<script>');
	});

	it('rejects <script>, <iframe> and onClick in an MDX body, at their lines', async () => {
		const text = bodyWith(MDX, '<script>{`alert(1)`}</script>\n\n<p onClick={() => alert(1)}>点击</p>\n\n文字 <iframe src="https://example.com/" /> 文字');
		const problems = await checkWith({ [MDX]: text });
		const file = shown(MDX);
		const [scriptLine, clickLine, iframeLine] = ['<script>', 'onClick', '<iframe'].map((needle) => lineNumberOf(text, needle));
		expect(scriptLine).toBe(22);
		// An attribute written as {…} is refused as code before the allowlist sees it.
		expectBriefs(problems, file, [
			`error ${file}:${scriptLine} [mdx-expression]`,
			`error ${file}:${scriptLine} [raw-html]`,
			`error ${file}:${clickLine} [mdx-expression]`,
			`error ${file}:${iframeLine} [raw-html]`,
		]);
		expectMessage(single(problems, `error ${file}:${clickLine} [mdx-expression]`), '<p> 的属性只能写成 名称="文字"，不能写 {…}');
	});

	it('accepts <script> inside fenced and inline code, in Markdown and MDX', async () => {
		const code = '```html\n<script>alert(1)</script>\n<iframe src="x"></iframe>\n```\n\n行内代码 `<script>` 也可以。';
		const problems = await checkWith({ [UPDATE]: bodyWith(UPDATE, code), [MDX]: bodyWith(MDX, code) });
		expect(problems.map(brief)).toEqual([]);
	});

	it('reports an MDX syntax error', async () => {
		const text = bodyWith(MDX, '<div>\n\n未闭合的标签');
		const problems = await checkWith({ [MDX]: text });
		const file = shown(MDX);
		const found = problems.filter((problem) => problem.file === file);
		expect(found.map((problem) => problem.rule)).toEqual(['mdx-syntax']);
		expectMessage(found[0]!, 'MDX 语法错误', '（MDX syntax error）');
	});

	// Regression: for an unclosed JSX tag remark-mdx gives no `line`, only a position inside
	// its message ("(3:1-3:6)"), which checkBody reads so the error is not placed at line 1.
	it('reports an unclosed MDX tag at the line of the tag', async () => {
		const text = bodyWith(MDX, '<div>\n\n未闭合的标签');
		const problems = await checkWith({ [MDX]: text });
		const file = shown(MDX);
		const line = lineNumberOf(text, '<div>');
		expectBriefs(problems, file, [`error ${file}:${line} [mdx-syntax]`]);
	});
});

describe('duplicate slugs', () => {
	it('reports a.md and a.mdx in the same folder, on both files', async () => {
		const problems = await checkWith({ 'pillars/anye-anju.mdx': fixtureText(PILLAR) });
		expectBriefs(problems, shown(PILLAR), [`error ${shown(PILLAR)} [duplicate-slug]`]);
		expectBriefs(problems, 'content/pillars/anye-anju.mdx', ['error content/pillars/anye-anju.mdx [duplicate-slug]']);
		expectMessage(
			single(problems, `error ${shown(PILLAR)} [duplicate-slug]`),
			'与 content/pillars/anye-anju.mdx 使用了相同的文件名',
			'（two files share the slug "anye-anju"）',
		);
		expectMessage(single(problems, 'error content/pillars/anye-anju.mdx [duplicate-slug]'), '与 content/pillars/anye-anju.md 使用了相同的文件名');
	});

	it('reports x.yaml and x.yml in the same folder', async () => {
		const problems = await checkWith({ 'indicators/qiongjiang-lvdao-licheng.yml': fixtureText(INDICATOR) });
		expectBriefs(problems, shown(INDICATOR), [`error ${shown(INDICATOR)} [duplicate-slug]`]);
		expectBriefs(problems, 'content/indicators/qiongjiang-lvdao-licheng.yml', ['error content/indicators/qiongjiang-lvdao-licheng.yml [duplicate-slug]']);
	});

	it('allows the same slug in different collections', async () => {
		const problems = await checkWith({ 'updates/anye-anju.md': fixtureText(UPDATE) });
		expect(problems.map(brief)).toEqual([]);
	});

	// Regression: duplicates are found among the file names of every file read, valid or
	// not, so a duplicate with a mistake of its own is still reported in the same run.
	it('reports a duplicate slug even when one of the two files has another mistake', async () => {
		const problems = await checkWith({ 'pillars/anye-anju.mdx': fixtureWith(PILLAR, ['order: 1', 'order: one']) });
		expectBriefs(problems, shown(PILLAR), [`error ${shown(PILLAR)} [duplicate-slug]`]);
		expectBriefs(problems, 'content/pillars/anye-anju.mdx', [
			'error content/pillars/anye-anju.mdx [duplicate-slug]',
			'error content/pillars/anye-anju.mdx:5 order [value-type]',
		]);
	});
});

describe('file names', () => {
	it('rejects a Chinese file name, saying only lowercase letters, digits and hyphens are allowed', async () => {
		const problems = await checkWith({ 'initiatives/琼江.md': fixtureText(PARENT) });
		const file = 'content/initiatives/琼江.md';
		expectBriefs(problems, file, [`error ${file} [file-name]`]);
		expectMessage(
			single(problems, `error ${file} [file-name]`),
			'文件名只能使用小写英文字母、数字和连字符',
			'请改用拼音或英文',
			'（file names may only use a-z, 0-9 and hyphens）',
		);
	});

	it('suggests my-file.md for My_File.md', async () => {
		const problems = await checkWith({ 'initiatives/My_File.md': fixtureText(PARENT) });
		const file = 'content/initiatives/My_File.md';
		expectBriefs(problems, file, [`error ${file} [file-name]`]);
		expectMessage(
			single(problems, `error ${file} [file-name]`),
			'文件名只能使用小写英文字母、数字和连字符',
			'可改为 my-file.md',
			'（file names may only use a-z, 0-9 and hyphens）',
		);
	});

	it('rejects an upper-case extension and suggests the lower-case one', async () => {
		const problems = await checkWith({ 'benchmarks/jiangsu-liyang.YAML': fixtureText(BENCHMARK) });
		const file = 'content/benchmarks/jiangsu-liyang.YAML';
		expectBriefs(problems, file, [`error ${file} [file-name]`]);
		expectMessage(single(problems, `error ${file} [file-name]`), '可改为 jiangsu-liyang.yaml');
	});

	it('does not read a misnamed file, so its content raises nothing more', async () => {
		const problems = await checkWith({ 'updates/Bad Name.md': 'not front matter at all' });
		expect(problems.map(brief)).toEqual(['error content/updates/Bad Name.md [file-name]']);
		expectMessage(problems[0]!, '可改为 bad-name.md');
	});

	it('warns about, and skips, a file of a kind the folder does not take; ignores dot files', async () => {
		const problems = await checkWith({ 'indicators/说明.txt': '说明', 'pillars/.gitkeep': '' });
		expect(problems.map(brief)).toEqual(['warning content/indicators/说明.txt [file-type]']);
		expectMessage(problems[0]!, '此文件不会被读取', '（ignored: expected .yaml, .yml）');
	});
});

describe('placeholders in bodies', () => {
	it('refuses a line or an image description still holding 待填写, and nothing that only mentions it', async () => {
		const text = `${fixtureText(UPDATE).trimEnd()}\n\n待填写：第二段。\n\n![待填写：图片说明](images/qiongjiang.png)\n\n表中“待填写”一栏已删除。\n`;
		const problems = (await checkWith({ [UPDATE]: text })).filter((problem) => problem.rule === 'placeholder');
		expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
			[lineNumberOf(text, '待填写：第二段'), 1],
			[lineNumberOf(text, '![待填写'), 3],
		]);
		expect(problems.every((problem) => problem.severity === 'error')).toBe(true);
	});
});

describe('site.yaml', () => {
	it('warns, but does not fail, once per field still holding a 待填写 placeholder', async () => {
		const text = fixtureWith(
			'site.yaml',
			['operator_org: 遂宁市安居区发展和改革局', 'operator_org: 待填写：承办单位'],
			['  phone: 0825-0000000', '  phone: 待填写：联系电话'],
			['icp: 蜀ICP备00000000号', 'icp: 待填写：ICP备案号'],
		);
		const problems = await checkWith({ 'site.yaml': text });
		expect(problems.map(brief)).toEqual([
			'warning content/site.yaml:5 operator_org [placeholder]',
			'warning content/site.yaml:7 contact.phone [placeholder]',
			'warning content/site.yaml:11 icp [placeholder]',
		]);
		expectMessage(problems[1]!, '仍是占位内容“待填写：联系电话”', '上线前须填写正式信息', '（placeholder value still present）');
	});

	it('does not warn about 待填写 in the middle of a value', async () => {
		const problems = await checkWith({ 'site.yaml': fixtureWith('site.yaml', ['  address: 四川省', '  address: 地址待填写，四川省']) });
		expect(problems.map(brief)).toEqual([]);
	});

	it('reports a missing site.yaml', async () => {
		const problems = await checkWith({ 'site.yaml': null });
		expect(problems.map(brief)).toEqual(['error content/site.yaml [missing-file]']);
		expectMessage(problems[0]!, '缺少网站信息文件 site.yaml', '（content/site.yaml is missing）');
	});

	it('validates site.yaml like any other file', async () => {
		const text = fixtureWith('site.yaml', ['url: https://anju.example.gov.cn/', 'url: https://anju.example.gov.cn'], ['icp:', 'ipc:']);
		const problems = await checkWith({ 'site.yaml': text });
		expectBriefs(problems, 'content/site.yaml', [
			'error content/site.yaml:1 icp [required]',
			'error content/site.yaml:3 url [format]',
			'error content/site.yaml:11 ipc [unknown-field]',
		]);
		expectMessage(single(problems, 'error content/site.yaml:3 url [format]'), '网址应以 / 结尾', '（expected the URL to end with a slash）');
		expectMessage(single(problems, 'error content/site.yaml:11 ipc [unknown-field]'), '是否应为 "icp"？');
	});
});
