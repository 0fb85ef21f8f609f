/**
 * The search form, filters, results and keyboard handling shared by the /search/ page
 * and the search dialog. The caller owns the markup around it and decides what a new
 * query does to the URL (the page keeps ?q= in step; the dialog does not). Words and
 * links follow the page's language (<html lang>); Pagefind searches that language's index.
 */
import { LOCALE } from '../../i18n/lang';
import { FILTER_KEYS, cleanQuery, type ActiveFilters, type SearchState } from './query';
import { SEARCH_UI } from '../../i18n/search-words';
import { UI } from '../../i18n/site';
import { pageHref, pageLang } from './base';
import { loadPagefind, type PagefindApi, type PagefindResult } from './pagefind-client';
import { countStatus, emptyState, resultItem, statusContent } from './render-results';
import { loadSuggestions } from './suggestions';

/** Results are loaded (one small fragment file each) in batches, so the first query stays light. */
const BATCH = 6;
/** Wait this long after the last keystroke before searching. */
const TYPING_DELAY = 150;

export interface SearchUiElements {
	input: HTMLInputElement;
	status: HTMLElement;
	results: HTMLOListElement;
	/** Where the filter selects go (filled from Pagefind's filters()). */
	filters: HTMLElement;
	/**
	 * A folded box around the filters: when given, their options load only once it opens.
	 * Pagefind's filter lists name every page, so they grow with the site (about 10 KB at
	 * 1,000 explainers) and would otherwise weigh on every first search.
	 */
	filtersBox?: HTMLDetailsElement;
}

export type ChangeKind = 'typing' | 'filter';

export interface SearchUi {
	/** Shows a state (from the URL) and runs it. */
	show(state: SearchState): Promise<void>;
	state(): SearchState;
	/** The first result link, if any (Enter in the dialog opens it). */
	firstResult(): HTMLAnchorElement | null;
}

let idCounter = 0;

export function createSearchUi(els: SearchUiElements, onChange: (state: SearchState, kind: ChangeKind) => void): SearchUi {
	const { input, status, results, filters, filtersBox } = els;
	const lang = pageLang();
	const words = SEARCH_UI[lang];
	const ui = UI[lang];
	const selects = new Map<string, HTMLSelectElement>();
	const uid = `sr${++idCounter}`;
	let wanted: ActiveFilters = {};
	let runId = 0;
	let filtersBuilt: Promise<void> | undefined;
	let noFilters = false;

	const setStatus = (...nodes: (Node | string)[]) => status.replaceChildren(...nodes);

	const current = (): SearchState => {
		const active: ActiveFilters = {};
		for (const key of FILTER_KEYS) {
			const value = selects.get(key)?.value ?? wanted[key];
			if (value) active[key] = value;
		}
		return { query: cleanQuery(input.value), filters: active };
	};

	// Filter options come from the index itself, so a new explainer, topic or type needs no code change.
	const buildFilters = (pagefind: PagefindApi) =>
		(filtersBuilt ??= pagefind
			.filters()
			.then((counts) => {
				for (const key of FILTER_KEYS) {
					const values = Object.keys(counts[key] ?? {}).sort((a, b) => a.localeCompare(b, LOCALE[lang].tag));
					if (wanted[key] && !values.includes(wanted[key]!)) values.push(wanted[key]!);
					if (!values.length) continue;
					const wrap = document.createElement('span');
					wrap.className = 'search-filter';
					const label = document.createElement('label');
					const select = document.createElement('select');
					select.name = key;
					select.id = label.htmlFor = `${uid}-${key}`;
					label.textContent = words.filterLabels[key];
					select.append(new Option(words.filterAny, ''), ...values.map((v) => new Option(v, v)));
					select.value = wanted[key] ?? '';
					select.addEventListener('change', () => {
						wanted = current().filters;
						onChange(current(), 'filter');
						void run();
					});
					selects.set(key, select);
					wrap.append(label, select);
					filters.append(wrap);
				}
				noFilters = selects.size === 0;
				filters.hidden = noFilters;
				if (filtersBox) filtersBox.hidden = noFilters;
			})
			.catch(() => undefined));
	filtersBox?.addEventListener('toggle', () => {
		if (filtersBox.open) loadPagefind().then(buildFilters, () => undefined);
	});

	const unavailable = () => {
		const links: [string, string][] = [
			['', ui.home],
			['glossary/', ui.glossary],
			['timeline/', ui.timeline],
		];
		const p = document.createElement('p');
		p.className = 'search-error';
		p.append(words.unavailable, ' ');
		links.forEach(([path, label], i) => {
			const a = document.createElement('a');
			a.href = pageHref(path);
			a.textContent = label;
			p.append(a, i < links.length - 1 ? ' · ' : '');
		});
		setStatus(p);
	};

	const renderBatch = async (id: number, found: PagefindResult[], from: number, query: string) => {
		const batch = found.slice(from, from + BATCH);
		const data = await Promise.all(batch.map((r) => r.data()));
		if (id !== runId) return;
		results.querySelector('.search-more')?.remove();
		results.append(...data.map((d, i) => resultItem(d, `${uid}-${from + i}`, words)));
		const shown = from + batch.length;
		setStatus(...countStatus(query, found.length, shown, words));
		if (shown < found.length) {
			const li = document.createElement('li');
			li.className = 'search-more';
			const more = document.createElement('button');
			more.type = 'button';
			more.className = 'button';
			more.textContent = words.showMore;
			more.addEventListener('click', async () => {
				more.disabled = true;
				await renderBatch(id, found, shown, query);
				document.getElementById(`${uid}-${shown}`)?.focus();
			});
			li.append(more);
			results.append(li);
		}
	};

	// The search last started; the same search again (Shift, or "x" then Backspace) is not rerun,
	// so results a reader is moving through with the arrow keys are not rebuilt under them.
	let lastKey: string | undefined;

	const run = async () => {
		const { query, filters: active } = current();
		const key = JSON.stringify([query, active]);
		if (key === lastKey) return;
		lastKey = key;
		const id = ++runId;
		if (!query) {
			results.replaceChildren();
			setStatus(words.prompt);
			return;
		}
		setStatus(words.searching);
		try {
			const pagefind = await loadPagefind();
			if (filtersBox) filtersBox.hidden = noFilters;
			if (!filtersBox || filtersBox.open) void buildFilters(pagefind);
			const search = await pagefind.search(query, { filters: active as Record<string, string> });
			if (id !== runId) return;
			const found = search?.results ?? [];
			results.replaceChildren();
			if (found.length) {
				await renderBatch(id, found, 0, query);
				return;
			}
			setStatus(...statusContent(words.noResults, { query }));
			const suggestions = await loadSuggestions(lang).catch(() => undefined);
			if (id !== runId || !suggestions) return;
			const li = document.createElement('li');
			li.append(emptyState(query, suggestions, pageHref('glossary/'), words));
			results.replaceChildren(li);
		} catch {
			if (id !== runId) return;
			lastKey = undefined; // so the same query can try again
			results.replaceChildren();
			unavailable();
		}
	};

	let timer: number | undefined;
	input.addEventListener('input', () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(() => {
			onChange(current(), 'typing');
			void run();
		}, TYPING_DELAY);
	});

	// ↑/↓ move between the input and every result link (titles and sections); Enter follows
	// the focused link natively. Typing while a result has focus goes back to the input.
	const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
	const onKey = (e: KeyboardEvent) => {
		if (e.altKey || e.ctrlKey || e.metaKey) return;
		const all = links();
		const index = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
			if (index === -1 && document.activeElement !== input) return;
			if (!all.length) return;
			e.preventDefault();
			const next = e.key === 'ArrowDown' ? Math.min(index + 1, all.length - 1) : index - 1;
			if (next < 0) input.focus();
			else {
				all[next]!.focus();
				all[next]!.scrollIntoView({ block: 'nearest' });
			}
		} else if (index !== -1 && e.key.length === 1 && e.key !== ' ') {
			input.focus();
		}
	};
	input.addEventListener('keydown', onKey);
	// Start fetching Pagefind as soon as the reader is about to type, not after the first word.
	input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
	results.addEventListener('keydown', onKey);

	return {
		async show(state) {
			input.value = state.query;
			wanted = { ...state.filters };
			for (const [key, select] of selects) {
				const value = wanted[key as keyof ActiveFilters] ?? '';
				if (value && ![...select.options].some((o) => o.value === value)) select.append(new Option(value, value));
				select.value = value;
			}
			await run();
		},
		state: current,
		firstResult: () => links()[0] ?? null,
	};
}
