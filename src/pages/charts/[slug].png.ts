/** `/charts/<slug>.png`: an indicator's chart as a picture (800 × 580), for slides and documents. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { indicatorChartPng } from '../../charts/index.ts';
import { chartPaths } from '../../data/chart-paths.ts';
import { summarizeIndicator } from '../../utils/progress.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
	const { id, data } = props.entry;
	return new Response(new Uint8Array(indicatorChartPng(id, data, summarizeIndicator(data))), { headers: { 'Content-Type': 'image/png' } });
};
