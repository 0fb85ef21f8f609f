/**
 * The "nothing found" suggestions: explainers and glossary terms from
 * /search/suggestions.json (built by src/pages/search/suggestions.json.ts), fetched
 * the first time a query finds nothing.
 */
import type { SuggestionSource } from '../lib/search-text';
import { basePath } from './pagefind-client';

export interface SearchSuggestions {
	explainers: SuggestionSource[];
	terms: SuggestionSource[];
}

let loading: Promise<SearchSuggestions> | undefined;

export function loadSuggestions(): Promise<SearchSuggestions> {
	loading ??= fetch(`${basePath()}search/suggestions.json`).then((r) => {
		if (!r.ok) throw new Error(`suggestions: HTTP ${r.status}`);
		return r.json() as Promise<SearchSuggestions>;
	});
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
}
