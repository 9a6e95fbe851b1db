/** `/charts/comparisons/<id>.svg`: a comparison's chart (对标差距), the same SVG its region's page shows inline. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { comparisonChartSvg } from '../../../charts/index.ts';
import { comparisonChartPaths } from '../../../data/chart-paths.ts';

export const getStaticPaths = comparisonChartPaths satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	new Response(comparisonChartSvg(props.view, props.publisher), { headers: { 'Content-Type': 'image/svg+xml' } });
