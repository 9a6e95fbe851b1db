/** `/data/comparisons.json`: every 对标 comparison, a row per comparison and period, with English keys and nested sources. */
import type { APIRoute } from 'astro';
import { getComparisons, getIndicators } from '../../data/content.ts';
import { comparisonRows, comparisonsJson } from '../../utils/comparison-data.ts';

export const GET: APIRoute = async () =>
	new Response(comparisonsJson(comparisonRows(await getComparisons(), await getIndicators())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
