/** The "download the data" CSV of every chart, generated from the same table readers see. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts, getChart } from '../../graphics';
import { toCsv } from '../../lib/csv';

export const getStaticPaths = (() => allCharts().map((chart) => ({ params: { name: chart.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const chart = getChart(params.name!);
	const { columns, rows } = chart.table(chart.load());
	return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
