/**
 * Builds results, the status line and the "nothing found" suggestions with DOM methods
 * only: queries, titles and excerpts are always text nodes, never parsed as HTML. The
 * words come from the caller, in the page's language.
 */
import { fillTemplate } from './query';
import { closestNames } from './text';
import type { SearchWords } from '../../i18n/search-words';
import { parseExcerpt } from './excerpt';
import type { PagefindResultData } from './pagefind-client';
import type { SearchSuggestions } from './suggestions';

/** At most this many section links under a result (Pagefind's own UI shows three). */
const MAX_SUBS = 3;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function excerptNode(html: string): HTMLElement {
	const p = el('p', 'result__excerpt');
	for (const part of parseExcerpt(html)) p.append(part.marked ? el('mark', undefined, part.text) : part.text);
	return p;
}

/** One result: kind (type · topic), title link, excerpt with matches marked, section links. */
export function resultItem(data: PagefindResultData, id: string, words: SearchWords): HTMLLIElement {
	const li = el('li', 'result');
	const kind = [...(data.filters.type ?? []), ...(data.filters.topic ?? [])].join(' · ');
	const title = el('a', 'result__title', data.meta.title || data.url);
	title.href = data.url;
	title.id = id;
	title.dataset.result = '';
	li.append(title);
	if (kind) li.append(el('p', 'result__kind', kind));
	li.append(excerptNode(data.excerpt));
	// Sub-results link to the section where the words were found (its heading's anchor).
	const subs = data.sub_results.filter((s) => s.title && s.url.includes('#') && s.url !== data.url).slice(0, MAX_SUBS);
	if (subs.length) {
		const list = el('ul', 'result__subs');
		list.setAttribute('aria-label', `${words.sections}: ${data.meta.title ?? ''}`);
		for (const sub of subs) {
			const item = el('li');
			const link = el('a', 'result__sub', sub.title);
			link.href = sub.url;
			link.dataset.result = '';
			item.append(link, excerptNode(sub.excerpt));
			list.append(item);
		}
		li.append(list);
	}
	return li;
}

/** Fills a status template; the query goes in a <bdi> so right-to-left text cannot reorder the sentence. */
export function statusContent(template: string, values: Record<string, string | number>): Node[] {
	return fillTemplate(template, values).map((part) => (part.slot === 'query' ? el('bdi', undefined, part.text) : document.createTextNode(part.text)));
}

export function countStatus(query: string, total: number, shown: number, words: SearchWords): Node[] {
	const template = total === 1 ? words.resultsOne : words.resultsMany;
	const nodes = statusContent(template, { count: total, query });
	if (shown < total) nodes.push(...statusContent(words.showing, { shown }));
	return nodes;
}

function linkList(items: { label: string; url: string }[]): HTMLUListElement {
	const list = el('ul');
	for (const item of items) {
		const a = el('a', undefined, item.label);
		a.href = item.url;
		a.dataset.result = '';
		const li = el('li');
		li.append(a);
		list.append(li);
	}
	return list;
}

/** Nothing found: glossary terms that look like the query, then the explainers and the glossary. */
export function emptyState(query: string, suggestions: SearchSuggestions, glossaryUrl: string, words: SearchWords): HTMLElement {
	const box = el('div', 'search-empty');
	const close = closestNames(query, suggestions.terms);
	if (close.length) box.append(el('p', undefined, words.didYouMean), linkList(close));
	box.append(el('p', undefined, words.tryExplainers), linkList([...suggestions.explainers, { label: words.browseGlossary, url: glossaryUrl }]));
	return box;
}
