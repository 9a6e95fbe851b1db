/**
 * YAML syntax errors explained to editors in Chinese: where the mistake most likely is (which is
 * often not where the parser gave up: an unclosed quote is noticed lines later), what is wrong in
 * plain words, and the offending line with a caret under it. The parser's own English message
 * stays in brackets for whoever knows YAML. Pure: text in, explanation out.
 */

/** A syntax error as the parser reports it: its code, where it noticed it, and its message. */
export interface YamlError {
	/** yaml's error code, e.g. TAB_AS_INDENT; absent for errors found outside the parser (duplicate keys). */
	code?: string;
	/** Offset into the text where the parser noticed the error. */
	offset: number;
	/** The parser's first line of message, in English. */
	message: string;
}

export interface ExplainedYamlError {
	/** 1-based line of the likely mistake, in the file. */
	line: number;
	/** 1-based column (in characters) of the likely mistake. */
	column: number;
	/** What is wrong and how to fix it, in Chinese, with the parser's message in brackets. */
	message: string;
	/** The line as written, and a caret under the column: two lines, ready to print. */
	excerpt: string;
}

/** A cause found on one line: its column, and what to say. */
interface Cause {
	column: number;
	says: string;
}

/** Looks at one line for a mistake editors make, most telling first. */
type LineCheck = (line: string) => Cause | undefined;

const KEY = String.raw`^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*)`;

const LINE_CHECKS: readonly LineCheck[] = [
	(line) => {
		const indent = /^[ ]*\t/.exec(line);
		return indent ? { column: indent[0].length, says: '这一行用 Tab 键缩进，YAML 只能用空格缩进：请把行首的 Tab 换成空格，同一层级的字段缩进相同' } : undefined;
	},
	(line) => {
		const key = new RegExp(`${KEY}：`).exec(line);
		return key
			? { column: [...(key[1] ?? '')].length + [...(key[2] ?? '')].length + 1, says: `字段名“${key[2]}”后面用了全角冒号“：”，应为半角冒号加空格“: ”` }
			: undefined;
	},
	(line) => {
		const key = new RegExp(`${KEY}:(?=[^\\s])`).exec(line);
		return key ? { column: [...(key[0] ?? '')].length + 1, says: `冒号后面缺少空格：应写作“${key[2]}: ”，冒号和值之间要有一个空格` } : undefined;
	},
];

/** What a parser error code means, where the line itself shows nothing more telling. */
const BY_CODE: Readonly<Record<string, string>> = {
	BLOCK_AS_IMPLICIT_KEY: '值里含有半角冒号加空格（“: ”），YAML 会把它当成新的字段：请把整个值用英文双引号括起来，或把冒号改为全角“：”',
	MULTILINE_IMPLICIT_KEY: '这一行被读成了跨行的字段名：可能是上一行的值换了行，或冒号后面缺少空格；一个值写在一行内，换行的长文字请用英文双引号括起来',
	BAD_INDENT: '缩进不一致：同一层级的字段应从同一列开始，下一层级的字段多缩进两个空格',
	TAB_AS_INDENT: '这一行用 Tab 键缩进，YAML 只能用空格缩进：请把行首的 Tab 换成空格',
	DUPLICATE_KEY: '字段重复：同一字段写了两次，请删去其中一个',
	BAD_DQ_ESCAPE: '双引号内的反斜杠“\\”写法不对：需要反斜杠时写两个“\\\\”，或改用单引号',
	UNEXPECTED_TOKEN: '这里出现了 YAML 不认识的符号：请检查多余的符号，或把整个值用英文双引号括起来',
};

/**
 * The explainer of errors in `text`: the text is split into lines once, however many errors it has.
 * @param firstLine the line of the file the text starts on (2 for front matter after `---`)
 */
export function yamlErrorExplainer(text: string, firstLine = 1): (error: YamlError) => ExplainedYamlError {
	const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
	const starts = lineStarts(text);
	// The parser may stumble thousands of times on one pasted line; each line and message is explained once.
	const explained = new Map<string, ExplainedYamlError>();
	return (error) => {
		const line = lineAt(starts, error.offset);
		const key = `${line}\0${error.code ?? ''}\0${error.message}`;
		const known = explained.get(key);
		if (known) return known;
		const start = starts[line - 1] ?? 0;
		const noticedAt = { line, column: [...text.slice(start, Math.max(start, Math.min(error.offset, start + 10_000)))].length + 1 };
		const found =
			unclosedPair(lines, noticedAt.line, error) ?? causeOnLines(lines, noticedAt.line) ?? colonInValue(lines, noticedAt, error) ?? byCode(error, noticedAt);
		const fileLine = found.line + firstLine - 1;
		const explanation = {
			line: fileLine,
			column: found.column,
			message: `YAML 格式错误：${found.says}（YAML syntax error: ${error.message}）`,
			excerpt: excerptAt(fileLine, lines[found.line - 1] ?? '', found.column),
		};
		explained.set(key, explanation);
		return explanation;
	};
}

/** The line's own telling mistake, on the line the parser stopped at or, failing that, the line before. */
function causeOnLines(lines: readonly string[], at: number): (Cause & { line: number }) | undefined {
	for (const line of [at, at - 1]) {
		const text = lines[line - 1];
		if (text === undefined) continue;
		for (const check of LINE_CHECKS) {
			const cause = check(text);
			if (cause) return { ...cause, line };
		}
	}
	return undefined;
}

/** How far back an unclosed quote or bracket is looked for. */
const PAIR_SEARCH_LINES = 50;

/** A quote or bracket opened and never closed: the parser notices at the end, the mistake is where it opened. */
function unclosedPair(lines: readonly string[], at: number, error: YamlError): (Cause & { line: number }) | undefined {
	const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
	const bracket = /Flow (sequence|mapping)/.exec(error.message) ? (error.message.includes('sequence') ? '[' : '{') : undefined;
	const opener = quote ?? bracket;
	if (opener === undefined) return undefined;
	// A value runs on for a few lines at most: the search back is bounded, however long the file.
	for (let line = Math.min(at, lines.length); line >= Math.max(1, at - PAIR_SEARCH_LINES); line--) {
		const text = lines[line - 1] ?? '';
		const value = /:\s+(.*)$/.exec(text) ?? /^\s*-\s+(.*)$/.exec(text);
		const start = value?.[1]?.trimStart() ?? '';
		if (!start.startsWith(opener)) continue;
		const closer: string = opener === '[' ? ']' : opener === '{' ? '}' : opener;
		if (countOf(start, opener) <= countOf(start, closer) && opener !== closer) continue;
		if (opener === closer && countOf(start, opener) % 2 === 0) continue;
		const column = [...text.slice(0, text.indexOf(start))].length + 1;
		const says =
			opener === closer
				? `引号没有成对：这一行的值以 ${opener} 开头，但没有对应的结尾 ${opener}；请在值的末尾补上 ${opener}`
				: `括号没有成对：这一行的“${opener}”没有对应的“${closer}”；请补上“${closer}”，或把列表改为每项一行、以“- ”开头`;
		return { line, column, says };
	}
	return undefined;
}

/**
 * A `: ` inside a value, which YAML reads as a field of its own: in the value where the parser
 * stopped, or in the lines it runs on to (more indented than its field).
 */
function colonInValue(lines: readonly string[], at: { line: number; column: number }, error: YamlError): (Cause & { line: number }) | undefined {
	if (error.code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
	const first = lines[at.line - 1] ?? '';
	const indent = /^\s*/.exec(first)?.[0].length ?? 0;
	for (let line = at.line; line <= Math.min(lines.length, at.line + PAIR_SEARCH_LINES); line++) {
		const text = lines[line - 1] ?? '';
		if (line > at.line && (/^\s*/.exec(text)?.[0].length ?? 0) <= indent) break;
		const from = line === at.line ? at.column - 1 : 0;
		const colon = [...text].findIndex((character, index, characters) => index >= from && character === ':' && /\s/.test(characters[index + 1] ?? ' '));
		if (colon !== -1) return { line, column: colon + 1, says: BY_CODE['BLOCK_AS_IMPLICIT_KEY'] as string };
	}
	return undefined;
}

function countOf(text: string, character: string): number {
	return text.split(character).length - 1;
}

function byCode(error: YamlError, at: { line: number; column: number }): Cause & { line: number } {
	const says =
		(error.code === undefined ? undefined : BY_CODE[error.code]) ??
		(/Map keys must be unique/.test(error.message) ? BY_CODE['DUPLICATE_KEY'] : undefined) ??
		(/Sequence item without - indicator/.test(error.message) ? '列表项缩进不一致：同一列表的各项应对齐，每项以“- ”开头' : undefined) ??
		'请检查这一行的冒号、缩进和引号';
	return { ...at, says };
}

/** The offset each line starts at. */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
	return starts;
}

/** The 1-based line of an offset, found by halving the line starts. */
function lineAt(starts: readonly number[], offset: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if ((starts[middle] ?? 0) <= offset) low = middle;
		else high = middle - 1;
	}
	return low + 1;
}

/** Longest part of a line shown, in characters: a pasted paragraph would fill the screen. */
const EXCERPT_CHARACTERS = 60;

/**
 * `  4 | summary: …` and a caret under `column`. Terminals give CJK and full-width characters two
 * cells, so the caret is placed by display width; a tab is shown as four spaces.
 */
function excerptAt(lineNumber: number, line: string, column: number): string {
	const characters = [...line.replace(/\t/g, '    ')];
	const tabsBefore = [...line].slice(0, column - 1).filter((character) => character === '\t').length;
	const caretAt = column - 1 + tabsBefore * 3;
	const start = Math.max(0, Math.min(caretAt - 20, characters.length - EXCERPT_CHARACTERS));
	const shown = characters.slice(start, start + EXCERPT_CHARACTERS);
	const prefix = start > 0 ? '…' : '';
	const gutter = String(lineNumber);
	const pad = displayWidth(prefix + characters.slice(start, caretAt).join(''));
	return `${gutter} | ${prefix}${shown.join('')}${start + EXCERPT_CHARACTERS < characters.length ? '…' : ''}\n${' '.repeat(gutter.length)} | ${' '.repeat(pad)}^`;
}

/** Cells a terminal gives the text: two for East Asian wide and full-width characters. */
function displayWidth(text: string): number {
	let width = 0;
	for (const character of text)
		width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(character) ? 2 : 1;
	return width;
}
