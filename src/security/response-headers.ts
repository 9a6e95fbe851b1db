/**
 * The HTTP response headers of the built site, written once: the `_headers` file the build
 * writes (scripts/build/headers-file.ts) is generated from this, and the nginx configuration
 * in deploy/nginx/ states the same values in nginx's own words, which tests/server/ checks
 * over HTTP against the real nginx.
 *
 * Every response carries the same security headers; the Content-Security-Policy and the
 * cache policy depend only on the top-level folder a file is in, so both hosts can express
 * them with one rule per folder.
 */
import { headerPolicy } from './csp.ts';

/** Sent with every response, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	// Browsers use the declared type and never guess one (a CSV or SVG is never run as a script).
	'X-Content-Type-Options': 'nosniff',
	// Other sites learn which site a reader came from, not the page or the search words.
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// The site uses none of these, so even injected code could not ask for them.
	'Permissions-Policy':
		'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()',
	// For browsers older than CSP's frame-ancestors: only the site's own pages may frame it.
	'X-Frame-Options': 'SAMEORIGIN',
};

/** Cache-Control values. */
export const CACHE_CONTROL = {
	/** Files whose name carries a hash of their content: a new build gives them a new name. */
	hashed: 'public, max-age=31536000, immutable',
	/** Everything else changes under the same URL when the site is rebuilt: five minutes, then ask again. */
	revalidate: 'public, max-age=300, must-revalidate',
} as const;

/**
 * Parts of the site with headers of their own:
 * - `hashed`: Astro's fingerprinted styles and scripts (`_astro/`);
 * - `search`: the search page and Pagefind's files. Pagefind searches in WebAssembly, inside
 *   a Web Worker, and a worker obeys the policy of its own script's response, so both need it;
 * - `admin`: the web editor, whose page carries its own policy in a <meta> (it names the Git
 *   server, see csp.ts adminDirectives); a header policy would be enforced on top of it;
 * - `page`: everything else (pages, feeds, data, charts, images).
 */
export type SiteArea = 'hashed' | 'search' | 'admin' | 'page';

const AREA_OF_FOLDER: Readonly<Record<string, SiteArea>> = {
	_astro: 'hashed',
	search: 'search',
	pagefind: 'search',
	admin: 'admin',
};

/** The area of a path inside the site, relative to its base path (`search/`, `_astro/x.css`, `rss.xml`). */
export function siteArea(sitePath: string): SiteArea {
	const first = sitePath.split('/')[0] ?? '';
	return sitePath.includes('/') ? (AREA_OF_FOLDER[first] ?? 'page') : 'page';
}

/** The Content-Security-Policy header of an area; none for the editor (see SiteArea). */
export function areaPolicy(area: SiteArea): string | undefined {
	if (area === 'admin') return undefined;
	return headerPolicy(area === 'search' ? 'search' : 'page');
}

/** Every header a successful response from this area carries, as served. */
export function areaHeaders(area: SiteArea): Record<string, string> {
	const policy = areaPolicy(area);
	return {
		...SECURITY_HEADERS,
		...(policy === undefined ? {} : { 'Content-Security-Policy': policy }),
		'Cache-Control': area === 'hashed' ? CACHE_CONTROL.hashed : CACHE_CONTROL.revalidate,
	};
}
