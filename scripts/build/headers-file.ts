/**
 * Writes `_headers` into the built site: the response headers of src/security/response-headers.ts
 * in the format Netlify and Cloudflare Pages read (nginx uses deploy/nginx/ instead).
 *
 * Both hosts apply every rule whose path matches and join a header named in two matching rules
 * into one comma-separated value, which would turn two Cache-Control or CSP values into
 * nonsense ("… must-revalidate, public, max-age=31536000, immutable"). So the headers every
 * response shares sit in one rule for the whole site, and the two that differ (CSP and
 * Cache-Control) get one rule per top-level file or folder of the build, which never overlap.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { areaHeaders, SECURITY_HEADERS, siteArea } from '../../src/security/response-headers.ts';
import type { BuildStep } from './build-step.ts';

/** A top-level entry of the built site. */
export interface TopLevelEntry {
	name: string;
	isDirectory: boolean;
}

export const HEADERS_FILE = '_headers';

function rule(pattern: string, headers: Readonly<Record<string, string>>): string {
	return [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/** The `_headers` text for a site built under `base` (`/` or `/ztzl/dbjj/`) with these top-level entries. */
export function headersFileText(base: string, entries: readonly TopLevelEntry[]): string {
	const shared = new Set(Object.keys(SECURITY_HEADERS));
	const own = (sitePath: string) => Object.fromEntries(Object.entries(areaHeaders(siteArea(sitePath))).filter(([name]) => !shared.has(name)));
	const sorted = [...entries].filter((entry) => entry.name !== HEADERS_FILE).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return `${[
		[
			'# 由 npm run build 生成（scripts/build/headers-file.ts），供 Netlify、Cloudflare Pages 等读取 _headers 的托管平台使用；',
			'# 用 nginx 时见 deploy/nginx/ 和 docs/部署指南.md。请勿手工修改：改 src/security/response-headers.ts 后重新生成。',
		].join('\n'),
		rule(`${base}*`, SECURITY_HEADERS),
		rule(base, own('index.html')),
		...sorted.map((entry) => (entry.isDirectory ? rule(`${base}${entry.name}/*`, own(`${entry.name}/`)) : rule(`${base}${entry.name}`, own(entry.name)))),
	].join('\n\n')}\n`;
}

/** Writes `_headers` for the site built in `dir` under `base`. */
export async function writeHeadersFile(dir: string, base: string): Promise<void> {
	const entries = await readdir(dir, { withFileTypes: true });
	const text = headersFileText(
		base,
		entries.map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() })),
	);
	await writeFile(path.join(dir, HEADERS_FILE), text, 'utf8');
}

/** The build step: `_headers` for a site built under `base`. */
export function headersFile(base: string): BuildStep {
	return { name: '写入响应头文件', phase: '响应头文件（_headers）', run: (dir) => writeHeadersFile(dir, base) };
}
