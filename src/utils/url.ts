/**
 * Every internal link goes through here, so the site works under a sub-path of the
 * district portal (Astro's `base`, taken from `url` in site.yaml).
 */

/** Joins the base path and a site path: `joinBase('/ztzl/dbjj/', 'initiatives/x/')` → `/ztzl/dbjj/initiatives/x/`. */
export function joinBase(base: string, path: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** A link to a page of this site, e.g. `pageUrl('initiatives', slug)` → `/base/initiatives/slug/`. */
export function pageUrl(...segments: string[]): string {
	const path = segments
		.filter((segment) => segment !== '')
		.map((segment) => encodeURIComponent(segment))
		.join('/');
	return joinBase(import.meta.env.BASE_URL, path === '' ? '' : `${path}/`);
}

/** A link to a file (no trailing slash), e.g. `fileUrl('favicon.svg')`. */
export function fileUrl(path: string): string {
	return joinBase(import.meta.env.BASE_URL, path);
}
