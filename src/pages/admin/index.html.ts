/** /admin/: the web editor's page (src/cms/admin-page.ts). */
import type { APIRoute } from 'astro';
import { adminPageHtml } from '../../cms/admin-page.ts';
import { getSite } from '../../data/content.ts';

export const GET: APIRoute = async () => {
	const html = adminPageHtml({ base: import.meta.env.BASE_URL, siteTitle: (await getSite()).title });
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
