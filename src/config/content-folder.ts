/** Where the content is: the folder (CONTENT_DIR or the project's content/) and the site file in it. */
import path from 'node:path';
import type { Environment } from './environment.ts';

/** The site file's name in the content folder. */
export const SITE_FILE = 'site.yaml';

/** The content folder, absolute: CONTENT_DIR (from the working folder) or `content/` in the project. */
export function contentDirectory(projectRoot: string, environment: Environment): string {
	return environment.CONTENT_DIR === undefined ? path.join(projectRoot, 'content') : path.resolve(environment.CONTENT_DIR);
}

/** A path as messages show it: relative to the working folder, with forward slashes, as the check shows files. */
export function shownPath(file: string, from: string = process.cwd()): string {
	return path.relative(from, file).split(path.sep).join('/');
}
