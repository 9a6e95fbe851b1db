/**
 * The `_headers` file the build writes for Netlify and Cloudflare Pages. Both hosts apply every
 * matching rule and join a header named twice into one value, so for every file of each build
 * this resolves the rules as they do and checks that each header comes from exactly one rule,
 * with the value src/security/response-headers.ts gives (the same nginx is tested against).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADERS_FILE } from '../../scripts/build/headers-file.ts';
import { areaHeaders, siteArea } from '../../src/security/response-headers.ts';
import { builtSite, type SiteKind } from '../helpers/built-site.ts';

interface Rule {
	pattern: string;
	headers: [string, string][];
}

/** The rules of a `_headers` file: a path line, then indented `Name: value` lines. */
function parseRules(text: string): Rule[] {
	const rules: Rule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.startsWith('#')) continue;
		if (line.startsWith('/')) rules.push({ pattern: line, headers: [] });
		else {
			const match = /^ {2}([A-Za-z-]+): (.+)$/.exec(line);
			if (!match || rules.length === 0) throw new Error(`not a _headers line: ${line}`);
			rules.at(-1)?.headers.push([match[1] ?? '', match[2] ?? '']);
		}
	}
	return rules;
}

/** A rule's path matches as the hosts match it: exactly, or by prefix before a trailing `*` splat. */
function matches(pattern: string, urlPath: string): boolean {
	return pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
}

describe.each<SiteKind>(['root', 'subpath'])('_headers in the %s build', (kind) => {
	const { dist, base } = builtSite(kind);
	const rules = () => parseRules(readFileSync(`${dist}/${HEADERS_FILE}`, 'utf8'));

	it('gives every file exactly the headers nginx sends, each from one rule only', () => {
		const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
			(file) => !file.endsWith('.gz') && !file.endsWith('.br') && file !== HEADERS_FILE && /\.[a-z0-9_]+$/.test(file),
		);
		expect(files.length).toBeGreaterThan(200);
		// Pages are asked for by their folder (`about/`) as well as by file name.
		const sitePaths = [...files, ...files.filter((file) => file.endsWith('index.html')).map((file) => file.slice(0, -'index.html'.length))];
		for (const sitePath of sitePaths) {
			const sent = rules()
				.filter((rule) => matches(rule.pattern, `${base}${sitePath}`))
				.flatMap((rule) => rule.headers);
			const names = sent.map(([name]) => name);
			expect(
				names.filter((name, index) => names.indexOf(name) !== index),
				sitePath,
			).toEqual([]);
			expect(Object.fromEntries(sent), sitePath).toEqual(areaHeaders(siteArea(sitePath)));
		}
	});

	it('keeps every rule under the base path and within Cloudflare’s limit of 100 rules', () => {
		expect(rules().every((rule) => rule.pattern.startsWith(base))).toBe(true);
		expect(rules().length).toBeLessThanOrEqual(100);
		expect(
			rules()
				.find((rule) => rule.pattern === `${base}admin/*`)
				?.headers.map(([name]) => name),
		).toEqual(['Cache-Control']);
	});
});
