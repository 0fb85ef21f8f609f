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
} as const;
