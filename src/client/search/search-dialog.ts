/**
 * The search dialog, loaded only when a reader opens search (header link, "/" or
 * Ctrl/Cmd+K). A native modal <dialog>: the browser keeps focus inside it and makes the
 * page behind it inert, Esc closes it, and focus goes back to whatever opened it.
 * The query is not written to this page's URL; "Open this search as a page" gives the
 * shareable /search/?q=… link, and Enter opens the first result.
 */
import { searchHref } from './query';
import { SEARCH_UI } from '../../i18n/search-words';
import { pageHref, pageLang } from './base';
import { createSearchUi, type SearchUi } from './search-ui';
// A URL, not a CSS import: Astro would otherwise inline the dialog's styles into every page.
import stylesUrl from './search.css?url';

interface DialogParts {
	dialog: HTMLDialogElement;
	input: HTMLInputElement;
	pageLink: HTMLAnchorElement;
	ui: SearchUi;
}

let parts: DialogParts | undefined;
let opener: HTMLElement | null = null;
let styles: Promise<void> | undefined;

/** Adds the stylesheet once and waits for it (at most a second), so the dialog never shows unstyled. */
function loadStyles(): Promise<void> {
	styles ??= new Promise<void>((resolve) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = stylesUrl;
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
		window.setTimeout(resolve, 1000);
		document.head.append(link);
	});
	return styles;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** Builds the dialog in the page's language; its search page link stays in that edition. */
function build(): DialogParts {
	const words = SEARCH_UI[pageLang()];
	const searchPath = pageHref('search/');
	const input = el('input', {
		id: 'search-dialog-input',
		type: 'search',
		name: 'q',
		autocomplete: 'off',
		spellcheck: 'false',
		maxlength: '200',
		dir: 'auto',
		enterkeyhint: 'search',
		placeholder: words.placeholder,
		'aria-controls': 'search-dialog-results',
	});
	const close = el('button', { type: 'button', class: 'button search-dialog__close' }, words.close);
	const filters = el('div', { class: 'search-filters', role: 'group', 'aria-label': words.filtersLegend });
	filters.hidden = true;
	// Filters fold away so results get the room, on phones most of all. The box shows once the
	// index has loaded; its options load when it is opened (see filtersBox in search-ui.ts).
	const filterBox = el('details', { class: 'search-dialog__filters' }, el('summary', {}, words.filtersLegend), filters);
	filterBox.hidden = true;
	const form = el(
		'form',
		{ class: 'search-form', role: 'search', action: searchPath, method: 'get' },
		el('label', { for: 'search-dialog-input', class: 'search-label' }, words.label),
		el('div', { class: 'search-row' }, input, close),
		filterBox,
	);
	const status = el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
	const results = el('ol', { class: 'search-results', id: 'search-dialog-results', 'aria-label': words.dialogTitle });
	const pageLink = el('a', { href: searchPath }, words.openAsPage);
	const foot = el('p', { class: 'search-dialog__foot' }, pageLink, el('span', { class: 'search-dialog__keys', 'aria-hidden': 'true' }, words.keysHint));
	const panel = el('div', { class: 'search-dialog__panel' }, form, status, results, foot);
	const dialog = el('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-dialog-title' }, el('h2', { id: 'search-dialog-title', class: 'visually-hidden' }, words.dialogTitle), panel);

	const syncPageLink = () => {
		pageLink.href = searchHref(searchPath, ui.state());
	};
	const ui = createSearchUi({ input, status, results: results as HTMLOListElement, filters, filtersBox: filterBox }, syncPageLink);

	close.addEventListener('click', () => dialog.close());
	// A click on the backdrop (outside the panel) closes the dialog, as Esc does.
	dialog.addEventListener('click', (e) => {
		if (e.target === dialog) dialog.close();
	});
	// Enter opens the first result; with none yet, the full search page.
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		const first = ui.firstResult();
		window.location.href = first ? first.href : searchHref(searchPath, ui.state());
	});
	// Following a result closes the dialog first, in case the link only moves within this page.
	results.addEventListener('click', (e) => {
		if ((e.target as Element).closest('a') && !e.ctrlKey && !e.metaKey && !e.shiftKey) dialog.close();
	});
	dialog.addEventListener('close', () => {
		document.documentElement.classList.remove('search-dialog-open');
		const back = opener?.isConnected ? opener : document.querySelector<HTMLElement>('a[data-search-open]');
		back?.focus({ preventScroll: true });
		opener = null;
	});
	document.body.append(dialog);
	return { dialog, input, pageLink, ui };
}

export async function openSearchDialog(trigger: HTMLElement | null): Promise<void> {
	await loadStyles();
	parts ??= build();
	const { dialog, input, ui } = parts;
	if (!dialog.open) {
		const active = document.activeElement as HTMLElement | null;
		opener = trigger ?? (active && active !== document.body ? active : null);
		document.documentElement.classList.add('search-dialog-open');
		dialog.showModal();
		if (!ui.state().query) void ui.show(ui.state());
	}
	input.focus();
	input.select();
}
