/**
 * The "nothing found" suggestions: explainers and glossary terms of one edition, from
 * /search/suggestions.json or /es/search/suggestions.json (built by
 * src/pages/[...lang]/search/suggestions.json.ts), fetched the first time a query finds nothing.
 */
import type { Lang } from '../../i18n/lang';
import { langHref } from '../../i18n/paths';
import type { SuggestionSource } from './text';

export interface SearchSuggestions {
	explainers: SuggestionSource[];
	terms: SuggestionSource[];
}

const loading = new Map<Lang, Promise<SearchSuggestions>>();

export function loadSuggestions(lang: Lang): Promise<SearchSuggestions> {
	let load = loading.get(lang);
	if (!load) {
		load = fetch(langHref('search/suggestions.json', lang)).then((r) => {
			if (!r.ok) throw new Error(`suggestions: HTTP ${r.status}`);
			return r.json() as Promise<SearchSuggestions>;
		});
		loading.set(lang, load);
		// A failed fetch (offline) may be retried by the next query that finds nothing.
		load.catch(() => loading.delete(lang));
	}
	return load;
}
