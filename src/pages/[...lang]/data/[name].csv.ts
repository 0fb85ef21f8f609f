/**
 * The "download the data" CSV of every chart in each language (/data/<name>.csv and
 * /es/data/<name>.csv): the same table readers see, with headers and labels in the
 * page's language. A CSV is data, not prose, so numbers stay machine-readable: plain
 * digits with a decimal point and no thousands separator (13600, not "13 600").
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts, getChart } from '../../../graphics';
import { toCsv } from '../../../content/csv';
import { langPaths } from '../../../i18n/lang';

export const getStaticPaths = (() => langPaths(() => allCharts().map((chart) => ({ params: { name: chart.name } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
	const chart = getChart(params.name!);
	const { columns, rows } = chart.table(chart.load(), props.lang);
	return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
