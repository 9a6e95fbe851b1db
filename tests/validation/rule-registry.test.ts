/**
 * The registry of rules (src/validation/rules/) and the editors' guide hold each other: every
 * registered rule is documented in docs/编辑指南.md at its anchor, the guide documents no rule
 * that is not registered, and every rule id any fixture produces is registered, with a severity
 * the registry gives it.
 */
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import type { Problem } from '../../src/validation/problem.ts';
import { asRuleId, isRuleId, RULES, type RuleId } from '../../src/validation/rules/index.ts';
import type { Rule, Severity } from '../../src/validation/rules/rule.ts';
import { HOSTILE_DIR } from './hostile-files.ts';
import { makeBrokenContent, makeContent, PROJECT_ROOT, removeContent, TODAY } from './helpers.ts';

const RULES_DIR = path.join(PROJECT_ROOT, 'src/validation/rules');
/** The files of the folder that are not rules: what a rule is, and the registry. */
const NOT_RULES = ['rule.ts', 'index.ts'];
const GUIDE_SECTION = '## 六、出错提示怎么看';
/** The heading of the table of rules about files that cannot be read. */
const FILE_TABLE = '文件本身读不了';

const ruleById = new Map<string, Rule>(RULES.map((rule) => [rule.id, rule]));

/** Every severity a rule's problems may have. */
const severitiesOf = (rule: Rule): Severity[] => (typeof rule.severity === 'string' ? [rule.severity] : Object.values(rule.severity));

interface Heading {
	/** The heading as GitHub shows it: inline code without its backticks. */
	text: string;
	anchor: string;
	/** What follows the heading, up to the next heading. */
	body: string;
}

/** The headings of a Markdown text with their anchors, numbered the way GitHub numbers repeated ones. */
function headings(markdown: string): Heading[] {
	const slugger = new GithubSlugger();
	const lines = markdown.split('\n');
	const found: (Heading & { line: number })[] = [];
	let fenced = false;
	lines.forEach((line, index) => {
		if (line.startsWith('```')) fenced = !fenced;
		const heading = fenced ? undefined : /^#{1,6} (.+)$/.exec(line)?.[1];
		if (heading === undefined) return;
		const text = heading.replace(/`([^`]*)`/g, '$1');
		found.push({ text, anchor: slugger.slug(text), body: '', line: index });
	});
	return found.map(({ line, ...heading }, index) => ({ ...heading, body: lines.slice(line + 1, found[index + 1]?.line).join('\n') }));
}

let guide: string;
/** Section 六 of the guide, where the rules are documented. */
let section: string;

beforeAll(async () => {
	guide = await readFile(path.join(PROJECT_ROOT, 'docs/编辑指南.md'), 'utf8');
	const start = guide.indexOf(`\n${GUIDE_SECTION}`);
	expect(start).toBeGreaterThan(-1);
	const end = guide.indexOf('\n## ', start + 1);
	section = guide.slice(start, end === -1 ? undefined : end);
});

describe('the registry', () => {
	it('has one file per rule, named by its id, and lists every one of them', async () => {
		const files = (await readdir(RULES_DIR)).filter((file) => !NOT_RULES.includes(file)).sort();
		const defined: Rule[] = [];
		for (const file of files) {
			const exported = Object.values(await import(path.join(RULES_DIR, file))).filter(
				(value): value is Rule => typeof value === 'object' && value !== null && 'id' in value && 'severity' in value,
			);
			expect(
				exported.map((rule) => rule.id),
				file,
			).toEqual([file.replace(/\.ts$/, '')]);
			defined.push(...exported);
		}
		expect(new Set(defined)).toEqual(new Set(RULES));
	});

	it('gives each rule a unique id, a severity, a Chinese title and a source', () => {
		expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
		for (const rule of RULES) {
			expect(rule.id, rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
			expect(severitiesOf(rule).length, rule.id).toBeGreaterThan(0);
			for (const severity of severitiesOf(rule)) expect(['error', 'warning'], rule.id).toContain(severity);
			expect(rule.title, rule.id).toMatch(/\p{Script=Han}/u);
			expect(['folder', 'file', 'schema', 'body', 'text', 'cross-file'], rule.id).toContain(rule.source);
		}
	});

	it('lets through a rule id that arrives as text only when it is registered, of one severity', () => {
		expect(asRuleId('reason-required')).toBe('reason-required');
		expect(() => asRuleId('reason-missing')).toThrow(/not a registered rule/);
		// Its severity depends on the case, which an id alone does not say.
		expect(() => asRuleId('mojibake')).toThrow(/not a registered rule of one severity/);
		expect(isRuleId('mojibake')).toBe(true);
		expect(isRuleId('no-such-rule')).toBe(false);
	});
});

describe('the guide', () => {
	it('documents every registered rule at the rule’s anchor', () => {
		const byAnchor = new Map(headings(guide).map((heading) => [heading.anchor, heading]));
		for (const rule of RULES) {
			const heading = byAnchor.get(rule.anchor);
			expect(heading, `${rule.id}: no heading with the anchor #${rule.anchor}`).toBeDefined();
			if (heading?.text === FILE_TABLE) {
				expect(section).toContain(`\n### ${FILE_TABLE}\n`);
				expect(heading.body, rule.id).toMatch(new RegExp(`^\\| \`${rule.id}\` \\|`, 'm'));
			} else {
				expect(heading?.text, rule.id).toBe(`${rule.id}：${rule.title}`);
				expect(section, rule.id).toContain(`\n### \`${rule.id}\`：${rule.title}\n`);
			}
		}
	});

	it('documents no rule that is not registered, and each rule once', () => {
		const ids = [...section.matchAll(/^### `([^`]+)`/gm), ...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1] as string);
		expect(ids.filter((id) => !isRuleId(id))).toEqual([]);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		expect(new Set(ids)).toEqual(new Set(RULES.map((rule) => rule.id)));
	});
});

describe('the rules the fixtures produce', () => {
	const produced: Problem[] = [];
	const roots: string[] = [];

	beforeAll(async () => {
		const broken = await makeBrokenContent();
		const withoutSite = await makeContent({ 'site.yaml': null });
		const unreadable = await makeContent();
		const hostile = await makeContent();
		for (const folder of await readdir(HOSTILE_DIR, { withFileTypes: true })) {
			if (folder.isDirectory()) await cp(path.join(HOSTILE_DIR, folder.name), path.join(unreadable.contentDir, folder.name), { recursive: true });
		}
		const hostileBodies = path.join(PROJECT_ROOT, 'tests/fixtures/content-hostile/updates');
		await cp(hostileBodies, path.join(hostile.contentDir, 'updates'), { recursive: true });
		for (const { root, contentDir } of [broken, withoutSite, unreadable, hostile]) {
			roots.push(root);
			produced.push(...(await checkContent(contentDir, root, { today: TODAY })).problems);
		}
		produced.push(...(await checkContent(path.join(PROJECT_ROOT, 'content'), PROJECT_ROOT, { today: TODAY })).problems);
	});
	afterAll(async () => {
		await Promise.all(roots.map(removeContent));
	});

	it('are all registered, each problem with a severity its rule has', () => {
		expect(produced.length).toBeGreaterThan(50);
		for (const problem of produced) {
			const rule = ruleById.get(problem.rule);
			expect(rule, `${problem.file}: ${problem.rule}`).toBeDefined();
			expect(severitiesOf(rule as Rule), `${problem.file}: ${problem.rule}`).toContain(problem.severity);
		}
	});

	it('cover the rules of every source', () => {
		const ids = new Set<RuleId>(produced.map((problem) => problem.rule));
		for (const source of new Set(RULES.map((rule) => rule.source))) {
			expect(
				RULES.some((rule) => rule.source === source && ids.has(rule.id)),
				source,
			).toBe(true);
		}
	});
});
