/**
 * Shared helpers for the content validator tests: a temp copy of the valid fixture with
 * one or more files replaced, and compact views of the problems it produces.
 */
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import type { Problem } from '../../src/validation/problem.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const VALID_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/content-valid');
/** One broken file per rule, in the folders of content/, to lay over a copy of the valid fixture. */
export const BROKEN_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/content-broken');
export const BROKEN_FOLDERS = ['updates', 'initiatives', 'indicators', 'benchmarks'] as const;

// Files of the valid fixture that tests break, by role (paths under content/).
/** An annual indicator. */
export const INDICATOR = 'indicators/qiongjiang-lvdao-licheng.yaml';
/** A quarterly indicator. */
export const QUARTERLY = 'indicators/gongye-yuanqu-yingye-shouru.yaml';
/** An initiative with a child. */
export const PARENT = 'initiatives/qiongjiang-shengtai-zoulang.md';
/** The child initiative. */
export const CHILD = 'initiatives/qiongjiang-lvdao-erqi.md';
/** An initiative written in MDX. */
export const MDX = 'initiatives/gongye-yuanqu-tizhi.mdx';
/** A pillar. */
export const PILLAR = 'pillars/anye-anju.md';
/** A benchmark. */
export const BENCHMARK = 'benchmarks/zhejiang-anji.yaml';
/** An update. */
export const UPDATE = 'updates/2026-09-qiongjiang-lvdao.md';

/**
 * The build date the tests check as of: a few days after the fixture's newest dates, so
 * freshness warnings come only from the tests that ask for them, never from the calendar.
 */
export const TODAY = '2026-11-20';
/** TODAY as SOURCE_DATE_EPOCH (seconds), for the command-line tests: noon in Beijing. */
export const TODAY_EPOCH = String(Date.parse(`${TODAY}T04:00:00Z`) / 1000);

/** A fixture file's path as the checker shows it. */
export const shown = (relative: string) => `content/${relative}`;

/** A file's replacement: text (written as UTF-8), raw bytes, or null to delete it. */
export type Change = string | Uint8Array | null;

/** The text of a file in the valid fixture, e.g. `indicators/qiongjiang-lvdao-licheng.yaml`. */
export function fixtureText(relative: string): string {
	return readFileSync(path.join(VALID_DIR, relative), 'utf8');
}

/** `text` with `from` replaced by `to`; fails loudly if `from` is not there exactly once. */
export function edit(text: string, from: string, to: string): string {
	const first = text.indexOf(from);
	if (first === -1 || text.indexOf(from, first + 1) !== -1) {
		throw new Error(`edit: expected exactly one ${JSON.stringify(from)} in the text`);
	}
	return text.slice(0, first) + to + text.slice(first + from.length);
}

/** The valid fixture file `relative` with each [from, to] edit applied in turn. */
export function fixtureWith(relative: string, ...edits: [string, string][]): string {
	return edits.reduce((text, [from, to]) => edit(text, from, to), fixtureText(relative));
}

/** 1-based number of the only line of `text` that contains `needle`. */
export function lineNumberOf(text: string, needle: string): number {
	const lines = text.split(/\r?\n/);
	const hits = lines.flatMap((line, index) => (line.includes(needle) ? [index + 1] : []));
	if (hits.length !== 1) throw new Error(`lineNumberOf: expected one line with ${JSON.stringify(needle)}, found ${hits.length}`);
	return hits[0] as number;
}

/**
 * More broken files, one rule each, laid over the broken fixture: those made from the valid
 * fixture's files (a bad name, a twin, an empty file, one field changed). Paths under content/.
 */
export const MORE_BROKEN: Readonly<Record<string, string>> = {
	'updates/Rule-File-Name.md': fixtureText(UPDATE),
	'updates/rule-file-type.docx': '琼江生态走廊进展\n',
	'updates/rule-empty-file.md': '',
	'updates/rule-front-matter.md': '# 琼江生态走廊进展\n\n琼江生态走廊新一段已完成建设。\n',
	'updates/rule-duplicate-slug.md': fixtureText(UPDATE),
	'updates/rule-duplicate-slug.mdx': fixtureText(UPDATE),
	'updates/rule-mdx-syntax.mdx': fixtureWith(UPDATE, ['\n琼江生态走廊新一段', '\n<Callout>\n\n琼江生态走廊新一段']),
	'initiatives/rule-type.md': fixtureWith(PARENT, ['partner_units:\n  - shuili-ju', 'partner_units: shuili-ju']),
	'initiatives/rule-parent-cycle.md': fixtureWith(CHILD, ['parent: qiongjiang-shengtai-zoulang', 'parent: rule-parent-cycle']),
	'initiatives/rule-status-vs-indicators.md': fixtureWith(CHILD, [
		'lead_unit: zhufang-chengxiang-jianshe-ju',
		'lead_unit: zhufang-chengxiang-jianshe-ju\nindicators:\n  - qiongjiang-lvdao-licheng',
	]),
	'indicators/rule-enum.yaml': fixtureWith(INDICATOR, ['direction: increase', 'direction: up']),
	'indicators/rule-range.yaml': fixtureWith(INDICATOR, ['decimals: 1', 'decimals: 8']),
	// The home page's key indicators with one misspelt: four are the fewest allowed, so two broken fixtures stand in (a file with its own mistakes still resolves).
	'site.yaml': fixtureWith('site.yaml', [
		'update_cycle_days: 14\n',
		'update_cycle_days: 14\nkey_indicators:\n  - qiongjiang-lvdao-licheng\n  - gongye-yuanqu-yingye-shouru\n  - rule-value-type\n  - qiongjiang-lvdao-lichen\n',
	]),
};

/**
 * A temp project with the valid fixture, the broken fixture and MORE_BROKEN: every rule's
 * example file. `<root>/content` is its content folder.
 */
export async function makeBrokenContent(): Promise<{ root: string; contentDir: string }> {
	const made = await makeContent();
	for (const folder of BROKEN_FOLDERS) await cp(path.join(BROKEN_DIR, folder), path.join(made.contentDir, folder), { recursive: true });
	for (const [relative, text] of Object.entries(MORE_BROKEN)) await writeFile(path.join(made.contentDir, relative), text);
	return made;
}

/** A temp project: `<root>/content` is a copy of the valid fixture with `changes` applied. */
export async function makeContent(changes: Record<string, Change> = {}): Promise<{ root: string; contentDir: string }> {
	const root = await mkdtemp(path.join(os.tmpdir(), 'anju-content-'));
	const contentDir = path.join(root, 'content');
	await cp(VALID_DIR, contentDir, { recursive: true });
	for (const [relative, change] of Object.entries(changes)) {
		const absolute = path.join(contentDir, relative);
		if (change === null) await rm(absolute);
		else await writeFile(absolute, change);
	}
	return { root, contentDir };
}

export async function removeContent(root: string): Promise<void> {
	await rm(root, { recursive: true, force: true });
}

/** Runs checkContent on the valid fixture with `changes`; files are shown as `content/...`. */
export async function checkWith(changes: Record<string, Change> = {}): Promise<Problem[]> {
	const { root, contentDir } = await makeContent(changes);
	try {
		return (await checkContent(contentDir, root, { today: TODAY })).problems;
	} finally {
		await removeContent(root);
	}
}

/** Every file under `dir`, relative to it, with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/** A problem in one line: `error content/x.yaml:14 series[3].value [value-type]`. */
export function brief(problem: Problem): string {
	return `${problem.severity} ${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}${
		problem.field === undefined ? '' : ` ${problem.field}`
	} [${problem.rule}]`;
}

/** The problems reported for one file, in a stable order (by line, then field). */
export function problemsIn(problems: readonly Problem[], file: string): Problem[] {
	return problems.filter((problem) => problem.file === file).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''));
}

/** The briefs of the problems reported for one file, sorted, for exact comparison. */
export function briefsIn(problems: readonly Problem[], file: string): string[] {
	return problems
		.filter((problem) => problem.file === file)
		.map(brief)
		.sort();
}

/** Asserts exactly these problems (as briefs, in any order) are reported for `file`. */
export function expectBriefs(problems: readonly Problem[], file: string, expected: readonly string[]): void {
	expect(briefsIn(problems, file)).toEqual([...expected].sort());
}

/** The only problem with this brief; fails if there is none or more than one. */
export function single(problems: readonly Problem[], wanted: string): Problem {
	const matching = problems.filter((problem) => brief(problem) === wanted);
	expect(matching.map(brief), `problems matching ${wanted} among:\n${problems.map(brief).join('\n')}`).toEqual([wanted]);
	return matching[0] as Problem;
}

/** Asserts the message is Chinese with the English in parentheses at the end, and contains each part. */
export function expectMessage(problem: Problem, ...parts: string[]): void {
	expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
	expect(problem.message).toMatch(/（[^（）]*[A-Za-z][^（）]*）$/);
	for (const part of parts) expect(problem.message).toContain(part);
}

/** Bytes helpers for encodings editors produce. */
export const BOM = Uint8Array.from([0xef, 0xbb, 0xbf]);
/** 安居 in GBK. */
export const ANJU_GBK = Uint8Array.from([0xb0, 0xb2, 0xbe, 0xd3]);

export function toCrlf(text: string): string {
	return text.replace(/\r?\n/g, '\r\n');
}

export function withBom(text: string): Uint8Array {
	return Buffer.concat([BOM, Buffer.from(text, 'utf8')]);
}

/** UTF-8 text with GBK bytes spliced in where `marker` is. */
export function withGbk(text: string, marker: string): Uint8Array {
	const parts = text.split(marker);
	if (parts.length !== 2) throw new Error(`withGbk: expected one ${JSON.stringify(marker)} in the text`);
	return Buffer.concat([Buffer.from(parts[0] ?? '', 'utf8'), ANJU_GBK, Buffer.from(parts[1] ?? '', 'utf8')]);
}
