/**
 * The /search/ page: reads ?q= and the filters from the URL, searches, and keeps the URL
 * in step, so a search can be shared and the back button goes back through searches.
 * Typing more of the same query, or correcting it, replaces the current history entry
 * (one entry per search, not per letter); a different query or a filter adds one.
 */
import { historyMode, readSearchParams, sameSearch, searchHref, type SearchState } from './query';
import { createSearchUi, type ChangeKind } from './search-ui';

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = document.querySelector<HTMLInputElement>('#search-input');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const results = document.querySelector<HTMLOListElement>('[data-search-results]');
	const filters = document.querySelector<HTMLElement>('[data-search-filters]');
	if (!form || !input || !status || !results || !filters) return;

	const fromUrl = () => readSearchParams(new URLSearchParams(window.location.search));

	// Keeps whatever path the page was opened with (/search/ or /search), so the URL a
	// reader shares is the one they see.
	const writeUrl = (state: SearchState, push: boolean) => {
		if (sameSearch(state, fromUrl())) return;
		const url = searchHref(window.location.pathname, state) + window.location.hash;
		history[push ? 'pushState' : 'replaceState'](null, '', url);
	};

	const ui = createSearchUi({ input, status, results, filters }, (state, kind: ChangeKind) => {
		writeUrl(state, kind === 'filter' || historyMode(fromUrl().query, state.query) === 'push');
	});

	form.addEventListener('submit', (e) => {
		e.preventDefault();
		writeUrl(ui.state(), true);
		void ui.show(ui.state());
	});
	window.addEventListener('popstate', () => void ui.show(fromUrl()));

	const initial = fromUrl();
	void ui.show(initial);
	if (!initial.query) input.focus();
}
