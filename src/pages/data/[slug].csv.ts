/** `/data/<slug>.csv`: one indicator's values, baseline and target as CSV (UTF-8 with BOM). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getIndicators } from '../../data/content.ts';
import { indicatorCsv } from '../../utils/open-data.ts';

export const getStaticPaths = (async () => (await getIndicators()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	new Response(indicatorCsv(props.entry.id, props.entry.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
