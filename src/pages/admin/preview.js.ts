/** /admin/preview.js: the web editor's preview templates with the site's labels, unit names and stylesheet (src/cms/preview.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { cmsConfig } from '../../cms/config.ts';
import templates from '../../cms/preview-templates.js?raw';
import { previewData, previewScript } from '../../cms/preview.ts';
import siteCss from '../../styles/global.css?raw';

export const GET: APIRoute = async ({ site }) => {
	const units = Object.fromEntries((await getCollection('units')).map((entry) => [entry.id, entry.data.name]));
	const config = cmsConfig({ siteUrl: new URL(import.meta.env.BASE_URL, site).href });
	return new Response(previewScript(templates, previewData({ units, siteCss, config })), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
