/**
 * YAML text parsed with positions, so that a problem in `series[3].value` can be
 * reported at its line. Used for YAML files and for Markdown front matter.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

export interface YamlSource {
	/** The plain data, or undefined when the text has syntax errors. */
	data: unknown;
	/** Syntax errors with their 1-based line. */
	syntaxErrors: { line: number; message: string }[];
	/** 1-based line of a field (or of the nearest enclosing field that exists). */
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** 1-based line and column of a field's key (or of the nearest enclosing field that exists). */
	positionOf(path: readonly PropertyKey[]): Position | undefined;
	/** The value's node, for rules that need where a string value starts in the file. */
	valueOf(path: readonly PropertyKey[]): { offset: number; source: string } | undefined;
	/** 1-based line and column of an offset into the YAML text. */
	positionAt(offset: number): Position;
}

/** A place in a file: 1-based line and column. */
export interface Position {
	line: number;
	column: number;
}

/**
 * @param text the YAML text
 * @param firstLine the line of the file the text starts on (2 for front matter after `---`)
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
	const lineCounter = new LineCounter();
	// YAML 1.2 core schema: dates stay strings, so calendar checks see what the editor typed.
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const positionAt = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	const syntaxErrors = doc.errors.map((error) => ({
		line: positionAt(error.pos[0]).line,
		message: error.message.split('\n')[0] ?? error.message,
	}));
	const positionOf = (path: readonly PropertyKey[]) => {
		const offset = offsetOf(doc, path);
		return offset === undefined ? undefined : positionAt(offset);
	};
	return {
		data: syntaxErrors.length > 0 ? undefined : doc.toJS(),
		syntaxErrors,
		lineOf: (path) => positionOf(path)?.line,
		positionOf,
		valueOf: (path) => {
			const node = doc.getIn(path as PropertyKey[], true);
			const range = isScalar(node) ? node.range : undefined;
			return range ? { offset: range[0], source: text.slice(range[0], range[1]) } : undefined;
		},
		positionAt,
	};
}

/** Offset of the key that names the field at `path` (or its value, for list items). */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
	let node: unknown = doc.contents;
	let offset = (doc.contents as { range?: [number] } | null)?.range?.[0];
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
			if (!pair) break;
			offset = (pair.key as { range?: [number] }).range?.[0] ?? offset;
			node = pair.value;
		} else if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items) && typeof key === 'number') {
			const item = node.items[key] as { range?: [number] } | undefined;
			if (!item) break;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			break;
		}
	}
	return offset;
}
