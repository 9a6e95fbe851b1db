/** The validator's pieces, one by one. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { benchmarkSchema } from '../../src/schemas/benchmark.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { initiativeSchema } from '../../src/schemas/initiative.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { updateSchema } from '../../src/schemas/update.ts';
import { checkBody } from '../../src/validation/check-body.ts';
import { describeIssue, showInput } from '../../src/validation/describe-issue.ts';
import { formatExternalLinks, formatJson, formatProblem, formatReport } from '../../src/validation/format-problems.ts';
import { formatFieldPath, type Problem } from '../../src/validation/problem.ts';
import { readContentFile } from '../../src/validation/read-content-file.ts';
import { suggestSlug } from '../../src/validation/rules/file-name.ts';
import { knownKeysAt } from '../../src/validation/schema-keys.ts';
import { didYouMean, nearest } from '../../src/validation/suggest.ts';
import { validateFile } from '../../src/validation/validate-file.ts';
import { parseYamlSource } from '../../src/validation/yaml-source.ts';
import { ANJU_GBK, BOM, fixtureText } from './helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('formatFieldPath', () => {
	it('writes keys with dots and list indexes in brackets', () => {
		expect(formatFieldPath(['series', 3, 'value'])).toBe('series[3].value');
		expect(formatFieldPath(['source', 'publisher'])).toBe('source.publisher');
		expect(formatFieldPath(['title'])).toBe('title');
		expect(formatFieldPath(['areas', 0])).toBe('areas[0]');
		expect(formatFieldPath(['a', 0, 1, 'b'])).toBe('a[0][1].b');
		expect(formatFieldPath([0, 'x'])).toBe('[0].x');
		expect(formatFieldPath([])).toBe('');
	});
});

describe('describeIssue', () => {
	const issue = (value: object) => value as z.core.$ZodIssue;
	const known = (keys: string[]) => () => keys;

	it('suggests the closest known field for a typo, at the path of the unknown key', () => {
		const described = describeIssue(
			issue({ code: 'unrecognized_keys', keys: ['publsher'], path: ['source'], message: 'Unrecognized key: "publsher"' }),
			known(['publisher', 'title', 'url']),
		);
		expect(described).toEqual([
			{
				path: ['source', 'publsher'],
				rule: 'unknown-field',
				message: '未知字段 "publsher"，是否应为 "publisher"？（unknown field; did you mean "publisher"?）',
			},
		]);
	});

	it('asks for the known fields at the path of the object holding the unknown key', () => {
		const asked: PropertyKey[][] = [];
		describeIssue(issue({ code: 'unrecognized_keys', keys: ['vaule'], path: ['series', 1], message: '' }), (at) => {
			asked.push(at);
			return ['period', 'value'];
		});
		expect(asked).toEqual([['series', 1]]);
	});

	it('describes each unknown key of one issue separately', () => {
		const described = describeIssue(
			issue({ code: 'unrecognized_keys', keys: ['titel', 'sumary'], path: [], message: '' }),
			known(['title', 'summary', 'status']),
		);
		expect(described.map((item) => [item.path, item.message.slice(0, item.message.indexOf('（'))])).toEqual([
			[['titel'], '未知字段 "titel"，是否应为 "title"？'],
			[['sumary'], '未知字段 "sumary"，是否应为 "summary"？'],
		]);
	});

	it('lists the known fields instead of suggesting one that is not close', () => {
		const [described] = describeIssue(issue({ code: 'unrecognized_keys', keys: ['colour'], path: [], message: '' }), known(['title', 'motto', 'goal']));
		expect(described?.message).toBe('未知字段 "colour"，可用字段：title、motto、goal（unknown field）');
	});

	it('allows more distance for longer keys (a third of the length), but not unlimited', () => {
		const near = describeIssue(issue({ code: 'unrecognized_keys', keys: ['commitmnt_sorce'], path: [], message: '' }), known(['commitment_source', 'title']));
		expect(near[0]?.message).toContain('是否应为 "commitment_source"？');
		const far = describeIssue(issue({ code: 'unrecognized_keys', keys: ['summary_text'], path: [], message: '' }), known(['summary', 'title']));
		expect(far[0]?.message).not.toContain('是否应为');
	});

	it('reports a missing field as required', () => {
		expect(describeIssue(issue({ code: 'invalid_type', expected: 'string', path: ['title'], message: 'Invalid input' }), known([]))).toEqual([
			{ path: ['title'], rule: 'required', message: '缺少必填字段（required field is missing）' },
		]);
	});

	it('keeps a message written in the schema as it is', () => {
		const message = '目标期 2019 应晚于基期 2020（expected the target period after the baseline period）';
		expect(describeIssue(issue({ code: 'custom', path: ['target', 'period'], message, input: {} }), known([]))).toEqual([
			{ path: ['target', 'period'], rule: 'format', message },
		]);
	});

	// Real zod issues, so these tests follow zod's issue shapes.
	const issuesOf = (schema: z.ZodType, input: unknown) => {
		const result = schema.safeParse(input, { reportInput: true });
		if (result.success) throw new Error('expected the input to be refused');
		return result.error.issues.flatMap((one) => describeIssue(one, known([])));
	};

	it.each([
		[z.number(), '12万', '应为数字，实为 "12万"，数值中不能带单位或汉字（expected a number）', 'value-type'],
		[z.number(), '１２', '应为数字，实为 "１２"，其中含全角数字或字母，请改用半角（expected a number）', 'value-type'],
		[z.number(), Number.NaN, '应为有限的数字，实为 .nan（expected a finite number）', 'value-type'],
		[z.number(), Number.POSITIVE_INFINITY, '应为有限的数字，实为 .inf（expected a finite number）', 'value-type'],
		[z.number(), Number.NEGATIVE_INFINITY, '应为有限的数字，实为 -.inf（expected a finite number）', 'value-type'],
		[z.number(), '12', '应为数字，实为 "12"（expected a number）', 'value-type'],
		[z.int(), 1.5, '应为整数，实为 1.5（expected a whole number）', 'value-type'],
		[z.boolean(), '是', '应为true 或 false，实为 "是"（expected true or false）', 'type'],
		[z.string(), null, '应为文本，实为 空值（expected text）', 'type'],
		[z.array(z.string()), 'a', '应为列表（每项以 - 开头），实为 "a"（expected a list）', 'type'],
		[z.enum(['line', 'bar']), 'pie', '应为以下之一：line | bar，实为 "pie"（expected one of line | bar）', 'enum'],
		[z.string().min(1), '', '不能为空（must not be empty）', 'range'],
		[z.array(z.string()).min(1), [], '至少应有 1 项（expected at least 1 items）', 'range'],
		[z.int().max(6), 7, '应不大于 6，实为 7（expected at most 6）', 'range'],
		[z.int().min(1), 0, '应不小于 1，实为 0（expected at least 1）', 'range'],
	] as const)('words a zod issue for %o given %o in Chinese and English', (schema, input, message, rule) => {
		expect(issuesOf(schema as z.ZodType, input)).toEqual([{ path: [], message, rule }]);
	});
});

describe('showInput', () => {
	it('shows values the way the editor typed them', () => {
		expect(showInput(null)).toBe('空值');
		expect(showInput(Number.NaN)).toBe('.nan');
		expect(showInput(Number.POSITIVE_INFINITY)).toBe('.inf');
		expect(showInput('12万')).toBe('"12万"');
		expect(showInput(12)).toBe('12');
		expect(showInput([1])).toBe('列表');
		expect(showInput({ a: 1 })).toBe('一组字段');
	});
});

describe('knownKeysAt', () => {
	it('finds the fields of top-level, nested, list-item and refined objects', () => {
		expect(knownKeysAt(indicatorSchema, [])).toContain('series');
		expect(knownKeysAt(indicatorSchema, ['source'])).toEqual(['publisher', 'title', 'url']);
		expect(knownKeysAt(indicatorSchema, ['series', 3])).toEqual(['period', 'value', 'status', 'note']);
		expect(knownKeysAt(indicatorSchema, ['baseline'])).toEqual(['period', 'value']);
		expect(knownKeysAt(initiativeSchema, ['milestones', 0])).toEqual(['title', 'planned', 'actual', 'done']);
		expect(knownKeysAt(benchmarkSchema, ['highlights', 0])).toEqual(['label', 'value', 'unit', 'year', 'text']);
		expect(knownKeysAt(siteSchema, [])).toContain('update_cycle_days');
		expect(knownKeysAt(siteSchema, ['contact'])).toEqual(['phone', 'email', 'address']);
	});

	it('returns nothing for a path that is not in the schema', () => {
		expect(knownKeysAt(indicatorSchema, ['nope'])).toEqual([]);
		expect(knownKeysAt(indicatorSchema, ['title', 'x'])).toEqual([]);
	});
});

describe('suggestSlug', () => {
	it.each([
		['My_File', 'my-file'],
		['Qiongjiang Eco Corridor', 'qiongjiang-eco-corridor'],
		['qiongjiang__zoulang', 'qiongjiang-zoulang'],
		['_draft_', 'draft'],
		['v1.2', 'v1-2'],
		['already-fine', 'already-fine'],
	])('suggests %s → %s', (name, slug) => {
		expect(suggestSlug(name)).toBe(slug);
	});

	it.each(['琼江', '琼江-zoulang', 'My File (2)', ''])('suggests nothing for %j, which has no slug form', (name) => {
		expect(suggestSlug(name)).toBeUndefined();
	});
});

describe('did you mean', () => {
	it('offers the nearest name, or with typo only one near enough to be a misspelling', () => {
		expect(nearest('seires', ['title', 'series'])).toBe('series');
		expect(nearest('seires', [])).toBeUndefined();
		expect(nearest('unit_name', ['title', 'series'])).toBe('title');
		expect(nearest('unit_name', ['title', 'series'], { typo: true })).toBeUndefined();
		expect(nearest('seires', ['title', 'series'], { typo: true })).toBe('series');
	});

	it('words the offer with Chinese or ASCII quotes, and says nothing without one', () => {
		expect(didYouMean('../../initiatives/x/')).toBe('，是否应为“../../initiatives/x/”？');
		expect(didYouMean('anyi-anju', 'ascii')).toBe('，是否应为 "anyi-anju"？');
		expect(didYouMean(undefined)).toBe('');
	});
});

describe('parseYamlSource', () => {
	const text = 'title: 标题\nsource:\n  publisher: 区统计局\nseries:\n  - period: "2021"\n    value: 1\n  - period: "2022"\n    value: 2\n';

	it('gives the line of each field, counted from firstLine', () => {
		const plain = parseYamlSource(text);
		expect(plain.lineOf(['title'])).toBe(1);
		expect(plain.lineOf(['source', 'publisher'])).toBe(3);
		expect(plain.lineOf(['series', 1])).toBe(7);
		expect(plain.lineOf(['series', 1, 'value'])).toBe(8);
		const frontMatter = parseYamlSource(text, 2);
		expect(frontMatter.lineOf(['title'])).toBe(2);
		expect(frontMatter.lineOf(['source', 'publisher'])).toBe(4);
		expect(frontMatter.lineOf(['series', 1, 'value'])).toBe(9);
	});

	it('falls back to the nearest enclosing field that exists', () => {
		const source = parseYamlSource(text, 2);
		expect(source.lineOf(['source', 'title'])).toBe(3);
		expect(source.lineOf(['series', 5, 'value'])).toBe(5);
		expect(source.lineOf(['missing'])).toBe(2);
		expect(source.lineOf([])).toBe(2);
	});

	it('reports syntax errors at their line, counted from firstLine', () => {
		expect(parseYamlSource('a: 1\na: 2\n').syntaxErrors).toEqual([
			{
				line: 2,
				column: 1,
				message: 'YAML 格式错误：字段重复：同一字段写了两次，请删去其中一个（YAML syntax error: Map keys must be unique）',
				excerpt: '2 | a: 2\n  | ^',
			},
		]);
		expect(parseYamlSource('a: 1\na: 2\n', 2).syntaxErrors.map((error) => error.line)).toEqual([3]);
		expect(parseYamlSource('a: 1\n\tb: 2\n', 2).syntaxErrors.map((error) => error.line)).toEqual([3]);
		expect(parseYamlSource('a: 1\na: 2\n').data).toBeUndefined();
	});

	it('keeps dates as the strings typed, reads numbers, .nan and .inf', () => {
		const { data, syntaxErrors } = parseYamlSource('d: 2025-02-30\ne: 2025/3/1\nf: 2025-03-01\ny: 2024\nn: .nan\ni: -.inf\nw: １２\n');
		expect(syntaxErrors).toEqual([]);
		expect(data).toEqual({ d: '2025-02-30', e: '2025/3/1', f: '2025-03-01', y: 2024, n: Number.NaN, i: Number.NEGATIVE_INFINITY, w: '１２' });
	});
});

describe('readContentFile', () => {
	it('splits front matter and body, with the body line in the file', () => {
		const { source, problems } = readContentFile('content/updates/x.md', utf8('---\ntitle: 标题\nsummary: 摘要\n---\n\n正文\n'));
		expect(problems).toEqual([]);
		expect(source?.data).toEqual({ title: '标题', summary: '摘要' });
		expect(source?.body).toEqual({ text: '\n正文\n', firstLine: 5 });
		expect(source?.yaml.lineOf(['summary'])).toBe(3);
	});

	it('reads the same data and lines from BOM+CRLF bytes as from plain UTF-8', () => {
		const text = fixtureText('initiatives/qiongjiang-lvdao-erqi.md');
		const plain = readContentFile('x.md', utf8(text));
		const windows = readContentFile('x.md', Uint8Array.from([...BOM, ...utf8(text.replace(/\n/g, '\r\n'))]));
		expect(windows.problems).toEqual([]);
		expect(windows.source?.data).toEqual(plain.source?.data);
		expect(windows.source?.body).toEqual(plain.source?.body);
		expect(windows.source?.yaml.lineOf(['revised_due'])).toBe(12);
		expect(plain.source?.yaml.lineOf(['revised_due'])).toBe(12);
	});

	it('reports GBK bytes as not UTF-8 at the line they are on', () => {
		const bytes = Uint8Array.from([...utf8('title: 标题\nsummary: '), ...ANJU_GBK, ...utf8('\n')]);
		const { source, problems } = readContentFile('content/benchmarks/x.yaml', bytes);
		expect(source).toBeUndefined();
		expect(problems).toEqual([
			{
				file: 'content/benchmarks/x.yaml',
				line: 2,
				rule: 'encoding',
				severity: 'error',
				message: '文件不是 UTF-8 编码（可能是 GBK 或 GB2312），请在编辑器中选择“另存为 UTF-8”（file is not UTF-8 encoded）',
			},
		]);
	});

	it('accepts front matter closed at the very end of the file', () => {
		const { source, problems } = readContentFile('x.md', utf8('---\ntitle: 标题\n---'));
		expect(problems).toEqual([]);
		expect(source?.data).toEqual({ title: '标题' });
		expect(source?.body?.text).toBe('');
	});
});

describe('validateFile', () => {
	it('validates bytes against a schema and reports body problems at their line in the file', () => {
		const text = `${fixtureText('updates/2026-09-qiongjiang-lvdao.md')}\n<script>alert(1)</script>\n`;
		const result = validateFile('content/updates/a.md', utf8(text), updateSchema);
		expect(result.problems).toEqual([
			{
				file: 'content/updates/a.md',
				line: 13,
				column: 1,
				rule: 'raw-html',
				severity: 'error',
				message: '正文中不允许使用 <script> 标签：网页正文不能包含脚本，请删除（<script> is not allowed in content）',
			},
		]);
		expect(result.data?.['title']).toBe('琼江生态走廊累计建成里程达到45公里');
	});

	it('returns no data when the schema refuses the file', () => {
		const result = validateFile('content/indicators/a.yaml', utf8('title: 标题\n'), indicatorSchema);
		expect(result.data).toBeUndefined();
		expect(result.problems.length).toBeGreaterThan(1);
		expect(result.problems.every((problem) => problem.file === 'content/indicators/a.yaml' && problem.severity === 'error')).toBe(true);
	});
});

describe('checkBody', () => {
	const problemsIn = (body: string, kind: 'md' | 'mdx') => checkBody(body, kind).problems;

	it('refuses each forbidden tag at its line, case-insensitively', () => {
		const body = '第一段\n\n<script>alert(1)</script>\n\n<IFRAME src="x"></IFRAME>\n\n<style>p {}</style>\n\n<object data="x"></object>\n\n<embed src="x">\n';
		expect(problemsIn(body, 'md').map((problem) => [problem.line, problem.rule, problem.message.match(/<(\w+)>/)?.[1]])).toEqual([
			[3, 'raw-html', 'script'],
			[5, 'raw-html', 'iframe'],
			[7, 'raw-html', 'style'],
			[9, 'raw-html', 'object'],
			[11, 'raw-html', 'embed'],
		]);
	});

	it('refuses on*= attributes, naming the attribute', () => {
		expect(problemsIn('文字 <a href="#" onmouseover="x()">链接</a>\n', 'md')).toEqual([
			{
				line: 1,
				column: 4,
				rule: 'unsafe-attribute',
				message: '正文中不允许使用 onmouseover 事件属性：它会在读者的浏览器里运行代码，请删除（event attributes are not allowed in content）',
			},
		]);
		expect(problemsIn('<button type="button" onClick={() => 1}>按</button>\n', 'mdx').map((problem) => problem.rule)).toEqual(['mdx-expression', 'raw-html']);
	});

	it('counts lines inside a multi-line HTML block', () => {
		expect(
			problemsIn('段落\n\n<div>\n<p>x</p>\n<p>y</p>\n<script>x</script>\n</div>\n', 'md').map((problem) => [
				problem.line,
				problem.message.match(/<(\w+)>/)?.[1],
			]),
		).toEqual([
			[3, 'div'],
			[6, 'script'],
		]);
	});

	it('accepts markup shown as code, and harmless HTML', () => {
		const body =
			'```html\n<script>alert(1)</script>\n```\n\n    <iframe src="x"></iframe>\n\n`<style>`\n\n<strong>加粗</strong> <a href="https://example.com/">链接</a>\n';
		expect(problemsIn(body, 'md')).toEqual([]);
		expect(problemsIn('```html\n<script>alert(1)</script>\n```\n\n<strong>加粗</strong>\n', 'mdx')).toEqual([]);
	});

	it('refuses JSX elements named like forbidden tags in MDX', () => {
		expect(
			problemsIn('段落\n\n<script>{`x`}</script>\n\n文字 <embed src="x" /> 文字\n', 'mdx').map((problem) => [
				problem.line,
				problem.rule,
				problem.message.match(/<(\w+)>/)?.[1],
			]),
		).toEqual([
			[3, 'raw-html', 'script'],
			[3, 'mdx-expression', undefined],
			[5, 'raw-html', 'embed'],
		]);
	});

	it('reports an MDX syntax error instead of throwing', () => {
		// A bare < is a common slip in MDX: it starts a tag.
		const problems = problemsIn('段落\n\n增幅小于 <3 个百分点\n\n结尾\n', 'mdx');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 3, rule: 'mdx-syntax' });
		expect(problems[0]?.message).toMatch(/^MDX 语法错误：.+（MDX syntax error）$/);
	});
});

describe('formatProblem and formatReport', () => {
	const problem = (fields: Partial<Problem>): Problem => ({
		file: 'content/indicators/qiongjiang-greenway.yaml',
		message: '应为数字，实为 "12万"（expected a number）',
		severity: 'error',
		rule: 'value-type',
		...fields,
	});

	it('prints path:line:column  错误  field: message  rule-id', () => {
		expect(formatProblem(problem({ line: 14, column: 12, field: 'series[3].value' }))).toBe(
			'content/indicators/qiongjiang-greenway.yaml:14:12  错误  series[3].value: 应为数字，实为 "12万"（expected a number）  value-type',
		);
		expect(formatProblem(problem({ line: 14, field: 'series[3].value' }))).toBe(
			'content/indicators/qiongjiang-greenway.yaml:14  错误  series[3].value: 应为数字，实为 "12万"（expected a number）  value-type',
		);
	});

	it('leaves out the line and field when a problem has none', () => {
		expect(formatProblem(problem({ severity: 'warning', rule: 'file-type', message: '此文件不会被读取（ignored）' }))).toBe(
			'content/indicators/qiongjiang-greenway.yaml  警告  此文件不会被读取（ignored）  file-type',
		);
	});

	it('groups by file, sorts by line and column and ends with the count', () => {
		const report = formatReport([
			problem({ line: 20, field: 'b' }),
			problem({ file: 'content/site.yaml', line: 5, column: 1, field: 'icp', severity: 'warning', rule: 'placeholder', message: '占位（placeholder）' }),
			problem({ line: 3, column: 9, field: 'a' }),
			problem({ line: 3, column: 2, field: 'a' }),
		]);
		expect(report.split('\n')).toEqual([
			'content/indicators/qiongjiang-greenway.yaml',
			'  content/indicators/qiongjiang-greenway.yaml:3:2  错误  a: 应为数字，实为 "12万"（expected a number）  value-type',
			'  content/indicators/qiongjiang-greenway.yaml:3:9  错误  a: 应为数字，实为 "12万"（expected a number）  value-type',
			'  content/indicators/qiongjiang-greenway.yaml:20  错误  b: 应为数字，实为 "12万"（expected a number）  value-type',
			'',
			'content/site.yaml',
			'  content/site.yaml:5:1  警告  icp: 占位（placeholder）  placeholder',
			'',
			'共 3 个错误，1 个警告（3 errors, 1 warnings）',
		]);
	});

	it('gives tools the same problems as JSON, sorted, with the counts', () => {
		const parsed = JSON.parse(formatJson([problem({ line: 20 }), problem({ line: 3, severity: 'warning' })])) as {
			errorCount: number;
			warningCount: number;
			problems: Problem[];
			externalLinks?: unknown;
		};
		expect(parsed.errorCount).toBe(1);
		expect(parsed.warningCount).toBe(1);
		expect(parsed.problems.map((item) => item.line)).toEqual([3, 20]);
		expect(parsed.externalLinks).toBeUndefined();
		expect(JSON.parse(formatJson([], [{ file: 'content/a.md', line: 1, column: 2, url: 'https://example.com/' }])).externalLinks).toEqual([
			{ file: 'content/a.md', line: 1, column: 2, url: 'https://example.com/' },
		]);
	});

	it('lists external links with their place, or says there are none', () => {
		expect(formatExternalLinks([{ file: 'content/a.md', line: 7, column: 3, url: 'https://example.com/' }]).split('\n')).toEqual([
			'外部链接 1 个，未访问，请人工核对是否有效（external links, not fetched）：',
			'  content/a.md:7:3  https://example.com/',
		]);
		expect(formatExternalLinks([])).toBe('没有外部链接（no external links）');
	});

	it('says so when there is nothing to report', () => {
		expect(formatReport([])).toBe('内容检查通过，没有发现问题（no problems found）');
	});
});
