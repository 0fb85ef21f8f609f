/**
 * Search queries and the search URL (/search/?q=…&type=…), as pure functions so the
 * dialog, the search page and the tests agree on one format. A query is only ever
 * text: it is cleaned here, shown with textContent, and never parsed as HTML.
 */

/** Filters, in the order they appear in the URL and the form. Names match data-pagefind-filter keys. */
export const FILTER_KEYS = ['type', 'explainer', 'topic'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ActiveFilters = Partial<Record<FilterKey, string>>;

export interface SearchState {
	query: string;
	filters: ActiveFilters;
}

/** Longer queries are cut: nobody types 200 characters, and Pagefind gains nothing from more. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Trims, turns control characters and runs of white space into single spaces, and cuts
 * to MAX_QUERY_LENGTH characters without splitting an emoji or other surrogate pair.
 */
export function cleanQuery(raw: string): string {
	const spaced = raw.replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();
	const chars = Array.from(spaced);
	return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : spaced;
}

/** Reads ?q= and the filters from a URL's search params; unknown params are ignored. */
export function readSearchParams(params: URLSearchParams): SearchState {
	const filters: ActiveFilters = {};
	for (const key of FILTER_KEYS) {
		const value = cleanQuery(params.get(key) ?? '');
		if (value) filters[key] = value;
	}
	return { query: cleanQuery(params.get('q') ?? ''), filters };
}

/** The search params for a state: q first, then filters in FILTER_KEYS order, empty ones left out. */
export function writeSearchParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	const query = cleanQuery(state.query);
	if (query) params.set('q', query);
	for (const key of FILTER_KEYS) {
		const value = state.filters[key];
		if (value) params.set(key, value);
	}
	return params;
}

/** "/base/search/?q=…" for a state; `searchPath` is the search page's path with the base. */
export function searchHref(searchPath: string, state: SearchState): string {
	const params = writeSearchParams(state).toString();
	return params ? `${searchPath}?${params}` : searchPath;
}

/** True when two states would run the same search. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
	return writeSearchParams(a).toString() === writeSearchParams(b).toString();
}

/**
 * Fills a UI string such as "{count} results for “{query}”" and returns its pieces,
 * so the caller can put the query in its own element (a <bdi>, for right-to-left
 * text) while everything stays text.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): { text: string; slot?: string }[] {
	const parts: { text: string; slot?: string }[] = [];
	for (const piece of template.split(/(\{[a-z]+\})/)) {
		const name = /^\{([a-z]+)\}$/.exec(piece)?.[1];
		if (name && name in values) parts.push({ text: String(values[name]), slot: name });
		else if (piece) parts.push({ text: piece });
	}
	return parts;
}

/**
 * Whether a query typed on the search page gets its own history entry. Still typing or
 * correcting the same query ("clo" → "cloture", "cloture" → "clot") replaces the entry;
 * a different query ("cloture" → "parole") adds one, so Back returns to the previous search.
 */
export function historyMode(previous: string, next: string): 'push' | 'replace' {
	const a = previous.toLowerCase();
	const b = next.toLowerCase();
	if (!a) return 'push';
	return a.startsWith(b) || b.startsWith(a) ? 'replace' : 'push';
}
