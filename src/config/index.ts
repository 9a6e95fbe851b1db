/**
 * The project's configuration in one place: the environment (environment.ts) and
 * content/site.yaml (site-file.ts), read and validated together, and the public address the
 * site is built for. astro.config.mjs, the build and `npm run serve:nginx` start from
 * loadConfig; `npm run cms`, the content collections and the build date read the parts they
 * need. A wrong setting is one ConfigError with a Chinese message.
 */
import path from 'node:path';
import type { Site } from '../schemas/site.ts';
import { splitSiteUrl } from '../utils/site-url.ts';
import { contentDirectory, shownPath, SITE_FILE } from './content-folder.ts';
import { readEnvironment, type Environment } from './environment.ts';
import { readSiteFile } from './site-file.ts';

export { ConfigError, exitOnConfigError, type ConfigProblem } from './config-error.ts';
export { readEnvironment, type Environment } from './environment.ts';
export { readSiteFile } from './site-file.ts';

/** The public address a build is for. */
export interface SiteAddress {
	/** The full address, e.g. `https://www.example.gov.cn/ztzl/dbjj/`. */
	url: string;
	/** Its origin, Astro's `site`: `https://www.example.gov.cn`. */
	site: string;
	/** Its path, Astro's `base`: `/ztzl/dbjj/`. */
	base: string;
	/** Where it was set, for messages: the variable SITE_URL or the file's `url`. */
	setBy: string;
}

/** The whole configuration of one command. */
export interface ProjectConfig {
	environment: Environment;
	/** The content folder, absolute. */
	contentDir: string;
	/** content/site.yaml, validated. */
	site: Site;
	address: SiteAddress;
}

/** Reads the environment and the content folder's site.yaml; throws a ConfigError when either is wrong. */
export function loadConfig(projectRoot: string, env: NodeJS.ProcessEnv = process.env): ProjectConfig {
	const environment = readEnvironment(env);
	const contentDir = contentDirectory(projectRoot, environment);
	const site = readSiteFile(contentDir);
	const url = environment.SITE_URL ?? site.url;
	const setBy = environment.SITE_URL === undefined ? `${shownPath(path.join(contentDir, SITE_FILE))} 的 url` : 'SITE_URL';
	const address = { url, ...splitSiteUrl(url), setBy };
	return { environment, contentDir, site, address };
}
