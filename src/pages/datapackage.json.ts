/** `/datapackage.json`: a Frictionless Data Package describing every indicator's CSV. */
import type { APIRoute } from 'astro';
import { getIndicators, getSite } from '../data/content.ts';
import { dataPackage } from '../utils/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
	const info = await getSite();
	const url = new URL(import.meta.env.BASE_URL, site ?? info.url).href;
	const indicators = (await getIndicators()).map((entry) => ({ slug: entry.id, indicator: entry.data }));
	const body = `${JSON.stringify(dataPackage({ title: info.title, url, host_org: info.host_org }, indicators), null, 2)}\n`;
	return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
