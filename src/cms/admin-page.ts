/**
 * The web editor's page, /admin/. Deliberately not built on the site layout: it carries no
 * public navigation, is kept out of search engines (robots noindex) and out of the site
 * search index (data-pagefind-ignore), and it is the only page that loads Decap CMS.
 */
import { adminDirectives, serializePolicy } from '../security/csp.ts';
import { joinBase } from '../utils/url.ts';
import { DECAP_SCRIPT } from './assets.ts';
import { GIT_BACKEND } from './backend.ts';
import { PHRASE_OVERRIDES } from './locale.ts';

export interface AdminPageOptions {
	/** The base path the site is served under, e.g. `/` or `/ztzl/dbjj/`. */
	base: string;
	/** The site's name, for the browser tab. */
	siteTitle: string;
	/** The decap-server `npm run cms` talks to, e.g. `http://localhost:8081/api/v1`; absent on the published site. */
	localBackendUrl?: string;
}

/** Where the editor lives, relative to the base path (for sitemap exclusion and links). */
export const ADMIN_PATH = 'admin/';

/** The preview templates (src/pages/admin/preview.js.ts), loaded after Decap and before it starts. */
export const PREVIEW_SCRIPT = 'preview.js';

/** JSON that is safe inside an inline script. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Tells Decap to wait for the locale below before it starts. */
const MANUAL_INIT = 'window.CMS_MANUAL_INIT = true;';

/** Decap's own zh_Hans phrases with the 三审 step names (src/cms/locale.ts) laid over them, then start. */
const START = `
(function (overrides) {
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
`;

export function adminPageHtml({ base, siteTitle, localBackendUrl }: AdminPageOptions): string {
	const admin = joinBase(base, ADMIN_PATH);
	const policy = serializePolicy(
		adminDirectives({ gitServer: GIT_BACKEND.base_url, inlineScripts: [MANUAL_INIT, START], ...(localBackendUrl ? { localBackend: localBackendUrl } : {}) }),
	);
	return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>网页编辑器－${escapeHtml(siteTitle)}</title>
<link rel="icon" href="${joinBase(base, 'favicon.svg')}" type="image/svg+xml">
<link rel="cms-config-url" href="${admin}config.yml" type="text/yaml">
</head>
<body data-pagefind-ignore="all">
<noscript>网页编辑器需要启用 JavaScript。请使用新版 Chrome、Edge 或 Firefox 浏览器打开本页。</noscript>
<script>${MANUAL_INIT}</script>
<script src="${admin}${DECAP_SCRIPT}"></script>
<script src="${admin}${PREVIEW_SCRIPT}"></script>
<script>${START}</script>
</body>
</html>
`;
}
