/**
 * The site's nginx configuration, deploy/nginx/site.conf.template, filled in for one
 * deployment. The district's IT staff fill the same template with envsubst (docs/部署指南.md);
 * this does exactly what `envsubst '${BASE_PATH} ${SITE_ROOT}'` does (a test compares the two),
 * so `npm run serve:nginx` and the tests run the configuration that is deployed.
 */
import path from 'node:path';

const deployDir = path.resolve(import.meta.dirname, '../../deploy/nginx');

export const SITE_TEMPLATE_FILE = path.join(deployDir, 'site.conf.template');
export const SECURITY_HEADERS_FILE = path.join(deployDir, 'security-headers.conf');

/** The folder, next to nginx's main configuration file, that the template's includes expect. */
export const INCLUDE_DIR = 'anju-dbjj';

export interface SiteConfigValues {
	/** The path the site lives under, `/` or e.g. `/ztzl/dbjj/`. */
	basePath: string;
	/** Absolute path of the folder holding the built site. */
	siteRoot: string;
	/** Whether nginx has the brotli static module; without it, `brotli_static` is an unknown directive. */
	brotli: boolean;
}

/** A path of URL-safe segments, starting and ending with `/`, as Astro's base is. */
const BASE_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

/** The template with its placeholders filled; throws, in Chinese, on values nginx would misread. */
export function renderSiteConfig(template: string, values: SiteConfigValues): string {
	if (!BASE_PATH.test(values.basePath)) {
		throw new Error(`网站路径“${values.basePath}”不对：必须以 / 开头和结尾，只含英文字母、数字和 - _ . ~，如 / 或 /ztzl/dbjj/`);
	}
	if (!path.isAbsolute(values.siteRoot) || /["$\\\n]/.test(values.siteRoot)) {
		throw new Error(`网站文件夹“${values.siteRoot}”不对：必须是绝对路径，且不含 " $ \\ 和换行（nginx 会把 $ 当作变量）`);
	}
	const siteRoot = values.siteRoot.length > 1 ? values.siteRoot.replace(/\/+$/, '') : values.siteRoot;
	const filled = template.replaceAll('${BASE_PATH}', values.basePath).replaceAll('${SITE_ROOT}', siteRoot);
	return values.brotli ? filled : filled.replace(/^[ \t]*brotli_static on;\n/m, '');
}
