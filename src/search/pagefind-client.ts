/**
 * Loads Pagefind's browser API on first use (never before), from wherever the site
 * is hosted: the root or a subpath.
 */
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
export interface PagefindApi {
	options(opts: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string, opts?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
	debouncedSearch?(query: string, opts?: unknown, ms?: number): Promise<unknown>;
}

export const HIGHLIGHT_PARAM = 'highlight';

let loading: Promise<PagefindApi> | undefined;

export function basePath(): string {
	return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

export function loadPagefind(): Promise<PagefindApi> {
	loading ??= (async () => {
		const url = `${basePath()}pagefind/pagefind.js`;
		const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
		await api.options({ baseUrl: basePath(), highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
		await api.init();
		return api;
	})();
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
}
