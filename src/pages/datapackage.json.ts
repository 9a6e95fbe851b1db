/** `/datapackage.json`: a Frictionless Data Package describing every indicator's CSV and the 对标 comparisons' CSV. */
import type { APIRoute } from 'astro';
import { getComparisons, getIndicators, getSite } from '../data/content.ts';
import { comparisonRows, comparisonsResource } from '../utils/comparison-data.ts';
import { dataPackage } from '../utils/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
	const info = await getSite();
	const url = new URL(import.meta.env.BASE_URL, site ?? info.url).href;
	const entries = await getIndicators();
	const indicators = entries.map((entry) => ({ slug: entry.id, indicator: entry.data }));
	const comparisons = comparisonsResource(comparisonRows(await getComparisons(), entries));
	const body = `${JSON.stringify(dataPackage({ title: info.title, url, host_org: info.host_org }, indicators, [comparisons]), null, 2)}\n`;
	return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
