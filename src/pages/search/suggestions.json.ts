/**
 * What search suggests when a query finds nothing: every explainer and every glossary
 * term (with its aliases), with links that carry the base path. Fetched only then,
 * never with the first query. About 3 KB.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { publishedExplainers } from '../../lib/explainers';
import { explainerPath, glossaryPath } from '../../lib/paths';
import type { SearchSuggestions } from '../../search/suggestions';

export const GET: APIRoute = async () => {
	const explainers = await publishedExplainers();
	const terms = (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term));
	const body: SearchSuggestions = {
		explainers: explainers.map((e) => ({ label: e.data.title, url: explainerPath(e.id) })),
		terms: terms.map((t) => ({ label: t.data.term, url: glossaryPath(t.id), aliases: t.data.aliases })),
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
