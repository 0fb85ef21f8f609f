/**
 * The data each scrollytelling graphic redraws its steps from in the browser
 * (/data/<name>.json, one file for both languages: words come from the chart's own
 * modules). Fetched when the graphic starts, so it is not repeated in every page's HTML.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts, getChart } from '../../graphics';

export const getStaticPaths = (() => allCharts().map((chart) => ({ params: { name: chart.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const chart = getChart(params.name!);
	const data = chart.load();
	return new Response(JSON.stringify(chart.clientData ? chart.clientData(data) : data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
