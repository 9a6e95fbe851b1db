/**
 * content/site.yaml for the commands that need it before or outside Astro (the address to
 * build for, the editor's title): read by the reader the check and the content loader use,
 * and worded by the check's own issue descriptions, with each problem's line and column, but
 * thrown as one ConfigError instead of listed, since nothing can go on without the file.
 * The pages read the same file through the `site` collection (src/content.config.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteSchema, type Site } from '../schemas/site.ts';
import { readContentFile } from '../validation/read-content-file.ts';
import { schemaProblems } from '../validation/validate-file.ts';
import { ConfigError } from './config-error.ts';
import { shownPath, SITE_FILE } from './content-folder.ts';

/** `content/site.yaml:3:6`, as far as the place is known. */
function place(file: string, position: { line?: number | undefined; column?: number | undefined } = {}): string {
	return [file, position.line, position.column].filter((part) => part !== undefined).join(':');
}

/**
 * Reads `site.yaml` in `contentDir`. Paths in messages are relative to `shownFrom` (the
 * working folder by default), as the check shows them.
 */
export function readSiteFile(contentDir: string, shownFrom: string = process.cwd()): Site {
	const file = path.join(contentDir, SITE_FILE);
	const shown = shownPath(file, shownFrom);
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const message =
			code === 'ENOENT' ? '缺少网站信息文件 site.yaml（site.yaml is missing）' : `无法读取网站信息文件（cannot read the file: ${code ?? String(error)}）`;
		throw new ConfigError([{ source: shown, message }]);
	}
	const { source, problems } = readContentFile(shown, bytes);
	if (!source) throw new ConfigError(problems.map((problem) => ({ source: place(shown, problem), message: problem.message })));
	const { data, problems: refused } = schemaProblems(shown, source, siteSchema);
	if (data) return data;
	throw new ConfigError(
		refused.map((problem) => ({ source: place(shown, problem), ...(problem.field ? { field: problem.field } : {}), message: problem.message })),
	);
}
