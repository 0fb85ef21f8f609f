/**
 * What search suggests when a query finds nothing, per language (/search/suggestions.json
 * and /es/search/suggestions.json): every explainer and every glossary term (with its
 * aliases) in that language, with links into the same edition that carry the base path.
 * Fetched only then (or when the words found are only near matches), never with the first query.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedExplainers, slugOf } from '../../../content/explainers';
import { langPaths, LOCALE, type Lang } from '../../../i18n/lang';
import { explainerPath, glossaryPath } from '../../../i18n/paths';
import { glossaryTerms } from '../../../content/translations';
import type { SearchSuggestions } from '../../../client/search/suggestions';
import { nameWords } from '../../../client/search/text';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) => {
	const { lang } = props;
	const explainers = await publishedExplainers(lang);
	const terms = (await glossaryTerms(lang)).sort((a, b) => a.term.localeCompare(b.term, LOCALE[lang].tag));
	const body: SearchSuggestions = {
		explainers: explainers.map((e) => ({ label: e.data.title, url: explainerPath(slugOf(e), lang) })),
		terms: terms.map((t) => ({ label: t.term, url: glossaryPath(t.id, lang), aliases: t.aliases })),
		// Names and terms of the site, for a query with a typo ("Mayorcas" → "mayorkas").
		words: nameWords([
			...explainers.flatMap((e) => [e.data.title, e.data.dek, ...(e.data.keywords ?? []), ...e.data.takeaways, (e.body ?? '').replace(/<[^>]*>|\{[^}]*\}/g, ' ')]),
			...terms.flatMap((t) => [t.term, t.short, t.long, ...t.aliases]),
		]),
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
