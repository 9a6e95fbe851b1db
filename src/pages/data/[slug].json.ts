/** `/data/<slug>.json`: one indicator in full, with English keys as in its YAML file. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getIndicators } from '../../data/content.ts';
import { indicatorJson } from '../../utils/open-data.ts';

export const getStaticPaths = (async () => (await getIndicators()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	new Response(indicatorJson(props.entry.id, props.entry.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
