/**
 * Reads one content file the way editors save them: UTF-8 with or without a BOM, LF or
 * CRLF. A file saved as GBK, an empty file, missing front matter and YAML syntax errors
 * are reported with their line rather than thrown.
 */
import type { Problem } from './problem.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface ContentSource {
	/** The parsed YAML data (the whole file, or the front matter). */
	data: Record<string, unknown>;
	/** Positions of fields in the file. */
	yaml: YamlSource;
	/** The Markdown body, for .md and .mdx files. */
	body?: { text: string; firstLine: number };
}

/** `---` on its own line, the YAML, then `---` on its own line (a value ending in --- does not close it). */
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

export function readContentFile(file: string, bytes: Uint8Array): { source?: ContentSource; problems: Problem[] } {
	const fail = (rule: string, message: string, line?: number) => ({
		problems: [{ file, rule, message, severity: 'error' as const, ...(line === undefined ? {} : { line }) }],
	});
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const lossy = new TextDecoder('utf-8').decode(bytes);
		const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
		return fail(
			'encoding',
			'文件不是 UTF-8 编码（可能是 GBK 或 GB2312），请在编辑器中选择“另存为 UTF-8”（file is not UTF-8 encoded）',
			line,
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
	}
	const yaml = parseYamlSource(yamlText, firstLine);
	if (yaml.syntaxErrors.length > 0) {
		return {
			problems: yaml.syntaxErrors.map((error) => ({
				file,
				line: error.line,
				rule: 'yaml-syntax',
				severity: 'error' as const,
				message: `YAML 格式错误：${error.message}（YAML syntax error; check indentation, colons and quotes）`,
			})),
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
