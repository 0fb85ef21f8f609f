/**
 * The /search/ page: reads ?q= (and filters) from the URL, searches, shows results,
 * and keeps the URL in step so a search can be shared and the back button works.
 * ↑/↓ move between results; Enter opens one.
 */
import { loadPagefind } from './pagefind-client';
import { resultItem } from './render-results';

const MAX_RESULTS = 12;

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = document.querySelector<HTMLInputElement>('#search-input');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	const filters = document.querySelector<HTMLFieldSetElement>('[data-search-filters]');
	if (!form || !input || !status || !list || !filters) return;
	filters.hidden = false;
	const selects = [...filters.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	let runId = 0;

	const readUrl = () => {
		const params = new URL(window.location.href).searchParams;
		input.value = params.get('q') ?? '';
		for (const s of selects) s.value = params.get(s.name) ?? '';
	};

	const writeUrl = (push: boolean) => {
		const url = new URL(window.location.href);
		url.search = '';
		if (input.value.trim()) url.searchParams.set('q', input.value.trim());
		for (const s of selects) if (s.value) url.searchParams.set(s.name, s.value);
		if (url.toString() !== window.location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
	};

	const run = async () => {
		const id = ++runId;
		const query = input.value.trim();
		list.replaceChildren();
		if (!query) {
			status.textContent = 'Type a word or a phrase, for example “expulsions”, “cloture” or “Bárcena”.';
			return;
		}
		status.textContent = 'Searching…';
		try {
			const pagefind = await loadPagefind();
			const active = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
			const search = await pagefind.search(query, { filters: active });
			if (id !== runId) return;
			const results = search?.results ?? [];
			const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
			if (id !== runId) return;
			list.replaceChildren(...data.map(resultItem));
			status.textContent = results.length
				? `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”${results.length > MAX_RESULTS ? ` (showing ${MAX_RESULTS})` : ''}`
				: `No results for “${query}”. Try a simpler word, a glossary term such as “parole” or “cloture”, or a name such as “Mayorkas”.`;
		} catch {
			status.textContent = 'Search could not load. It needs the site to be served over http(s), not opened as a file.';
		}
	};

	form.addEventListener('submit', (e) => {
		e.preventDefault();
		writeUrl(true);
		void run();
	});
	let timer: number | undefined;
	input.addEventListener('input', () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(() => {
			writeUrl(false);
			void run();
		}, 180);
	});
	selects.forEach((s) =>
		s.addEventListener('change', () => {
			writeUrl(true);
			void run();
		}),
	);
	window.addEventListener('popstate', () => {
		readUrl();
		void run();
	});

	// Arrow keys move through result links; Enter follows the link natively.
	document.addEventListener('keydown', (e) => {
		if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
		if (!links.length) return;
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (index === -1 && document.activeElement !== input) return;
		e.preventDefault();
		const next = e.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1;
		if (next < 0) input.focus();
		else links[next]!.focus();
	});

	readUrl();
	if (input.value) void run();
	else input.focus();
}
