/**
 * The web editor's page, /admin/. Deliberately not built on the site layout: it carries no
 * public navigation, is kept out of search engines (robots noindex) and out of the site
 * search index (data-pagefind-ignore), and it is the only page that loads Decap CMS.
 */
import { joinBase } from '../utils/url.ts';
import { DECAP_SCRIPT } from './assets.ts';
import { PHRASE_OVERRIDES } from './locale.ts';

export interface AdminPageOptions {
	/** The base path the site is served under, e.g. `/` or `/ztzl/dbjj/`. */
	base: string;
	/** The site's name, for the browser tab. */
	siteTitle: string;
}

/** Where the editor lives, relative to the base path (for sitemap exclusion and links). */
export const ADMIN_PATH = 'admin/';

/** JSON that is safe inside an inline script. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function adminPageHtml({ base, siteTitle }: AdminPageOptions): string {
	const admin = joinBase(base, ADMIN_PATH);
	return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>网页编辑器－${escapeHtml(siteTitle)}</title>
<link rel="icon" href="${joinBase(base, 'favicon.svg')}" type="image/svg+xml">
<link rel="cms-config-url" href="${admin}config.yml" type="text/yaml">
</head>
<body data-pagefind-ignore="all">
<noscript>网页编辑器需要启用 JavaScript。请使用新版 Chrome、Edge 或 Firefox 浏览器打开本页。</noscript>
<script>window.CMS_MANUAL_INIT = true;</script>
<script src="${admin}${DECAP_SCRIPT}"></script>
<script>
(function (overrides) {
	// Decap's own zh_Hans phrases with the 三审 step names (src/cms/locale.ts) laid over them.
	function merge(base, extra) {
		var out = Object.assign({}, base);
		Object.keys(extra).forEach(function (key) {
			out[key] = typeof extra[key] === 'object' ? merge((base && base[key]) || {}, extra[key]) : extra[key];
		});
		return out;
	}
	window.CMS.registerLocale('zh_Hans', merge(window.CMS.getLocale('zh_Hans'), overrides));
	window.CMS.init();
})(${scriptJson(PHRASE_OVERRIDES)});
</script>
</body>
</html>
`;
}
