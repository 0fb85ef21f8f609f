/** Builds result list items with DOM methods only: queries and excerpts stay text. */
import { parseExcerpt } from './excerpt';
import type { PagefindResultData } from './pagefind-client';

function excerptNode(html: string): HTMLElement {
	const p = document.createElement('p');
	p.className = 'result__excerpt';
	for (const part of parseExcerpt(html)) {
		if (part.marked) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			p.append(mark);
		} else p.append(part.text);
	}
	return p;
}

export function resultItem(data: PagefindResultData): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'result';
	const kind = document.createElement('p');
	kind.className = 'result__kind';
	kind.textContent = [data.filters.type?.[0], data.filters.explainer?.[0]].filter(Boolean).join(' · ');
	const title = document.createElement('a');
	title.className = 'result__title';
	title.href = data.url;
	title.dataset.result = '';
	title.textContent = data.meta.title ?? data.url;
	li.append(kind, title, excerptNode(data.excerpt));
	// Sub-results link to the section of the page where the words were found.
	const subs = data.sub_results.filter((s) => s.url !== data.url && s.url.includes('#')).slice(0, 3);
	if (subs.length) {
		const list = document.createElement('ul');
		list.className = 'result__subs';
		for (const sub of subs) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = sub.url;
			link.dataset.result = '';
			link.textContent = sub.title;
			item.append(link, excerptNode(sub.excerpt));
			list.append(item);
		}
		li.append(list);
	}
	return li;
}
