/**
 * Builds results, the status line and the "nothing found" suggestions with DOM methods
 * only: queries, titles and excerpts are always text nodes, never parsed as HTML. The
 * words come from the caller, in the page's language.
 */
import { LOCALE, type Lang } from '../../i18n/lang';
import { fillTemplate } from './query';
import type { ParsedQuery } from './rank';
import { closestNames } from './text';
import type { SearchWords } from '../../i18n/search-words';
import { parseExcerpt } from './excerpt';
import type { PagefindResultData } from './pagefind-client';
import type { SearchSuggestions } from './suggestions';
import type { Definition } from './rank-results';

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

/** "2 December 2026" / "2 de diciembre de 2026" from "2026-12-02". */
function day(iso: string, lang: Lang): string {
	const date = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(LOCALE[lang].tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * What a result is: its kind (explainer, glossary term, timeline), the explainer it belongs to
 * (a glossary term: the explainer it comes from) or its topic, and when the explainer was updated.
 */
export function kindLine(data: PagefindResultData, words: SearchWords, lang: Lang): string {
	const kind = data.meta.kind as keyof SearchWords['kinds'] | undefined;
	const parts: string[] = [];
	if (kind && kind in words.kinds) parts.push(words.kinds[kind]);
	else parts.push(...(data.filters.type ?? []));
	if (kind === 'glossary' && data.meta.explainer)
		parts.push(
			fillTemplate(words.inExplainer, { title: data.meta.explainer })
				.map((p) => p.text)
				.join(''),
		);
	else parts.push(...(data.filters.topic ?? []));
	if (data.meta.date)
		parts.push(
			fillTemplate(words.updatedOn, { date: day(data.meta.date, lang) })
				.map((p) => p.text)
				.join(''),
		);
	return parts.join(' · ');
}

/** One result: kind line, title link, excerpt with matches marked, section links. */
export function resultItem(data: PagefindResultData, id: string, words: SearchWords, lang: Lang): HTMLLIElement {
	const li = el('li', 'result');
	const kind = kindLine(data, words, lang);
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

/** Nothing found: glossary terms that look like the query, then the explainers, the glossary and the timeline. */
export function emptyState(query: string, suggestions: SearchSuggestions, glossaryUrl: string, timelineUrl: string, words: SearchWords): HTMLElement {
	const box = el('div', 'search-empty');
	const close = closestNames(query, suggestions.terms);
	if (close.length) box.append(el('p', undefined, words.didYouMean), linkList(close));
	box.append(el('p', undefined, words.tryExplainers), linkList([...suggestions.explainers, { label: words.browseGlossary, url: glossaryUrl }, { label: words.browseTimeline, url: timelineUrl }]));
	return box;
}

/** How the query was read: words near each other, an exact phrase, or a definition. */
export function modeLine(query: ParsedQuery, words: SearchWords): Node[] {
	if (query.mode === 'phrase') return statusContent(words.modePhrase, { query: query.phrases.map((p) => p.join(' ')).join('” “') });
	if (query.mode === 'definition') return statusContent(words.modeDefinition, { query: query.term ?? query.search });
	return query.words.length > 1 ? [document.createTextNode(words.modeWords)] : [];
}

/** The short definition of the glossary term a query names, above the results (which it does not replace). */
export function definitionCard(def: Definition, words: SearchWords): HTMLLIElement {
	const li = el('li', 'search-definition');
	const label = el('p', 'search-definition__label', words.definitionOf);
	const text = el('p');
	text.append(el('strong', undefined, def.term), ': ', def.short, ' ');
	const more = el('a', undefined, words.readDefinition);
	more.href = def.url;
	text.append(more);
	li.append(label, text);
	return li;
}
