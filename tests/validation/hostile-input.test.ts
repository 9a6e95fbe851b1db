/**
 * Files that used to crash the checker or make it run for minutes: each must come back as
 * problems for that file, with its line where there is one, a rule id and a Chinese message,
 * and never hide the problems of the other files.
 */
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import { MAX_FILE_BYTES, MAX_INLINE_MARKERS } from '../../src/validation/read-content-file.ts';
import { MAX_ALIASES, MAX_DEPTH } from '../../src/validation/yaml-source.ts';
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
	makeContent,
	PARENT,
	PILLAR,
	problemsIn,
	removeContent,
	shown,
	single,
	TODAY,
	UPDATE,
	type Change,
} from './helpers.ts';
import { HOSTILE_FIXTURES, hostileFixture, manyAliases, twentyMegabytes, withDeepList, type HostileFixture } from './hostile-files.ts';

/** A new file in a folder of the valid fixture: nothing refers to it, so its own problems are all there is. */
const NEW_BENCHMARK = 'benchmarks/hostile.yaml';
const NEW_UPDATE = 'updates/2026-10-hostile.md';

/** The problems of `relative` alone, with `changes` laid over the valid fixture. */
async function problemsOf(relative: string, changes: Record<string, Change>) {
	return problemsIn(await checkWith(changes), shown(relative));
}

/** Asserts the only problem of `relative` has this brief, and its message these parts. */
async function expectOnly(relative: string, change: Change, wanted: string, ...parts: string[]) {
	const problems = await problemsOf(relative, { [relative]: change });
	expect(problems.map(brief)).toEqual([wanted]);
	expectMessage(single(problems, wanted), ...parts);
}

describe('YAML built to exhaust memory or time', () => {
	it('refuses an alias bomb (billion laughs) without expanding it', async () => {
		await expectOnly(
			'indicators/alias-bomb.yaml',
			hostileFixture('indicators/alias-bomb.yaml'),
			'error content/indicators/alias-bomb.yaml:3 [yaml-alias]',
			'别名（*名称）层层引用，展开后的内容过多',
			'（aliases expand to too much data）',
		);
	});

	it('refuses the same bomb in front matter and in site.yaml, at the line in the file', async () => {
		const bomb = hostileFixture('indicators/alias-bomb.yaml').toString('utf8').replace('title: 别名炸弹\n', '');
		await expectOnly(NEW_UPDATE, `---\ntitle: 标题\n${bomb}---\n\n正文。\n`, `error ${shown(NEW_UPDATE)}:4 [yaml-alias]`, '展开后的内容过多');
		const problems = await checkWith({ 'site.yaml': `${fixtureText('site.yaml')}${bomb}` });
		const siteLine = fixtureText('site.yaml').split('\n').length + 1;
		expect(problemsIn(problems, 'content/site.yaml').map(brief)).toEqual([`error content/site.yaml:${siteLine} [yaml-alias]`]);
	});

	it(`refuses more than ${MAX_ALIASES} aliases, naming how many there are`, async () => {
		await expectOnly(
			NEW_BENCHMARK,
			manyAliases(),
			`error ${shown(NEW_BENCHMARK)}:2 [yaml-alias]`,
			`别名（*名称）过多：共 ${50 * MAX_ALIASES} 个，最多 ${MAX_ALIASES} 个`,
			`（too many aliases: at most ${MAX_ALIASES}）`,
		);
	});

	it('refuses an alias inside the value it names, which would never end', async () => {
		await expectOnly(
			NEW_BENCHMARK,
			'name: 名称\nareas: &loop\n  - *loop\n',
			`error ${shown(NEW_BENCHMARK)}:3 [yaml-alias]`,
			'引用了包含它自己的内容',
			'（alias refers to its own enclosing value）',
		);
	});

	it('reports an alias with no anchor before it as a syntax error, not a crash', async () => {
		await expectOnly(NEW_BENCHMARK, 'name: *nowhere\n', `error ${shown(NEW_BENCHMARK)}:1 [yaml-syntax]`, 'Unresolved alias', 'nowhere');
	});

	it('reports a list used as a key as an unknown field, without a Node warning on stderr', async () => {
		const warn = vi.spyOn(process, 'emitWarning');
		try {
			const problems = await problemsOf(NEW_BENCHMARK, { [NEW_BENCHMARK]: `${fixtureText(BENCHMARK)}? [a, b]\n: 值\n` });
			expect(problems.map(brief)).toEqual([`error ${shown(NEW_BENCHMARK)}:1 [ a, b ] [unknown-field]`]);
			expect(warn).not.toHaveBeenCalled();
		} finally {
			warn.mockRestore();
		}
	});

	it('finds a duplicate key among eighty thousand, at the duplicate', async () => {
		const keys = Array.from({ length: 80_000 }, (_, index) => `k${index}: 1`);
		const text = `${keys.join('\n')}\nk7: 2\n`;
		expect(text.length).toBeLessThan(MAX_FILE_BYTES);
		await expectOnly(NEW_BENCHMARK, text, `error ${shown(NEW_BENCHMARK)}:80001 [yaml-syntax]`, 'Map keys must be unique');
	});
});

describe('file size', () => {
	it('refuses a 20 MB file unread, naming its size and the limit', async () => {
		await expectOnly(
			INDICATOR,
			twentyMegabytes(),
			`error ${shown(INDICATOR)} [file-size]`,
			'文件过大（20 MB），内容文件最大 1 MB，未读取',
			'（file is 20 MB; content files may be at most 1 MB）',
		);
	});

	it('reads a file of exactly 1 MB, and rounds a size just over it up', async () => {
		// The benchmark, then a comment as long as it takes to make the file exactly 1 MB.
		const exact = Buffer.alloc(MAX_FILE_BYTES, 'x');
		Buffer.from(`${fixtureText(BENCHMARK)}#`).copy(exact);
		expect(await problemsOf(BENCHMARK, { [BENCHMARK]: exact })).toEqual([]);
		await expectOnly(BENCHMARK, Buffer.concat([exact, Buffer.from('\n')]), `error ${shown(BENCHMARK)} [file-size]`, '文件过大（1.1 MB）');
	});
});

describe('bytes that are not text', () => {
	it('names a PNG image saved as .yaml', async () => {
		await expectOnly(
			'benchmarks/png-image.yaml',
			hostileFixture('benchmarks/png-image.yaml'),
			'error content/benchmarks/png-image.yaml [binary-file]',
			'而是 PNG 图片',
			'（this is a PNG image, not a text file）',
		);
	});

	it('calls other bytes with NULs that are not UTF-8 binary data, not GBK', async () => {
		const bytes = Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0x00, 0x9f, 0x92, 0x00, 0x00, 0xff, 0x10, 0x0a]);
		const problems = await problemsOf(NEW_BENCHMARK, { [NEW_BENCHMARK]: bytes });
		expect(problems.map(brief)).toEqual([`error ${shown(NEW_BENCHMARK)} [binary-file]`]);
		expectMessage(problems[0]!, '文件含有二进制数据，不是文本文件', '（binary data, not a text file）');
		expect(problems[0]!.message).not.toContain('GBK');
	});

	it('reports a NUL byte in an otherwise good file at its line', async () => {
		const relative = 'benchmarks/nul-byte.yaml';
		const bytes = hostileFixture(relative);
		expect(lineNumberOf(bytes.toString('utf8'), '\0')).toBe(3);
		await expectOnly(relative, bytes, `error ${shown(relative)}:3 [nul-byte]`, '文件中有空字符（NUL', '（NUL character in the file）');
	});
});

describe('UTF-16', () => {
	const cases: [HostileFixture, string][] = [
		['benchmarks/utf16le-bom.yaml', 'LE'],
		['benchmarks/utf16le.yaml', 'LE'],
		['benchmarks/utf16be-bom.yaml', 'BE'],
		['benchmarks/utf16be.yaml', 'BE'],
	];
	it.each(cases)('says %s is UTF-16 %s and to save it as UTF-8, not that it may be GBK', async (relative, order) => {
		const problems = await problemsOf(relative, { [relative]: hostileFixture(relative) });
		expect(problems.map(brief)).toEqual([`error ${shown(relative)}:1 [encoding]`]);
		expectMessage(problems[0]!, `文件是 UTF-16（${order}）编码`, '另存为 UTF-8', `（file is UTF-16 ${order} encoded; save it as UTF-8）`);
		expect(problems[0]!.message).not.toContain('GBK');
	});

	it('says so for Markdown files mostly in Chinese too, where 一 (U+4E00) puts a NUL on the other side', async () => {
		expect(fixtureText(UPDATE)).toContain('一');
		await expectOnly(UPDATE, Buffer.from(fixtureText(UPDATE), 'utf16le'), `error ${shown(UPDATE)}:1 [encoding]`, 'UTF-16（LE）');
		await expectOnly(PILLAR, Buffer.from(fixtureText(PILLAR), 'utf16le').swap16(), `error ${shown(PILLAR)}:1 [encoding]`, 'UTF-16（BE）');
	});
});

describe(`nesting deeper than ${MAX_DEPTH} levels`, () => {
	it('refuses ten thousand [ in YAML at their line', async () => {
		await expectOnly(
			'indicators/deep-flow.yaml',
			hostileFixture('indicators/deep-flow.yaml'),
			'error content/indicators/deep-flow.yaml:2 [nesting-depth]',
			`字段和列表嵌套超过 ${MAX_DEPTH} 层`,
			`（nesting deeper than ${MAX_DEPTH} levels）`,
		);
	});

	it('refuses ten thousand unclosed {a: and ten thousand - in YAML', async () => {
		for (const text of [`name: ${'{a: '.repeat(10_000)}\n`, `name: 名称\nareas:\n  ${'- '.repeat(10_000)}乡村\n`]) {
			const problems = await problemsOf(NEW_BENCHMARK, { [NEW_BENCHMARK]: text });
			expect(problems.map(brief)).toContain(`error ${shown(NEW_BENCHMARK)}:${text.startsWith('name: {') ? 1 : 3} [nesting-depth]`);
		}
	});

	it('refuses a thousand levels of a: at the line that goes past the limit', async () => {
		const text = Array.from({ length: 1000 }, (_, level) => `${' '.repeat(level)}a:`).join('\n') + ' 值\n';
		expect(text.length).toBeLessThan(MAX_FILE_BYTES);
		await expectOnly(NEW_BENCHMARK, text, `error ${shown(NEW_BENCHMARK)}:${MAX_DEPTH + 1} [nesting-depth]`, `嵌套超过 ${MAX_DEPTH} 层`);
	});

	it('refuses ten thousand levels of a: for its size (about 50 MB) before reading it', async () => {
		const text = Array.from({ length: 10_000 }, (_, level) => `${' '.repeat(level)}a:`).join('\n');
		await expectOnly(NEW_BENCHMARK, text, `error ${shown(NEW_BENCHMARK)} [file-size]`, '文件过大（47.8 MB）');
	});

	it('counts the levels aliases add: a chain of lists each holding the one before', async () => {
		const chain = Array.from({ length: MAX_DEPTH - 1 }, (_, index) => `l${index + 1}: &l${index + 1} [*l${index}]`);
		const text = `l0: &l0 [底]\n${chain.join('\n')}\n`;
		await expectOnly(NEW_BENCHMARK, text, `error ${shown(NEW_BENCHMARK)}:${MAX_DEPTH} [nesting-depth]`, `嵌套超过 ${MAX_DEPTH} 层`);
	});

	it('refuses ten thousand > in a Markdown body at their line', async () => {
		const relative = 'updates/deep-blockquote.md';
		const bytes = hostileFixture(relative);
		await expectOnly(
			relative,
			bytes,
			`error ${shown(relative)}:${lineNumberOf(bytes.toString('utf8'), '>>>>')} [nesting-depth]`,
			`正文中引用（>）或列表（-、*、1.）嵌套超过 ${MAX_DEPTH} 层`,
			`（Markdown nested deeper than ${MAX_DEPTH} levels）`,
		);
	});

	it('refuses ten thousand nested list items, and lists nested by indentation', async () => {
		const deep = withDeepList(fixtureText(UPDATE));
		await expectOnly(UPDATE, deep, `error ${shown(UPDATE)}:${lineNumberOf(deep, '列表一万层')} [nesting-depth]`, '嵌套超过');
		const indented = `${fixtureText(PARENT)}\n${Array.from({ length: 2 * MAX_DEPTH }, (_, level) => `${'  '.repeat(level)}- 第${level + 1}层`).join('\n')}\n`;
		const problems = await problemsOf(PARENT, { [PARENT]: indented });
		expect(problems.map(brief)).toEqual([`error ${shown(PARENT)}:${lineNumberOf(indented, `- 第${MAX_DEPTH + 1}层`)} [nesting-depth]`]);
	});

	it('accepts deep but real nesting: fifty levels of lists and quotes', async () => {
		const lists = Array.from({ length: 50 }, (_, level) => `${'  '.repeat(level)}- 第${level + 1}层`).join('\n');
		const body = `${fixtureText(UPDATE)}\n${lists}\n\n${'> '.repeat(50)}引用\n`;
		expect((await problemsOf(UPDATE, { [UPDATE]: body })).filter((problem) => problem.rule === 'nesting-depth')).toEqual([]);
	});
});

describe('a body built to make the Markdown parser slow', () => {
	it(`refuses more than ${MAX_INLINE_MARKERS} emphasis and link markers, at the line where the limit is passed`, async () => {
		// Unmatched emphasis is paired in quadratic time: 10 000 markers took over 30 s.
		const markers = Array.from({ length: 5 }, () => '*a '.repeat(1000)).join('\n');
		const text = `${fixtureText(UPDATE)}\n${markers}\n`;
		await expectOnly(
			UPDATE,
			text,
			// A thousand markers a line, after the fixture and a blank line: marker 2001 is on the third.
			`error ${shown(UPDATE)}:${fixtureText(UPDATE).split('\n').length + 3} [body-complexity]`,
			`正文中的强调和链接符号（*、_、[）超过 ${MAX_INLINE_MARKERS} 处`,
			`（more than ${MAX_INLINE_MARKERS} emphasis and link markers）`,
		);
	});

	it('accepts a long body with the emphasis and links a real one has', async () => {
		const body = `${fixtureText(UPDATE)}\n${Array.from({ length: 300 }, (_, index) => `第${index + 1}段：**重点**和[链接](https://www.suining.gov.cn/)。`).join('\n\n')}\n`;
		expect((await problemsOf(UPDATE, { [UPDATE]: body })).map(brief)).toEqual([]);
	});
});

describe('a file the checker cannot get through', () => {
	it('becomes one unreadable problem for that file, and the other files are still checked', async () => {
		const { root, contentDir } = await makeContent({ [BENCHMARK]: fixtureWith(BENCHMARK, ['group: specialty', 'group: 特色']) });
		try {
			await symlink(path.join(root, 'nowhere.md'), path.join(contentDir, NEW_UPDATE));
			const { problems } = await checkContent(contentDir, root, { today: TODAY });
			expectBriefs(problems, shown(NEW_UPDATE), [`error ${shown(NEW_UPDATE)} [unreadable]`]);
			expectMessage(
				single(problems, `error ${shown(NEW_UPDATE)} [unreadable]`),
				'无法读取此文件',
				'请联系网站维护人员',
				'（the file could not be checked: Error: ENOENT',
			);
			expectBriefs(problems, shown(BENCHMARK), [`error ${shown(BENCHMARK)}:3 group [enum]`]);
		} finally {
			await removeContent(root);
		}
	});

	it('attributes whatever a body nested ten thousand HTML tags deep produces to that file', async () => {
		const text = `${fixtureText(UPDATE)}\n${'<div>'.repeat(10_000)}\n`;
		const problems = await checkWith({ [UPDATE]: text, [BENCHMARK]: fixtureWith(BENCHMARK, ['group: specialty', 'group: 特色']) });
		expectBriefs(problems, shown(BENCHMARK), [`error ${shown(BENCHMARK)}:3 group [enum]`]);
		expect(problems.filter((problem) => problem.file !== shown(BENCHMARK)).every((problem) => problem.file === shown(UPDATE))).toBe(true);
	});

	it('reports a term without its wrong forms for terms.yaml, whatever the terms schema does with it', async () => {
		const problems = await checkWith({
			'terms.yaml': fixtureWith('terms.yaml', ['    wrong: [琼江生态长廊]\n', '']),
			[BENCHMARK]: fixtureWith(BENCHMARK, ['group: specialty', 'group: 特色']),
		});
		const inTerms = problemsIn(problems, 'content/terms.yaml');
		expect(inTerms.length).toBeGreaterThan(0);
		for (const problem of inTerms) expectMessage(problem);
		expectBriefs(problems, shown(BENCHMARK), [`error ${shown(BENCHMARK)}:3 group [enum]`]);
	});

	it('lists every hostile fixture with its rule when they are all present at once', async () => {
		const changes = Object.fromEntries(Object.keys(HOSTILE_FIXTURES).map((relative) => [relative, hostileFixture(relative as HostileFixture)]));
		const problems = await checkWith(changes);
		for (const [relative, rule] of Object.entries(HOSTILE_FIXTURES)) {
			expect(
				problemsIn(problems, shown(relative)).map((problem) => problem.rule),
				relative,
			).toEqual([rule]);
		}
	});
});
