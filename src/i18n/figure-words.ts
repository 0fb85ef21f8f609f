/**
 * Words of the figure components (ChartFigure, ChartNotes, FigureShare, Scrolly,
 * Step) in English and Spanish, and where a chart's CSV lives in each language.
 * Sharing words are the site's own (UI in site.ts), so a figure and the page say
 * "Share" and "Link copied" the same way. Pure apart from the base path in dataPath(), so
 * browser code can use it too.
 */
import type { Lang } from './lang';
import { UI } from './site';

export interface ChartUi {
	downloadCsv: string;
	viewTable: string;
	/** Accessible name of the scrollable table region: "Data: <chart title>". */
	tableLabel(title: string): string;
	/** Accessible name of the notes under a scrollytelling graphic. */
	aboutChart(title: string): string;
	share: string;
	/** Accessible name of a figure's share button: "Share this chart: <title>". */
	shareChart(title: string): string;
	stepLink: string;
	linkCopied: string;
	copyFailed: string;
	/** Before the numbers of the sources behind a figure: "Sources: 3, 7". */
	sources(count: number): string;
}

/** The share confirmations alone, for the browser script (it needs nothing else). */
export const SHARE_WORDS: Record<Lang, { copied: string; failed: string }> = {
	en: { copied: UI.en.linkCopied, failed: UI.en.copyFailed },
	es: { copied: UI.es.linkCopied, failed: UI.es.copyFailed },
};

export const CHART_UI: Record<Lang, ChartUi> = {
	en: {
		downloadCsv: 'Download the data (CSV)',
		viewTable: 'View the data as a table',
		tableLabel: (title) => `Data: ${title}`,
		aboutChart: (title) => `About the chart: ${title}`,
		share: UI.en.share,
		shareChart: (title) => `${UI.en.shareChart}: ${title}`,
		stepLink: UI.en.stepLink,
		linkCopied: SHARE_WORDS.en.copied,
		copyFailed: SHARE_WORDS.en.failed,
		sources: (n) => (n === 1 ? 'Source:' : 'Sources:'),
	},
	es: {
		downloadCsv: 'Descargar los datos (CSV)',
		viewTable: 'Ver los datos en una tabla',
		tableLabel: (title) => `Datos: ${title}`,
		aboutChart: (title) => `Acerca de la gráfica: ${title}`,
		share: UI.es.share,
		shareChart: (title) => `${UI.es.shareChart}: ${title}`,
		stepLink: UI.es.stepLink,
		linkCopied: SHARE_WORDS.es.copied,
		copyFailed: SHARE_WORDS.es.failed,
		sources: (n) => (n === 1 ? 'Fuente:' : 'Fuentes:'),
	},
};

/** The chart's CSV download: /data/<name>.csv in English, /es/data/<name>.csv in Spanish. */
export { dataPath as chartCsvPath } from './paths';
