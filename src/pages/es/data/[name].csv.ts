/**
 * The Spanish "Descargar los datos (CSV)" of every chart: the same table readers see
 * on Spanish pages, with Spanish headers and labels. A CSV is data, not prose, so
 * numbers stay machine-readable: plain digits with a decimal point and no thousands
 * separator (13600, not "13 600"), whatever the page's number style.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts, getChart } from '../../../graphics';
import { toCsv } from '../../../lib/csv';

export const getStaticPaths = (() => allCharts().map((chart) => ({ params: { name: chart.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const chart = getChart(params.name!);
	const { columns, rows } = chart.table(chart.load(), 'es');
	return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
