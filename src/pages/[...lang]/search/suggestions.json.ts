/**
 * What search suggests when a query finds nothing, per language (/search/suggestions.json
 * and /es/search/suggestions.json): every explainer and every glossary term (with its
 * aliases) in that language, with links into the same edition that carry the base path.
 * Fetched only then, never with the first query. About 3 KB.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedExplainers, slugOf } from '../../../content/explainers';
import { langPaths, LOCALE, type Lang } from '../../../i18n/lang';
import { explainerPath, glossaryPath } from '../../../i18n/paths';
import { glossaryTerms } from '../../../content/translations';
import type { SearchSuggestions } from '../../../client/search/suggestions';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) => {
	const { lang } = props;
	const explainers = await publishedExplainers(lang);
	const terms = (await glossaryTerms(lang)).sort((a, b) => a.term.localeCompare(b.term, LOCALE[lang].tag));
	const body: SearchSuggestions = {
		explainers: explainers.map((e) => ({ label: e.data.title, url: explainerPath(slugOf(e), lang) })),
		terms: terms.map((t) => ({ label: t.term, url: glossaryPath(t.id, lang), aliases: t.aliases })),
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
