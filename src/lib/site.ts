/** Site-wide words and settings, in one place (and ready for a Spanish edition). */
export const SITE = {
	name: 'Border Explainers',
	tagline: 'U.S.–Mexico migration policy in the 2023–2024 election year, explained from the sources.',
	publisher: 'Border Explainers',
	lang: 'en',
	locale: 'en_US',
} as const;

export const UI = {
	skip: 'Skip to content',
	nav: 'Main',
	home: 'Explainers',
	timeline: 'Timeline',
	glossary: 'Glossary',
	about: 'About',
	search: 'Search',
	themeToggle: 'Dark theme',
	published: 'Published',
	updated: 'Updated',
	takeaways: 'Key takeaways',
	sources: 'Sources',
	primarySources: 'Primary sources',
	secondarySources: 'Reporting and analysis',
	changes: 'Changes and corrections',
	minRead: 'min read',
	// Reader aids: definition cards, citation previews, contents, timeline, glossary.
	readDefinition: 'Read the full definition',
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
	termSources: 'Sources for this definition',
	alsoWritten: 'Also written',
} as const;

/**
 * Search (dialog and /search/ page). Templates fill {count}, {shown} and {query};
 * the query is always inserted as text.
 */
export const SEARCH_UI = {
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
	unavailable: 'Search could not load. It runs in your browser from the site’s search index, so it needs the site served over http(s), not opened as a file. You can browse the explainers, the glossary and the timeline instead.',
	filtersLegend: 'Narrow to',
	filterAny: 'Any',
	filterLabels: { type: 'Type', explainer: 'Explainer', topic: 'Topic' },
	sections: 'Sections',
	openAsPage: 'Open this search as a page',
	keysHint: '↑ ↓ move through results · Enter opens · Esc closes',
	noscript: 'Search needs JavaScript. You can browse the explainers, the glossary and the timeline.',
} as const;
