/**
 * The Content-Security-Policy, written once. Every public page carries it as its first
 * <head> element (BaseLayout), so it holds on any static host or CDN; `_headers` and the
 * nginx configuration in deploy/ send the same policy as a header, with `frame-ancestors`
 * (which browsers ignore in a <meta>). A test keeps deploy/ and this file in step.
 *
 * Astro's own `security.csp` is not used: measured on Astro 7.3, it emits its <meta> after
 * the inline reading-aids script (which the policy then does not cover), lists every inline
 * hash of the whole site on every page, and leaves the other directives to us. Here inline
 * styles and scripts are bundled into files instead (astro.config.mjs), so one short policy
 * fits every page and can be sent as a header too.
 */
import { createHash } from 'node:crypto';
import { CHART_STYLESHEET } from '../charts/palette.ts';
import { READING_AIDS_INIT } from '../utils/reading-aids-init.ts';

/** The kinds of page with a policy of their own. */
export type PolicyKind = 'page' | 'search' | 'admin';

/** `'sha256-…'`, the CSP source for an inline script or style with exactly this text. */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

type Directives = Readonly<Record<string, readonly string[]>>;

/** What every public page may load: its own files, and nothing from anywhere else. */
const PAGE: Directives = {
	'default-src': ["'self'"],
	// The one inline script: it applies the reader's saved text size before the page paints.
	'script-src': ["'self'", cspHash(READING_AIDS_INIT)],
	// The one inline stylesheet: the same in every chart, so that an inline chart follows the page's colours.
	'style-src': ["'self'", cspHash(CHART_STYLESHEET)],
	'img-src': ["'self'"],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'frame-src': ["'none'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
};

/**
 * The web editor (Decap CMS 3.16) cannot run under the public policy. Measured in Chromium 156:
 * - without `'unsafe-eval'` it stops at "Error loading the CMS configuration": its config
 *   validator compiles code at run time;
 * - without `'unsafe-inline'` styles its CSS-in-JS `<style>` elements are blocked and the
 *   editor is unstyled;
 * - it signs in and reads and saves content through the Git server (`connect-src`, and the
 *   sign-in form), and shows the Git server's avatars (`img-src`).
 * Editing and publishing an entry end to end raises no other violation (tests/browser/cms).
 * The page's own two inline scripts are allowed by hash (src/cms/admin-page.ts). The editor is
 * only for signed-in staff; docs/部署指南.md says how to keep /admin/ to the district's network.
 */
export function adminDirectives(options: { gitServer: string; inlineScripts: readonly string[]; localBackend?: string }): Directives {
	const gitOrigin = new URL(options.gitServer).origin;
	const local = options.localBackend ? [new URL(options.localBackend).origin] : [];
	return {
		...PAGE,
		'script-src': ["'self'", "'unsafe-eval'", ...options.inlineScripts.map(cspHash)],
		'style-src': ["'self'", "'unsafe-inline'"],
		'img-src': ["'self'", gitOrigin],
		'connect-src': ["'self'", gitOrigin, ...local],
		'form-action': ["'self'", gitOrigin],
	};
}

/** The directives of a kind of public page. */
export function pageDirectives(kind: Exclude<PolicyKind, 'admin'>): Directives {
	// Pagefind's search runs as WebAssembly, which CSP treats as compiling code.
	return kind === 'search' ? { ...PAGE, 'script-src': [...(PAGE['script-src'] ?? []), "'wasm-unsafe-eval'"] } : PAGE;
}

/** Directives browsers obey only in a response header, never in a <meta>. */
export const HEADER_ONLY_DIRECTIVES: Directives = { 'frame-ancestors': ["'self'"] };

/** The policy as one header or <meta> value: `default-src 'self'; script-src …`. */
export function serializePolicy(directives: Directives): string {
	return Object.entries(directives)
		.map(([name, sources]) => [name, ...sources].join(' '))
		.join('; ');
}

/** The policy a public page carries in its <meta>. */
export function metaPolicy(kind: Exclude<PolicyKind, 'admin'>): string {
	return serializePolicy(pageDirectives(kind));
}

/** The same policy as a response header, with what only a header can say. */
export function headerPolicy(kind: Exclude<PolicyKind, 'admin'>): string {
	return serializePolicy({ ...pageDirectives(kind), ...HEADER_ONLY_DIRECTIVES });
}
