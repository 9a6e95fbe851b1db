/**
 * Reads one content file the way editors save them: UTF-8 with or without a BOM, LF or
 * CRLF. A file saved as GBK or UTF-16, an image or other binary saved under a content
 * name, an empty file, missing front matter and YAML syntax errors are reported with their
 * line rather than thrown.
 *
 * Whatever the bytes, the result is problems for this file, never an exception, and the
 * work stays bounded: files over MAX_FILE_BYTES are refused unread, and YAML or a Markdown
 * body nested deeper than MAX_DEPTH is refused before the parsers recurse into it.
 */
import type { Problem } from './problem.ts';
import { problemFor, type SingleSeverityRuleId } from './rules/index.ts';
import { MAX_DEPTH, parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface ContentSource {
	/** The parsed YAML data (the whole file, or the front matter). */
	data: Record<string, unknown>;
	/** Positions of fields in the file. */
	yaml: YamlSource;
	/** The Markdown body, for .md and .mdx files. */
	body?: { text: string; firstLine: number };
}

const MEGABYTE = 1024 * 1024;

/**
 * Largest content file read: 1 MB. The largest real file is a few KB; a file this big is an
 * image or a data dump saved under the wrong name, and the Markdown parser takes about a
 * minute on a megabyte of text.
 */
export const MAX_FILE_BYTES = MEGABYTE;

/** `---` on its own line, the YAML, then `---` on its own line (a value ending in --- does not close it). */
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

/** How common files that are not text begin, with what to call them in the message. */
const SIGNATURES: { bytes: number[]; chinese: string; english: string }[] = [
	{ bytes: [0x89, 0x50, 0x4e, 0x47], chinese: 'PNG 图片', english: 'a PNG image' },
	{ bytes: [0xff, 0xd8, 0xff], chinese: 'JPEG 图片', english: 'a JPEG image' },
	{ bytes: [0x47, 0x49, 0x46, 0x38], chinese: 'GIF 图片', english: 'a GIF image' },
	{ bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], chinese: 'PDF 文件', english: 'a PDF file' },
	{ bytes: [0x50, 0x4b, 0x03, 0x04], chinese: 'Word、Excel 文档或压缩包', english: 'a Word or Excel document or a ZIP archive' },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], chinese: 'Word、Excel 旧版文档', english: 'an old Word or Excel document' },
];

export function readContentFile(file: string, bytes: Uint8Array): { source?: ContentSource; problems: Problem[] } {
	const fail = (rule: SingleSeverityRuleId, message: string, line?: number) => ({
		problems: [problemFor(rule, { file, message, ...(line === undefined ? {} : { line }) })],
	});
	if (bytes.byteLength > MAX_FILE_BYTES) {
		// Rounded up, so a file just over the limit never shows as the limit itself.
		const size = `${Math.ceil((bytes.byteLength / MEGABYTE) * 10) / 10} MB`;
		const limit = `${MAX_FILE_BYTES / MEGABYTE} MB`;
		return fail(
			'file-size',
			`文件过大（${size}），内容文件最大 ${limit}，未读取；请检查是否误存了图片或其他数据（file is ${size}; content files may be at most ${limit}）`,
		);
	}
	const utf16 = utf16Order(bytes);
	if (utf16) {
		return fail('encoding', `文件是 UTF-16（${utf16}）编码，请在编辑器中选择“另存为 UTF-8”（file is UTF-16 ${utf16} encoded; save it as UTF-8）`, 1);
	}
	const signature = SIGNATURES.find((known) => known.bytes.every((byte, index) => bytes[index] === byte));
	if (signature) {
		return fail(
			'binary-file',
			`此文件不是文本，而是 ${signature.chinese}，不能作为内容文件；图片请放到 public/images/ 文件夹，再在正文中引用（this is ${signature.english}, not a text file）`,
		);
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Text in any encoding has no NUL bytes; binary data nearly always does.
		if (bytes.includes(0)) {
			return fail(
				'binary-file',
				'文件含有二进制数据，不是文本文件（可能是图片或文档改了扩展名），请换成用文本编辑器保存的文件（binary data, not a text file）',
			);
		}
		const lossy = new TextDecoder('utf-8').decode(bytes);
		const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
		return fail('encoding', '文件不是 UTF-8 编码（可能是 GBK 或 GB2312），请在编辑器中选择“另存为 UTF-8”（file is not UTF-8 encoded）', line);
	}
	const nul = text.indexOf('\0');
	if (nul !== -1) {
		return fail(
			'nul-byte',
			'文件中有空字符（NUL，常见于复制粘贴或文件损坏），网页上看不见但会出错，请删除这一行中的不可见字符后重新保存（NUL character in the file）',
			text.slice(0, nul).split('\n').length,
		);
	}
	text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (text.trim() === '') return fail('empty-file', '文件为空（file is empty）');

	const isMarkdown = /\.mdx?$/.test(file);
	let yamlText = text;
	let firstLine = 1;
	let body: ContentSource['body'];
	if (isMarkdown) {
		const match = FRONT_MATTER.exec(text);
		if (!match) {
			return fail('front-matter', '文件开头缺少以 --- 包围的字段区（front matter between --- lines is missing）', 1);
		}
		yamlText = match[1] ?? '';
		firstLine = 2;
		body = { text: text.slice(match[0].length), firstLine: match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1 };
		const deepLine = tooDeepLine(body.text);
		if (deepLine !== undefined) {
			return fail(
				'nesting-depth',
				`正文中引用（>）或列表（-、*、1.）嵌套超过 ${MAX_DEPTH} 层，请检查这一行开头是否多写了这些符号或缩进（Markdown nested deeper than ${MAX_DEPTH} levels）`,
				body.firstLine + deepLine,
			);
		}
		const busyLine = tooManyMarkersLine(body.text);
		if (busyLine !== undefined) {
			return fail(
				'body-complexity',
				`正文中的强调和链接符号（*、_、[）超过 ${MAX_INLINE_MARKERS} 处，无法在合理时间内处理：请检查从这一行起是否误粘贴了大量符号（more than ${MAX_INLINE_MARKERS} emphasis and link markers）`,
				body.firstLine + busyLine,
			);
		}
	}
	const yaml = parseYamlSource(yamlText, firstLine);
	if (yaml.syntaxErrors.length > 0 || yaml.refusals.length > 0) {
		return {
			problems: [
				...yaml.refusals.map((refusal) => problemFor(refusal.rule, { file, line: refusal.line, message: refusal.message })),
				...yaml.syntaxErrors.map((error) =>
					problemFor('yaml-syntax', { file, line: error.line, column: error.column, message: error.message, excerpt: error.excerpt }),
				),
			],
		};
	}
	if (yaml.data === null || yaml.data === undefined) {
		return fail('empty-file', isMarkdown ? '字段区为空（front matter is empty）' : '文件中没有任何字段（file has no fields）', firstLine);
	}
	if (typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
		return fail('type', '应为一组字段（字段名: 值），实为列表或单个值（expected a set of fields）', firstLine);
	}
	return { source: { data: yaml.data as Record<string, unknown>, yaml, ...(body ? { body } : {}) }, problems: [] };
}

/**
 * "LE" or "BE" for UTF-16 text: a byte-order mark, or (without one) NUL bytes at nearly
 * only even or only odd offsets, which is how the ASCII field names look in UTF-16.
 */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
	// Every file begins with ASCII field names or ---, so the start is where UTF-16 shows.
	const sample = bytes.subarray(0, 512);
	let even = 0;
	let odd = 0;
	for (const [index, byte] of sample.entries()) {
		if (byte !== 0) continue;
		if (index % 2 === 0) even += 1;
		else odd += 1;
	}
	// An eighth of the pairs: a stray NUL in UTF-8 text is far below that. The other half of
	// the pairs has a NUL only for the odd character such as 一 (U+4E00); binary data has them in both.
	const enough = Math.max(1, sample.length / 16);
	if (odd >= enough && even * 10 < odd) return 'LE';
	if (even >= enough && odd * 10 < even) return 'BE';
	return undefined;
}

/**
 * Line markers of block quotes and lists, with the indentation between them. Each level of
 * nesting needs a marker or two columns of indentation on the line that opens it.
 */
const CONTAINER_PREFIX = /^(?:[ \t]|>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))*/;

/**
 * Emphasis and link markers a body may hold. Markdown's parser pairs them in time that grows
 * with the square of their number (4000 took 5 s, 10 000 over 30 s); real bodies hold a few
 * dozen.
 */
export const MAX_INLINE_MARKERS = 2000;

/** The 0-based index of the body line holding marker number MAX_INLINE_MARKERS + 1, if there is one. */
function tooManyMarkersLine(body: string): number | undefined {
	let count = 0;
	for (const match of body.matchAll(/[*_]+|\[/g)) {
		if (++count > MAX_INLINE_MARKERS) return body.slice(0, match.index).split('\n').length - 1;
	}
	return undefined;
}

/**
 * The 0-based index of the first body line that may open more than MAX_DEPTH levels of
 * block quotes and lists, counting each marker as a level and each two columns of
 * indentation (not the space that ends a marker) as another: never fewer than the
 * parser will nest.
 */
function tooDeepLine(body: string): number | undefined {
	const lines = body.split('\n');
	for (const [index, line] of lines.entries()) {
		const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
		// No character opens more than two levels (a tab is four columns).
		if (prefix.length * 2 <= MAX_DEPTH) continue;
		let levels = 0;
		for (const part of prefix.matchAll(/[ \t]+|>|[-+*]|\d{1,9}[.)]/g)) {
			const [token] = part;
			if (!/^[ \t]/.test(token)) {
				levels += 1;
				continue;
			}
			// The first space after a marker belongs to the marker.
			const columns = token.replaceAll('\t', '    ').length - (part.index > 0 ? 1 : 0);
			levels += Math.floor(columns / 2);
		}
		if (levels > MAX_DEPTH) return index;
	}
	return undefined;
}
