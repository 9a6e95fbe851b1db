/**
 * Seeded fuzzing of the checker: the real files in content/, mutated at random (bytes, lines,
 * YAML structure, deep nesting, very long lines), each validated in process by validateFile
 * exactly as `npm run check` does per file. Whatever the bytes, it must return problems for
 * that file rather than throw, and finish well within HANG_MS. Then the real command on a copy
 * of content/ with hostile files added must report them and exit 1, never crash.
 *
 * Every case is reproducible from SEED and its number, both printed with each failure.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/generate.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { termsSchema, type Term } from '../../src/schemas/terms.ts';
import { validateFile } from '../../src/validation/validate-file.ts';
import { PROJECT_ROOT, removeContent, TODAY_EPOCH } from './helpers.ts';
import { HOSTILE_DIR, HOSTILE_FIXTURES, manyAliases, twentyMegabytes, withDeepList } from './hostile-files.ts';

const SEED = 0x5eed_2026;
/** Cases in all, spread evenly over the files of content/. */
const CASES = 3000;
/** A case taking longer than this is a hang: a liveness bound, not a speed target. */
const HANG_MS = 5000;

const CONTENT_DIR = path.join(PROJECT_ROOT, 'content');

class Random {
	readonly #next: () => number;
	constructor(seed: number) {
		this.#next = seededRandom(seed);
	}
	/** An integer in [0, below). */
	int(below: number): number {
		return Math.floor(this.#next() * below);
	}
	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)] as T;
	}
}

/** One file of content/ as the command checks it. */
interface Source {
	/** The path shown in problems, e.g. content/updates/x.md. */
	file: string;
	bytes: Buffer;
	schema: z.ZodType;
	lint?: { terms: readonly Term[] };
}

function loadSources(): Source[] {
	const read = (relative: string) => readFileSync(path.join(CONTENT_DIR, relative));
	const terms = (validateFile('content/terms.yaml', read('terms.yaml'), termsSchema).data as { terms: Term[] }).terms;
	const lint = { terms };
	// As checkContent does: terms.yaml is not held to the terms it defines.
	const sources: Source[] = [
		{ file: 'content/terms.yaml', bytes: read('terms.yaml'), schema: termsSchema },
		{ file: 'content/site.yaml', bytes: read('site.yaml'), schema: siteSchema, lint },
	];
	for (const [collection, { extensions, schema }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
		for (const name of readdirSync(path.join(CONTENT_DIR, collection)).sort()) {
			if (!(extensions as readonly string[]).includes(path.extname(name))) continue;
			sources.push({ file: `content/${collection}/${name}`, bytes: read(`${collection}/${name}`), schema, lint });
		}
	}
	return sources;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Offsets just after each newline, and 0: where lines start. */
function lineStarts(bytes: Buffer): number[] {
	const starts = [0];
	for (let index = bytes.indexOf(0x0a); index !== -1; index = bytes.indexOf(0x0a, index + 1)) starts.push(index + 1);
	return starts;
}

function splitLines(bytes: Buffer): Buffer[] {
	const starts = lineStarts(bytes);
	return starts.map((start, index) => bytes.subarray(start, starts[index + 1] ?? bytes.length));
}

function insertAt(bytes: Buffer, offset: number, inserted: Buffer): Buffer {
	return Buffer.concat([bytes.subarray(0, offset), inserted, bytes.subarray(offset)]);
}

/** Bytes that make decoders and parsers take other paths: NUL, BOMs, lone UTF-8 lead and continuation bytes, CR. */
const AWKWARD_BYTES = [0x00, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0x80, 0xc0, 0xe4, 0x0d, 0x09, 0x1b, 0x7f];

/** YAML and Markdown syntax to drop in anywhere. */
const TOKENS = [
	'&a ',
	'*a',
	'*b',
	'{',
	'}',
	'[',
	']',
	':',
	': ',
	'- ',
	'"',
	"'",
	'\t',
	'? ',
	'!!binary ',
	'!tag ',
	'|',
	'>',
	'---\n',
	'...\n',
	'#',
	',',
	'&a [*a]',
	'<<: *a',
	'%YAML 1.1\n',
	'\\',
	'\r',
	'\u00a0',
	'\uFEFF',
	'\u2028',
	'<script>',
	'{{',
	'`',
	'```',
	'<',
	'[x](',
	'![',
	'*',
	'_',
	'~~',
	'|---|',
	'<Chart indicator="x" />',
	'{1+1}',
	'import x from "y"\n',
	'</div>',
	'&#0;',
	'\\u0000',
];

/** Ways to nest deeply, each repeated a number of times. */
const NESTERS = ['[', '{', '- ', '>', '> ', '{a: ', '[a, ', '1. ', '* '];

/** The billion-laughs lines, to insert at a line start. */
const ALIAS_BOMB = readFileSync(path.join(HOSTILE_DIR, 'indicators/alias-bomb.yaml'), 'utf8').replace(/^title: .*\n/, '');

type Mutation = (bytes: Buffer, random: Random) => { bytes: Buffer; label: string };

const MUTATIONS: Mutation[] = [
	(bytes, random) => {
		const copy = Buffer.from(bytes);
		const offset = random.int(copy.length);
		copy[offset] = (copy[offset] ?? 0) ^ (1 << random.int(8));
		return { bytes: copy, label: `flip a bit at ${offset}` };
	},
	(bytes, random) => {
		const inserted = Buffer.from(Array.from({ length: 1 + random.int(4) }, () => (random.int(2) ? random.pick(AWKWARD_BYTES) : random.int(256))));
		const offset = random.int(bytes.length + 1);
		return { bytes: insertAt(bytes, offset, inserted), label: `insert ${inserted.toString('hex')} at ${offset}` };
	},
	(bytes, random) => {
		const offset = random.int(bytes.length);
		const length = 1 + random.int(64);
		return { bytes: Buffer.concat([bytes.subarray(0, offset), bytes.subarray(offset + length)]), label: `delete ${length} bytes at ${offset}` };
	},
	(bytes, random) => {
		const lines = splitLines(bytes);
		const index = random.int(lines.length);
		lines.splice(index, 0, lines[index] as Buffer);
		return { bytes: Buffer.concat(lines), label: `duplicate line ${index + 1}` };
	},
	(bytes, random) => {
		const lines = splitLines(bytes);
		const index = random.int(lines.length);
		lines.splice(index, 1);
		return { bytes: Buffer.concat(lines), label: `delete line ${index + 1}` };
	},
	(bytes, random) => {
		const lines = splitLines(bytes);
		const [a, b] = [random.int(lines.length), random.int(lines.length)];
		[lines[a], lines[b]] = [lines[b] as Buffer, lines[a] as Buffer];
		return { bytes: Buffer.concat(lines), label: `swap lines ${a + 1} and ${b + 1}` };
	},
	(bytes, random) => {
		const lines = splitLines(bytes);
		const index = random.int(lines.length);
		const line = lines[index] as Buffer;
		const indent = random.pick(['', ' ', '  ', '   ', '    ', '\t', ' \t', '        ']);
		const outdent = line.toString('latin1').match(/^[ \t]*/)?.[0].length ?? 0;
		lines[index] = Buffer.concat([utf8(indent), line.subarray(random.int(2) ? 0 : outdent)]);
		return { bytes: Buffer.concat(lines), label: `indent line ${index + 1} by ${JSON.stringify(indent)}` };
	},
	(bytes, random) => {
		const token = random.pick(TOKENS);
		const starts = lineStarts(bytes);
		const offset = random.int(2) ? random.pick(starts) : random.int(bytes.length + 1);
		return { bytes: insertAt(bytes, offset, utf8(token)), label: `insert ${JSON.stringify(token)} at ${offset}` };
	},
	(bytes, random) => {
		const nester = random.pick(NESTERS);
		const times = random.pick([50, 150, 1000, 10_000]);
		const offset = random.int(2) ? random.pick(lineStarts(bytes)) : random.int(bytes.length + 1);
		return { bytes: insertAt(bytes, offset, utf8(nester.repeat(times))), label: `insert ${JSON.stringify(nester)} × ${times} at ${offset}` };
	},
	(bytes, random) => {
		// Block nesting by indentation, one key deeper per line.
		const levels = random.pick([50, 150, 400]);
		const block = Array.from({ length: levels }, (_, level) => `${' '.repeat(level)}a:\n`).join('');
		const offset = random.pick(lineStarts(bytes));
		return { bytes: insertAt(bytes, offset, utf8(block)), label: `insert ${levels} levels of a: at ${offset}` };
	},
	(bytes, random) => {
		const unit = random.pick(['x', '中', '中,', 'ab ', '“', '０']);
		const times = random.pick([1000, 20_000, 100_000]);
		const offset = random.int(bytes.length + 1);
		return { bytes: insertAt(bytes, offset, utf8(unit.repeat(times))), label: `insert ${JSON.stringify(unit)} × ${times} at ${offset}` };
	},
	(bytes, random) => {
		const offset = random.pick(lineStarts(bytes));
		return { bytes: insertAt(bytes, offset, utf8(ALIAS_BOMB)), label: `insert the alias bomb at ${offset}` };
	},
	(bytes, random) => {
		const length = random.int(bytes.length);
		return { bytes: bytes.subarray(0, length), label: `truncate to ${length} bytes` };
	},
	(bytes, random) => {
		const text = bytes.toString('utf8');
		const form = random.pick(['crlf', 'bom', 'utf16le', 'utf16be'] as const);
		const encoded = {
			crlf: () => utf8(text.replace(/\n/g, '\r\n')),
			bom: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]),
			utf16le: () => Buffer.from(text, 'utf16le'),
			utf16be: () => Buffer.from(text, 'utf16le').swap16(),
		}[form]();
		return { bytes: encoded, label: `re-save as ${form}` };
	},
];

/** Case `index`: which file, and the one to four mutations applied to it, all from SEED and index. */
function makeCase(sources: readonly Source[], index: number) {
	const source = sources[index % sources.length] as Source;
	const random = new Random(SEED + index);
	let bytes = source.bytes;
	const labels: string[] = [];
	for (let count = 1 + random.int(4); count > 0; count -= 1) {
		const mutated = random.pick(MUTATIONS)(bytes, random);
		bytes = mutated.bytes;
		labels.push(mutated.label);
	}
	return { source, bytes, index, label: `seed 0x${SEED.toString(16)} case ${index} (${source.file}: ${labels.join(', then ')})` };
}

const RULE_ID = /^[a-z][a-z0-9-]*$/;
const CHINESE = /[\u4e00-\u9fff]/;

/** What is wrong with the outcome of one case; nothing when it is fine. A failing input is saved for a closer look. */
function checkCase({ source, bytes, index, label }: ReturnType<typeof makeCase>): string[] {
	const wrong: string[] = [];
	const started = performance.now();
	try {
		const { problems } = validateFile(source.file, bytes, source.schema, source.lint);
		const elapsed = performance.now() - started;
		if (elapsed > HANG_MS) wrong.push(`took ${Math.round(elapsed)} ms`);
		for (const problem of problems) {
			const shownAs = JSON.stringify(problem).slice(0, 300);
			if (problem.file !== source.file) wrong.push(`problem names another file: ${shownAs}`);
			if (!RULE_ID.test(problem.rule)) wrong.push(`problem has no rule id: ${shownAs}`);
			if (!CHINESE.test(problem.message)) wrong.push(`message is not in Chinese: ${shownAs}`);
			if (problem.line !== undefined && !(Number.isInteger(problem.line) && problem.line >= 1)) wrong.push(`bad line: ${shownAs}`);
		}
	} catch (error) {
		wrong.push(`threw ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ') : String(error)}`);
	}
	if (wrong.length === 0) return [];
	const saved = path.join(os.tmpdir(), `anju-fuzz-case-${index}${path.extname(source.file)}`);
	writeFileSync(saved, bytes);
	return wrong.map((what) => `${label}, input saved as ${saved}: ${what}`);
}

const sources = loadSources();
const perFile = Math.ceil(CASES / sources.length);

describe(`validateFile on ${perFile * sources.length} mutated content files (seed 0x${SEED.toString(16)})`, () => {
	it.each(sources.map((source, position) => [source.file, position] as const))('%s: never throws, names the file, finishes', (_file, position) => {
		const failures: string[] = [];
		for (let round = 0; round < perFile; round += 1) failures.push(...checkCase(makeCase(sources, round * sources.length + position)));
		expect(failures.slice(0, 10), `${failures.length} failing cases`).toEqual([]);
	});
});

describe('npm run check on a copy of content/ with hostile files added', () => {
	const roots: string[] = [];
	afterAll(async () => {
		await Promise.all(roots.map((root) => removeContent(root)));
	});

	it('reports each hostile file by name and exits 1, without a stack trace or an internal error', async () => {
		const root = await mkdtemp(path.join(os.tmpdir(), 'anju-fuzz-'));
		roots.push(root);
		const contentDir = path.join(root, 'content');
		await cp(CONTENT_DIR, contentDir, { recursive: true });
		for (const relative of Object.keys(HOSTILE_FIXTURES)) await cp(path.join(HOSTILE_DIR, relative), path.join(contentDir, relative));
		const update = readFileSync(path.join(CONTENT_DIR, 'updates/2026-q3-jinzhan-huizong.md'), 'utf8');
		const generated: Record<string, string> = {
			'indicators/twenty-megabytes.yaml': 'file-size',
			'benchmarks/many-aliases.yaml': 'yaml-alias',
			'updates/deep-list.md': 'nesting-depth',
			'updates/dangling-link.md': 'unreadable',
		};
		await writeFile(path.join(contentDir, 'indicators/twenty-megabytes.yaml'), twentyMegabytes());
		await writeFile(path.join(contentDir, 'benchmarks/many-aliases.yaml'), manyAliases());
		await writeFile(path.join(contentDir, 'updates/deep-list.md'), withDeepList(update));
		await symlink(path.join(root, 'nowhere.md'), path.join(contentDir, 'updates/dangling-link.md'));
		// And a few fuzz cases, as new files beside the ones they came from.
		const mutants = [0, 1, 2, 3].map((index) => makeCase(sources, index * 7 + 3));
		for (const [index, { source, bytes }] of mutants.entries()) {
			const relative = source.file.replace(/^content\//, '').replace(/(\.\w+)$/, `-fuzzed-${index}$1`);
			await writeFile(path.join(contentDir, relative), bytes);
		}

		const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/check-content.ts')], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1', SOURCE_DATE_EPOCH: TODAY_EPOCH },
			timeout: 60_000,
		});
		expect(run.stderr).toBe('');
		expect(run.stdout).not.toMatch(/^ {4}at /m);
		expect(run.stdout).not.toContain('internal error');
		expect(run.status).toBe(1);
		for (const [relative, rule] of [...Object.entries(HOSTILE_FIXTURES), ...Object.entries(generated)]) {
			expect(run.stdout, relative).toMatch(new RegExp(`^ {2}content/${relative.replaceAll('.', '\\.')}\\S*  错误  .*  ${rule}$`, 'm'));
		}
	});
});
