/** /admin/config.yml: the web editor's configuration, generated from the content model (src/cms/config.ts). */
import type { APIRoute } from 'astro';
import { cmsConfigYaml } from '../../cms/config.ts';

export const GET: APIRoute = ({ site }) => {
	const siteUrl = new URL(import.meta.env.BASE_URL, site).href;
	return new Response(cmsConfigYaml({ siteUrl }), { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
};
