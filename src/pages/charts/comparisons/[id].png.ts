/** `/charts/comparisons/<id>.png`: a comparison's chart as a picture (800 × 580), for slides and documents. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { comparisonChartPng } from '../../../charts/index.ts';
import { comparisonChartPaths } from '../../../data/chart-paths.ts';

export const getStaticPaths = comparisonChartPaths satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	new Response(new Uint8Array(comparisonChartPng(props.view, props.publisher)), { headers: { 'Content-Type': 'image/png' } });
