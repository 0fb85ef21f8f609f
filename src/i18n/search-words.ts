/**
 * The words of search (the dialog and the /search/ page) in every language. They live
 * apart from src/i18n/site.ts, which re-exports them, so that the browser bundle keeps
 * them in the search chunks, loaded only when a reader opens search: site.ts is part of
 * the JavaScript every explainer page loads before any interaction. English is the
 * reference; the Spanish object must give every key (typed).
 */
import type { Lang } from './lang';

/** Templates fill {count}, {shown} and {query}; the query is always inserted as text. */
const SEARCH_EN = {
	dialogTitle: 'Search',
	label: 'Search the explainers, glossary and timeline',
	placeholder: 'For example: expulsions, cloture, Bárcena',
	submit: 'Search',
	close: 'Close',
	prompt: 'Type a word or a phrase, for example “expulsions”, “cloture” or “Bárcena”.',
	searching: 'Searching…',
	loading: 'Loading search…',
	resultsOne: '1 result for “{query}”',
	resultsMany: '{count} results for “{query}”',
	showing: ' (showing {shown})',
	showMore: 'Show more results',
	noResults: 'No results for “{query}”.',
	didYouMean: 'Glossary terms that look close:',
	tryExplainers: 'Or start with an explainer:',
	browseGlossary: 'Browse all glossary terms',
	unavailable:
		'Search could not load. It runs in your browser from the site’s search index, so it needs the site served over http(s), not opened as a file. You can browse the explainers, the glossary and the timeline instead.',
	filtersLegend: 'Narrow to',
	filterAny: 'Any',
	filterLabels: { type: 'Type', explainer: 'Explainer', topic: 'Topic' },
	sections: 'Sections',
	openAsPage: 'Open this search as a page',
	keysHint: '↑ ↓ move through results · Enter opens · Esc closes',
	noscript: 'Search needs JavaScript. You can browse the explainers, the glossary and the timeline.',
	// The /search/ page itself: its meta description and the accessible name of its results list.
	pageDescription: 'Search the explainers, the glossary and the timeline.',
	resultsLabel: 'Results',
};

export type SearchWords = typeof SEARCH_EN;

export const SEARCH_UI: Record<Lang, SearchWords> = {
	en: SEARCH_EN,
	es: {
		dialogTitle: 'Buscar',
		label: 'Buscar en los textos explicativos, el glosario y la cronología',
		placeholder: 'Por ejemplo: expulsiones, filibusterismo, Bárcena',
		submit: 'Buscar',
		close: 'Cerrar',
		prompt: 'Escribe una palabra o una frase, por ejemplo “expulsiones”, “filibusterismo” o “Bárcena”.',
		searching: 'Buscando…',
		loading: 'Cargando la búsqueda…',
		resultsOne: '1 resultado para “{query}”',
		resultsMany: '{count} resultados para “{query}”',
		showing: ' (se muestran {shown})',
		showMore: 'Mostrar más resultados',
		noResults: 'No hay resultados para “{query}”.',
		didYouMean: 'Términos del glosario parecidos:',
		tryExplainers: 'O empieza por un texto explicativo:',
		browseGlossary: 'Ver todos los términos del glosario',
		unavailable: 'No se pudo cargar la búsqueda. Funciona en tu navegador con el índice del sitio, así que el sitio debe servirse por http(s), no abrirse como archivo. Mientras tanto, puedes recorrer los textos explicativos, el glosario y la cronología.',
		filtersLegend: 'Filtrar por',
		filterAny: 'Cualquiera',
		filterLabels: { type: 'Tipo', explainer: 'Texto', topic: 'Tema' },
		sections: 'Secciones',
		openAsPage: 'Abrir esta búsqueda como página',
		keysHint: '↑ ↓ recorren los resultados · Enter abre · Esc cierra',
		noscript: 'La búsqueda necesita JavaScript. Puedes recorrer los textos explicativos, el glosario y la cronología.',
		pageDescription: 'Busca en los textos explicativos, el glosario y la cronología.',
		resultsLabel: 'Resultados',
	},
};
