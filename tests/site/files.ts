/** Reading a built site's files in the site tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Files under `dir` whose name ends in `extension`, as site paths with `/`, sorted. */
export function siteFiles(dir: string, extension: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith(extension))
		.map((file) => file.split(path.sep).join('/'))
		.sort();
}

/** Built pages for readers: every HTML page but the editors' admin (a CMS shell, not site content). */
export function publicPages(dir: string): string[] {
	return siteFiles(dir, '.html').filter((page) => !page.startsWith('admin/'));
}

export function readSite(dir: string, file: string): string {
	return readFileSync(path.join(dir, file), 'utf8');
}
