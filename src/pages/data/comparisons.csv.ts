/** `/data/comparisons.csv`: every 对标 comparison, a row per comparison and period, as CSV (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { getComparisons, getIndicators } from '../../data/content.ts';
import { comparisonRows, comparisonsCsv } from '../../utils/comparison-data.ts';

export const GET: APIRoute = async () =>
	new Response(comparisonsCsv(comparisonRows(await getComparisons(), await getIndicators())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
