/**
 * The site's public address, from `content/site.yaml` (the one place to change it).
 * Astro needs it split: `site` is the origin, `base` the path the site lives under,
 * e.g. `https://www.example.gov.cn/ztzl/dbjj/` → site `https://www.example.gov.cn`, base `/ztzl/dbjj/`.
 */
export function splitSiteUrl(url: string): { site: string; base: string } {
	const parsed = new URL(url);
	const base = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
	return { site: parsed.origin, base };
}
