/**
 * Loads Pagefind's browser API on first use (never before), from wherever the site
 * is hosted: the root or a subpath. Only the types and the tiny basePath() helper are
 * shared with code that runs on every page.
 *
 * One bundle, one index per language: the build writes an "en" and an "es" index (each
 * page goes to the index of its <html lang>, stemmed for that language), and the browser
 * API opens the index of the page's own <html lang>. So a search from a Spanish page
 * only ever returns Spanish pages, and "expulsiones" also finds "expulsión".
 */
import { HIGHLIGHT_PARAM, basePath } from './base';
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sub_results: PagefindSubResult[];
}
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
	results: PagefindResult[];
}
export type PagefindFilterCounts = Record<string, Record<string, number>>;
export interface PagefindApi {
	options(opts: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string | null, opts?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
	preload(query: string, opts?: { filters?: Record<string, string> }): Promise<void>;
	filters(): Promise<PagefindFilterCounts>;
}

export { HIGHLIGHT_PARAM, basePath };

/**
 * Ranking, tuned on the real index (see e2e/search.spec.ts "ranking"): a query for an
 * explainer's subject ("cloture", "supplemental", "expulsions") puts the explainer
 * first, and a glossary term's own page stays near the top for its term.
 * - pageLength 0.3 (default 0.75): long explainers are not pushed below short glossary pages;
 * - termFrequency 0.5 (default 1): many mentions in a long explainer count for something;
 * - metaWeights: the page title, and the explainer's `keywords` (frontmatter, indexed as
 *   metadata by ExplainerLayout), lift pages that are *about* the words.
 */
export const RANKING = {
	pageLength: 0.3,
	termFrequency: 0.5,
	metaWeights: { title: 5, keywords: 10 },
} as const;

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
	loading ??= (async () => {
		const url = `${basePath()}pagefind/pagefind.js`;
		const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
		await api.options({
			baseUrl: basePath(),
			highlightParam: HIGHLIGHT_PARAM,
			excerptLength: 24,
			excerptEllipsis: '…',
			ranking: RANKING,
			// The index is small: searching on the main thread is instant and saves
			// downloading pagefind-worker.js (12 KB gzip) with the first query.
			noWorker: true,
		});
		await api.init();
		return api;
	})();
	// A failed load (offline, opened from a file) may be retried by the next query.
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
}
