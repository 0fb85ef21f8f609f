/**
 * Site-wide words and settings in every language, in one place. English is the
 * reference: each other language must give every key (the types enforce it, and
 * tests/unit/translations.test.ts checks that nothing was left in English).
 * Components pick a language with `toLang(Astro.currentLocale)`; browser code with
 * `toLang(document.documentElement.lang)`.
 */
import type { Lang } from './lang';

const SITE_EN = {
	name: 'Border Explainers',
	tagline: 'U.S.–Mexico migration policy from the pandemic expulsions of 2020 to today, explained from the sources.',
	publisher: 'Border Explainers',
};

export const SITE: Record<Lang, typeof SITE_EN> = {
	en: SITE_EN,
	es: {
		name: 'La frontera, explicada',
		tagline: 'La política migratoria entre Estados Unidos y México, de las expulsiones de la pandemia en 2020 a hoy, explicada a partir de las fuentes.',
		publisher: 'La frontera, explicada',
	},
};

const UI_EN = {
	skip: 'Skip to content',
	nav: 'Main',
	home: 'Explainers',
	timeline: 'Timeline',
	glossary: 'Glossary',
	about: 'About',
	aboutLong: 'About: method, sources and corrections',
	search: 'Search',
	themeToggle: 'Dark theme',
	published: 'Published',
	updated: 'Updated',
	takeaways: 'Key takeaways',
	sources: 'Sources',
	/** Headings of the sources list, one per kind of source (src/content.config.ts, SOURCE_KINDS). */
	sourceKinds: {
		law: 'Laws, rules and proclamations',
		court: 'Court records',
		legislature: 'Congress: bills, votes and members',
		data: 'Government data',
		statement: 'Government statements',
		research: 'Research and analysis',
		news: 'News reporting',
		position: 'Positions of parties and groups',
	},
	changes: 'Changes and corrections',
	minRead: 'min read',
	share: 'Share',
	shareChart: 'Share this chart',
	stepLink: 'Link to this step',
	linkCopied: 'Link copied',
	copyFailed: 'Copy the link from the address bar',
	feed: 'RSS feed',
	// Reader aids: definition cards, citation previews, contents, timeline, glossary.
	readDefinition: 'Read the full definition',
	/** Accessible name of a citation number: "Source 3: publisher, title". */
	cite: 'Source',
	citeInList: 'See source',
	citeInListSuffix: 'in the list',
	contents: 'In this explainer',
	related: 'Related explainers',
	timelineFilter: 'Show events about',
	allTopics: 'All topics',
	events: 'events',
	inExplainer: 'In the explainer',
	eventSources: 'Sources',
	jumpToLetter: 'Jump to letter',
	usedIn: 'Used in',
	firstIn: 'first in',
	alsoWritten: 'Also written',
	/** Label of an <Aside>: where sources disagree, or a note. */
	asideConflict: 'Where sources differ',
	asideNote: 'Note',
};

export type UiWords = typeof UI_EN;

export const UI: Record<Lang, UiWords> = {
	en: UI_EN,
	es: {
		skip: 'Ir al contenido',
		nav: 'Principal',
		home: 'Textos explicativos',
		timeline: 'Cronología',
		glossary: 'Glosario',
		about: 'Acerca de',
		aboutLong: 'Acerca de: método, fuentes y correcciones',
		search: 'Buscar',
		themeToggle: 'Tema oscuro',
		published: 'Publicado',
		updated: 'Actualizado',
		takeaways: 'Claves',
		sources: 'Fuentes',
		sourceKinds: {
			law: 'Leyes, reglas y proclamaciones',
			court: 'Expedientes judiciales',
			legislature: 'Congreso: proyectos, votaciones y legisladores',
			data: 'Datos oficiales',
			statement: 'Comunicados oficiales',
			research: 'Investigación y análisis',
			news: 'Notas periodísticas',
			position: 'Posturas de partidos y grupos',
		},
		changes: 'Cambios y correcciones',
		minRead: 'min de lectura',
		share: 'Compartir',
		shareChart: 'Compartir esta gráfica',
		stepLink: 'Enlace a este paso',
		linkCopied: 'Enlace copiado',
		copyFailed: 'Copia el enlace desde la barra de direcciones',
		feed: 'Fuente RSS',
		readDefinition: 'Leer la definición completa',
		cite: 'Fuente',
		citeInList: 'Ver la fuente',
		citeInListSuffix: 'en la lista',
		contents: 'En este texto',
		related: 'Otros textos explicativos',
		timelineFilter: 'Mostrar hechos sobre',
		allTopics: 'Todos los temas',
		events: 'hechos',
		inExplainer: 'En el texto explicativo',
		eventSources: 'Fuentes',
		jumpToLetter: 'Ir a la letra',
		usedIn: 'Aparece en',
		firstIn: 'primero en',
		alsoWritten: 'También se escribe',
		asideConflict: 'Las fuentes difieren',
		asideNote: 'Nota',
	},
};

/**
 * Search (dialog and /search/ page): defined in ./search-words.ts, so the browser loads
 * them with search, not with every page.
 */
export { SEARCH_UI, type SearchWords } from './search-words';
