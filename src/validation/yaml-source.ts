/**
 * YAML text parsed with positions, so that a problem in `series[3].value` can be
 * reported at its line. Used for YAML files and for Markdown front matter.
 *
 * Content files come from editors and from the web editor, so the text may be hostile:
 * aliases that expand a few lines into gigabytes (“billion laughs”), aliases that contain
 * themselves, nesting thousands of levels deep. Each is refused with its line before the
 * data is built, and nothing here grows faster than the size of the text.
 */
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { yamlErrorExplainer, type YamlError } from './explain-yaml-error.ts';
import type { SingleSeverityRuleId } from './rules/index.ts';

export interface YamlSource {
	/** The plain data, or undefined when the text has syntax errors or was refused. */
	data: unknown;
	/** Syntax errors explained in Chinese (explain-yaml-error.ts), at the line and column of the likely mistake, one per line. */
	syntaxErrors: { line: number; column: number; message: string; excerpt: string }[];
	/** Why the data was not built although the syntax is fine: too deep, or aliases that expand too far. */
	refusals: { line: number; rule: Extract<SingleSeverityRuleId, 'nesting-depth' | 'yaml-alias'>; message: string }[];
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
 * Deepest nesting of lists and fields in a content file (the Markdown body too). Real files
 * nest four levels at most; the libraries that read the data recurse once per level, and
 * run out of stack a few thousand levels down.
 */
export const MAX_DEPTH = 100;

/**
 * Most aliases (`*name`) a file may use, and yaml's maxAliasCount, which bounds how far
 * they expand. Content needs none; the count also keeps yaml's own alias accounting,
 * which rescans the document for each alias, from growing with the square of the file.
 */
export const MAX_ALIASES = 100;

/** Most syntax errors reported per file. */
export const MAX_SYNTAX_ERRORS = 20;

const TOO_DEEP = `字段和列表嵌套超过 ${MAX_DEPTH} 层，请检查是否多写了 [、{、- 或缩进（nesting deeper than ${MAX_DEPTH} levels）`;

/**
 * @param text the YAML text
 * @param firstLine the line of the file the text starts on (2 for front matter after `---`)
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
	const lineCounter = new LineCounter();
	const positionAt = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	const lineAt = (offset: number) => positionAt(offset).line;
	let doc: Document;
	try {
		// YAML 1.2 core schema: dates stay strings, so calendar checks see what the editor typed.
		// Duplicate keys are found by inspect(): yaml's own check compares each key with every other.
		// yaml would print its warnings (a list used as a key) to stderr, outside the report; the
		// schema reports such a key as an unknown field anyway.
		doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
	} catch (error) {
		// yaml's parser closes nested block collections by recursion, so `- - - …` thousands deep
		// followed by a shallower line runs it out of stack.
		if (!(error instanceof RangeError)) throw error;
		const line = mostIndicatorsLine(text) + firstLine;
		return { ...unparsed(positionAt), refusals: [{ line, rule: 'nesting-depth', message: TOO_DEEP }] };
	}
	const inspected = inspect(doc);

	// yaml reports running out of stack while composing as RESOURCE_EXHAUSTION: that is nesting.
	const exhausted = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
	const tooDeepAt = exhausted ? Math.min(exhausted.pos[0], inspected.tooDeepAt ?? Infinity) : inspected.tooDeepAt;
	const parserErrors = doc.errors.filter((error) => error.code !== 'RESOURCE_EXHAUSTION');
	const found: YamlError[] = [
		...parserErrors
			// “Implicit keys need to be on a single line” spans the lines a more telling error is on: that one is kept.
			.filter(
				(error) =>
					error.code !== 'MULTILINE_IMPLICIT_KEY' ||
					!parserErrors.some((other) => other !== error && other.pos[0] >= error.pos[0] && other.pos[0] <= error.pos[1]),
			)
			.map((error) => ({ code: error.code, offset: error.pos[0], message: error.message.split('\n')[0] ?? error.message })),
		...inspected.duplicateKeys.map((offset) => ({ code: 'DUPLICATE_KEY', offset, message: 'Map keys must be unique' })),
		...inspected.unresolved.map(({ offset, name }) => ({ offset, message: `Unresolved alias (the anchor must be set before the alias): ${name}` })),
	].sort((a, b) => a.offset - b.offset);
	const syntaxErrors: YamlSource['syntaxErrors'] = [];
	const explain = yamlErrorExplainer(text, firstLine);
	for (const error of found) {
		// One mistake can trip the parser on every line after it: the first few are the ones to fix.
		if (syntaxErrors.length === MAX_SYNTAX_ERRORS) break;
		const explained = explain(error);
		// One mistake often trips the parser twice on its line: the first explanation is the one to act on.
		if (!syntaxErrors.some((known) => known.line === explained.line)) syntaxErrors.push(explained);
	}

	const refusals: YamlSource['refusals'] = [];
	if (tooDeepAt !== undefined) refusals.push({ line: lineAt(tooDeepAt), rule: 'nesting-depth', message: TOO_DEEP });
	for (const offset of inspected.recursive) {
		refusals.push({
			line: lineAt(offset),
			rule: 'yaml-alias',
			message: '别名（*名称）引用了包含它自己的内容，会无限展开，请改为直接填写（alias refers to its own enclosing value）',
		});
	}
	if (inspected.aliases.length > MAX_ALIASES) {
		refusals.push({
			line: lineAt(inspected.aliases[MAX_ALIASES] ?? 0),
			rule: 'yaml-alias',
			message: `别名（*名称）过多：共 ${inspected.aliases.length} 个，最多 ${MAX_ALIASES} 个，请改为直接填写（too many aliases: at most ${MAX_ALIASES}）`,
		});
	}

	let data: unknown;
	if (syntaxErrors.length === 0 && refusals.length === 0) {
		try {
			data = doc.toJS({ maxAliasCount: MAX_ALIASES });
		} catch (error) {
			// With the nesting, cycles and unresolved aliases refused above, only maxAliasCount throws.
			if (!(error instanceof ReferenceError)) throw error;
			refusals.push({
				line: lineAt(inspected.aliases[0] ?? 0),
				rule: 'yaml-alias',
				message: '别名（*名称）层层引用，展开后的内容过多，请改为直接填写（aliases expand to too much data）',
			});
		}
	}

	const positionOf = (path: readonly PropertyKey[]) => {
		const { offset } = locate(doc, inspected.keys, path);
		return offset === undefined ? undefined : positionAt(offset);
	};
	return {
		data,
		syntaxErrors,
		refusals,
		lineOf: (path) => positionOf(path)?.line,
		positionOf,
		valueOf: (path) => {
			const { node, complete } = locate(doc, inspected.keys, path);
			const range = complete && isScalar(node) ? node.range : undefined;
			return range ? { offset: range[0], source: text.slice(range[0], range[1]) } : undefined;
		},
		positionAt,
	};
}

/** A source for text yaml could not parse at all: no data, nothing to find. */
function unparsed(positionAt: YamlSource['positionAt']): Omit<YamlSource, 'refusals'> {
	return { data: undefined, syntaxErrors: [], lineOf: () => undefined, positionOf: () => undefined, valueOf: () => undefined, positionAt };
}

/** The 0-based index of the line that opens the most collections at its start (`- `, `? `, `: `, `[`, `{`). */
function mostIndicatorsLine(text: string): number {
	let most = { index: 0, count: -1 };
	for (const [index, line] of text.split('\n').entries()) {
		const count = /^(?:[ \t]|[-?:](?=[ \t]|$)|[[{])*/.exec(line)?.[0].replace(/[ \t]/g, '').length ?? 0;
		if (count > most.count) most = { index, count };
	}
	return most.index;
}

interface Inspection {
	/** Offsets of keys already used earlier in the same map. */
	duplicateKeys: number[];
	/** Aliases with no anchor before them. */
	unresolved: { offset: number; name: string }[];
	/** Aliases inside the value their anchor names, which would make the data infinite. */
	recursive: number[];
	/** Offsets of every alias, in document order. */
	aliases: number[];
	/** Where the data, with aliases expanded, first gets deeper than MAX_DEPTH. */
	tooDeepAt?: number;
	/** Each map's pairs by key as text (the first pair with that key), so finding a field costs one lookup per level. */
	keys: Map<YAMLMap, Map<string, Pair>>;
}

/**
 * One walk over the document, without recursion so no depth can overflow it, in document
 * order as yaml resolves aliases: each alias names the last anchor before it.
 */
function inspect(doc: Document): Inspection {
	const found: Inspection = { duplicateKeys: [], unresolved: [], recursive: [], aliases: [], keys: new Map() };
	/** The node each anchor names so far. */
	const anchors = new Map<string, Node>();
	/** Levels of lists and maps in the data a finished node (or alias) stands for. */
	const height = new Map<unknown, number>();
	/** Collections whose walk has started and not finished: the current node's ancestors. */
	const open = new Set<unknown>();
	/** Nodes still to walk; a collection comes back with its `children` once they are all walked. */
	const stack: { node: unknown; depth: number; children?: unknown[] }[] = [{ node: doc.contents, depth: 0 }];
	const tooDeep = (offset: number) => {
		found.tooDeepAt ??= offset;
	};
	for (let step = stack.pop(); step; step = stack.pop()) {
		const { node, depth } = step;
		if (isAlias(node)) {
			const offset = node.range?.[0] ?? 0;
			found.aliases.push(offset);
			const target = anchors.get(node.source);
			if (!target) found.unresolved.push({ offset, name: node.source });
			else if (open.has(target)) found.recursive.push(offset);
			else {
				const levels = height.get(target) ?? 0;
				height.set(node, levels);
				if (depth + levels > MAX_DEPTH) tooDeep(offset);
			}
			continue;
		}
		if (!isNode(node)) continue;
		if (!isCollection(node)) {
			if (node.anchor) anchors.set(node.anchor, node);
			continue;
		}
		if (step.children) {
			open.delete(node);
			height.set(node, 1 + step.children.reduce<number>((highest, child) => Math.max(highest, height.get(child) ?? 0), 0));
			continue;
		}
		if (node.anchor) anchors.set(node.anchor, node);
		if (depth + 1 > MAX_DEPTH) {
			tooDeep(node.range?.[0] ?? 0);
			continue;
		}
		if (isMap(node)) found.keys.set(node, keysOf(node, found.duplicateKeys));
		open.add(node);
		const children = node.items.flatMap((item: unknown) => (isPair(item) ? [item.key, item.value] : [item]));
		stack.push({ node, depth, children });
		for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ node: children[index], depth: depth + 1 });
	}
	return found;
}

/** A map's pairs by key as text; keys equal to an earlier one (as yaml compares them) go to `duplicates`. */
function keysOf(map: YAMLMap, duplicates: number[]): Map<string, Pair> {
	const byText = new Map<string, Pair>();
	const values = new Set<unknown>();
	for (const pair of map.items as Pair[]) {
		if (!isScalar(pair.key)) continue;
		if (values.has(pair.key.value)) duplicates.push(pair.key.range?.[0] ?? 0);
		values.add(pair.key.value);
		const name = String(pair.key.value);
		if (!byText.has(name)) byText.set(name, pair);
	}
	return byText;
}

/**
 * The node at `path`, or the nearest enclosing one that exists (`complete` says which), and
 * the offset of the key that names it (or of the value, for list items).
 */
function locate(doc: Document, keys: Inspection['keys'], path: readonly PropertyKey[]): { node: unknown; offset: number | undefined; complete: boolean } {
	let node: unknown = doc.contents;
	let offset = isNode(node) ? node.range?.[0] : undefined;
	for (const key of path) {
		if (isMap(node)) {
			const pair = keys.get(node)?.get(String(key));
			if (!pair) return { node, offset, complete: false };
			offset = (pair.key as { range?: [number] }).range?.[0] ?? offset;
			node = pair.value;
		} else if (isCollection(node) && typeof key === 'number') {
			const item = node.items[key] as { range?: [number] } | undefined;
			if (!item) return { node, offset, complete: false };
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			return { node, offset, complete: false };
		}
	}
	return { node, offset, complete: true };
}
