/**
 * JSON-LD (schema.org) for search engines and link previews: NewsArticle for an
 * explainer, DefinedTermSet / DefinedTerm for the glossary, WebSite for the home page.
 * Each edition describes itself in its own language: the Spanish pages name the
 * Spanish site as publisher, say inLanguage "es" and search under /es/search/; a
 * Spanish explainer is the translationOfWork of the English one, which lists it as a
 * workTranslation.
 * Pure: every URL comes in absolute (SITE_URL + BASE_PATH), dates as Date or ISO text.
 * Only properties that schema.org defines for each type are used (checked in
 * tests/unit/structured-data.test.ts).
 */
const CONTEXT = 'https://schema.org';

export interface SiteInfo {
	name: string;
	description: string;
	/** Absolute URL of the home page. */
	url: string;
	/** Absolute URL of the publisher logo (PNG). */
	logo: string;
	/** Language of this edition of the site ("en", "es"). */
	lang: string;
	/** A translated edition: absolute URL of the original edition's home page (the English site). */
	translationOf?: string;
}

export interface ImageInfo {
	url: string;
	/** Known for generated cards (1200×630); unknown for a hand-made image. */
	width?: number;
	height?: number;
}

export interface CitedSource {
	title: string;
	/** `title` is our description of the source (the publisher's headline was not recorded), not its name. */
	described?: boolean;
	publisher: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD (all valid ISO 8601). */
	date: string;
	url?: string;
}

function day(value: Date): string {
	return value.toISOString().slice(0, 10);
}

export function organization(site: SiteInfo) {
	return {
		'@type': 'Organization',
		'@id': `${site.url}#organization`,
		name: site.name,
		url: site.url,
		logo: { '@type': 'ImageObject', url: site.logo },
	};
}

/** The same explainer in another language: the absolute URL of its page and its language. */
export interface ArticleEdition {
	url: string;
	lang: string;
}

/** The NewsArticle's @id: its page URL with "#article". */
export function articleId(url: string): string {
	return `${url}#article`;
}

/**
 * How one edition of an explainer links to the others: English (`original`) is the
 * original and lists its translations; any other language is a translation of the
 * original, when that is published.
 */
export function editionLinks<L extends string>(lang: L, published: readonly L[], original: L, urlOf: (lang: L) => string): { translationOf?: ArticleEdition; translations?: ArticleEdition[] } {
	const edition = (l: L) => ({ url: urlOf(l), lang: l });
	if (lang === original) {
		const others = published.filter((l) => l !== original);
		return others.length ? { translations: others.map(edition) } : {};
	}
	return published.includes(original) ? { translationOf: edition(original) } : {};
}

function articleRef(edition: ArticleEdition) {
	return { '@type': 'NewsArticle', '@id': articleId(edition.url), url: edition.url, inLanguage: edition.lang };
}

export function newsArticleLd(input: {
	site: SiteInfo;
	url: string;
	headline: string;
	description: string;
	published: Date;
	modified: Date;
	image?: ImageInfo;
	lang: string;
	keywords?: string[];
	sources: CitedSource[];
	/** A translation: the original (English) article it translates. */
	translationOf?: ArticleEdition;
	/** The original: its translations into other languages. */
	translations?: ArticleEdition[];
}) {
	const org = organization(input.site);
	return {
		'@context': CONTEXT,
		'@type': 'NewsArticle',
		'@id': articleId(input.url),
		headline: input.headline,
		description: input.description,
		datePublished: day(input.published),
		dateModified: day(input.modified),
		inLanguage: input.lang,
		author: org,
		publisher: org,
		...(input.image ? { image: { '@type': 'ImageObject', ...input.image } } : {}),
		mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
		url: input.url,
		isAccessibleForFree: true,
		...(input.keywords && input.keywords.length > 0 ? { keywords: input.keywords.join(', ') } : {}),
		isPartOf: { '@type': 'WebSite', '@id': `${input.site.url}#website`, name: input.site.name, url: input.site.url },
		// The editions point at each other: the Spanish explainer translates the English one.
		...(input.translationOf ? { translationOfWork: articleRef(input.translationOf) } : {}),
		...(input.translations && input.translations.length > 0 ? { workTranslation: input.translations.map(articleRef) } : {}),
		// Sources a machine can follow: those with the original publisher's URL. (Listing every
		// source too would cost ~2 KB of gzip on the longest explainers, over the HTML budget,
		// for entries that point nowhere; the page's sources list has them all.)
		citation: input.sources
			.filter((s) => s.url)
			.map((s) => ({
				'@type': 'CreativeWork',
				// Our description of a source is not its name.
				...(s.described ? { description: s.title } : { name: s.title }),
				publisher: { '@type': 'Organization', name: s.publisher },
				datePublished: s.date,
				url: s.url,
			})),
	};
}

export interface TermInfo {
	id: string;
	term: string;
	description: string;
	/** Absolute URL of the term's page. */
	url: string;
	aliases?: string[];
}

export interface TermSetInfo {
	name: string;
	description: string;
	/** Absolute URL of the glossary index. */
	url: string;
}

function definedTerm(t: TermInfo, set: TermSetInfo) {
	return {
		'@type': 'DefinedTerm',
		'@id': t.url,
		name: t.term,
		description: t.description,
		url: t.url,
		termCode: t.id,
		...(t.aliases && t.aliases.length > 0 ? { alternateName: t.aliases } : {}),
		inDefinedTermSet: set.url,
	};
}

export function definedTermSetLd(set: TermSetInfo, terms: TermInfo[], lang: string) {
	return {
		'@context': CONTEXT,
		'@type': 'DefinedTermSet',
		'@id': set.url,
		name: set.name,
		description: set.description,
		url: set.url,
		inLanguage: lang,
		hasDefinedTerm: terms.map((t) => definedTerm(t, set)),
	};
}

/** A term page. (DefinedTerm is an Intangible: it has no inLanguage; its set has.) */
export function definedTermLd(term: TermInfo, set: TermSetInfo) {
	return {
		'@context': CONTEXT,
		...definedTerm(term, set),
		inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': set.url, name: set.name, url: set.url },
	};
}

export function webSiteLd(site: SiteInfo, searchUrl: string) {
	return {
		'@context': CONTEXT,
		'@type': 'WebSite',
		'@id': `${site.url}#website`,
		name: site.name,
		description: site.description,
		url: site.url,
		inLanguage: site.lang,
		publisher: organization(site),
		// The Spanish site is a translation of the English one (same explainers, same slugs).
		...(site.translationOf ? { translationOfWork: { '@type': 'WebSite', '@id': `${site.translationOf}#website`, url: site.translationOf } } : {}),
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
