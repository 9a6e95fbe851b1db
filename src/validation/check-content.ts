/**
 * Validates everything under `content/`: each file against its schema, then the links
 * between files. Collects every problem in one pass, so an editor sees them all at once.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { PLACEHOLDER_PREFIX, siteSchema, type Site } from '../schemas/site.ts';
import { checkBody } from './check-body.ts';
import { checkReferences, type FoundFile, type LoadedEntry } from './check-references.ts';
import { checkStatusConsistency } from './check-status-consistency.ts';
import { describeIssue } from './describe-issue.ts';
import { formatFieldPath, type Problem } from './problem.ts';
import { readContentFile } from './read-content-file.ts';
import { knownKeysAt } from './schema-keys.ts';

export interface ContentCheck {
	problems: Problem[];
	entries: LoadedEntry[];
	site?: Site;
}

/** Validates one file's bytes against a schema; `file` is the path shown in messages. */
export function validateFile(
	file: string,
	bytes: Uint8Array,
	schema: z.ZodType,
): { data?: Record<string, unknown>; lineOf?: LoadedEntry['lineOf']; problems: Problem[] } {
	const { source, problems } = readContentFile(file, bytes);
	if (!source) return { problems };
	const result = schema.safeParse(source.data, { reportInput: true });
	const found: Problem[] = [];
	if (!result.success) {
		for (const issue of result.error.issues) {
			for (const described of describeIssue(issue, (at) => knownKeysAt(schema, at))) {
				const line = source.yaml.lineOf(described.path);
				found.push({
					file,
					field: formatFieldPath(described.path),
					message: described.message,
					rule: described.rule,
					severity: 'error',
					...(line === undefined ? {} : { line }),
				});
			}
		}
	}
	if (source.body) {
		const kind = file.endsWith('.mdx') ? 'mdx' : 'md';
		for (const problem of checkBody(source.body.text, kind)) {
			found.push({ file, line: source.body.firstLine + problem.line - 1, message: problem.message, rule: problem.rule, severity: 'error' });
		}
	}
	return {
		...(result.success ? { data: result.data as Record<string, unknown> } : {}),
		lineOf: source.yaml.lineOf,
		problems: found,
	};
}

/** Warnings for identity values in site.yaml that are still placeholders. */
export function findPlaceholders(site: Site, file: string, lineOf: LoadedEntry['lineOf']): Problem[] {
	const problems: Problem[] = [];
	const walk = (value: unknown, at: PropertyKey[]) => {
		if (typeof value === 'string' && value.startsWith(PLACEHOLDER_PREFIX)) {
			const line = lineOf(at);
			problems.push({
				file,
				field: formatFieldPath(at),
				rule: 'placeholder',
				severity: 'warning',
				message: `仍是占位内容“${value}”，上线前须填写正式信息（placeholder value still present）`,
				...(line === undefined ? {} : { line }),
			});
		} else if (value && typeof value === 'object') {
			for (const [key, child] of Object.entries(value)) walk(child, [...at, key]);
		}
	};
	walk(site, []);
	return problems;
}

/** Suggests a valid file name for one that breaks the slug rule. */
export function suggestSlug(name: string): string | undefined {
	const candidate = name
		.toLowerCase()
		.replace(/[\s_.]+/g, '-')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
	return SLUG_PATTERN.test(candidate) ? candidate : undefined;
}

/** Checks the whole content folder. `contentDir` is absolute; messages show paths relative to `projectRoot`. */
export async function checkContent(contentDir: string, projectRoot = path.dirname(contentDir)): Promise<ContentCheck> {
	const shown = (absolute: string) => path.relative(projectRoot, absolute).split(path.sep).join('/');
	const problems: Problem[] = [];
	const entries: LoadedEntry[] = [];
	const found: FoundFile[] = [];
	let site: Site | undefined;

	const siteFile = path.join(contentDir, 'site.yaml');
	const siteBytes = await readFile(siteFile).catch(() => undefined);
	if (siteBytes === undefined) {
		problems.push({ file: shown(siteFile), rule: 'missing-file', severity: 'error', message: '缺少网站信息文件 site.yaml（content/site.yaml is missing）' });
	} else {
		const result = validateFile(shown(siteFile), siteBytes, siteSchema);
		problems.push(...result.problems);
		if (result.data && result.lineOf) {
			site = result.data as Site;
			problems.push(...findPlaceholders(site, shown(siteFile), result.lineOf));
		}
	}

	for (const [collection, { extensions, schema }] of Object.entries(COLLECTIONS) as [
		CollectionName,
		(typeof COLLECTIONS)[CollectionName],
	][]) {
		const folder = path.join(contentDir, collection);
		const names = await readdir(folder).catch(() => [] as string[]);
		for (const name of names.sort()) {
			const absolute = path.join(folder, name);
			const extension = path.extname(name).toLowerCase();
			if (name.startsWith('.')) continue;
			if (!(extensions as readonly string[]).includes(extension)) {
				problems.push({
					file: shown(absolute),
					rule: 'file-type',
					severity: 'warning',
					message: `此文件不会被读取：${collection} 只接受 ${extensions.join('、')} 文件（ignored: expected ${extensions.join(', ')}）`,
				});
				continue;
			}
			const stem = name.slice(0, -extension.length);
			if (!SLUG_PATTERN.test(stem) || extension !== path.extname(name)) {
				const suggestion = suggestSlug(stem);
				problems.push({
					file: shown(absolute),
					rule: 'file-name',
					severity: 'error',
					message: `文件名只能使用小写英文字母、数字和连字符（不能用中文、空格或大写），${
						suggestion ? `可改为 ${suggestion}${extension.toLowerCase()}` : '请改用拼音或英文，如 qiongjiang-eco-corridor' + extension.toLowerCase()
					}（file names may only use a-z, 0-9 and hyphens）`,
				});
				continue;
			}
			if ((await stat(absolute)).isDirectory()) {
				problems.push({
					file: shown(absolute),
					rule: 'file-type',
					severity: 'warning',
					message: `这是文件夹，不会被读取：每条内容应是 ${collection} 下的一个文件（ignored: a folder, not a file）`,
				});
				continue;
			}
			found.push({ collection, slug: stem, file: shown(absolute) });
			const result = validateFile(shown(absolute), await readFile(absolute), schema);
			problems.push(...result.problems);
			if (result.data && result.lineOf) {
				entries.push({ collection, slug: stem, file: shown(absolute), data: result.data, lineOf: result.lineOf });
			}
		}
	}
	problems.push(...checkReferences(entries, found));
	problems.push(...checkStatusConsistency(entries));
	return { problems, entries, ...(site ? { site } : {}) };
}
