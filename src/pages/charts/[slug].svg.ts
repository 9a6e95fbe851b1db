/** `/charts/<slug>.svg`: an indicator's chart, the same SVG the pages show inline. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { indicatorChartSvg } from '../../charts/index.ts';
import { chartPaths } from '../../data/chart-paths.ts';
import { summarizeIndicator } from '../../utils/progress.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
	const { id, data } = props.entry;
	return new Response(indicatorChartSvg(id, data, summarizeIndicator(data)), { headers: { 'Content-Type': 'image/svg+xml' } });
};
