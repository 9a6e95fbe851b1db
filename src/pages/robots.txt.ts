/**
 * robots.txt: everything may be crawled; points crawlers at the sitemap. Crawlers read it
 * only at the host root, so under a portal sub-path the portal's own robots.txt should carry
 * the Sitemap line (README, 发布到子路径).
 */
import type { APIRoute } from 'astro';
import { sectionUrl } from '../site-map.ts';
import { fileUrl } from '../utils/url.ts';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(fileUrl('sitemap-index.xml'), site).href;
	return new Response(`User-agent: *\nAllow: /\nDisallow: ${sectionUrl('search')}\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
