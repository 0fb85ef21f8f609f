/**
 * Marks the searched words on the page a search result opened (?highlight=word&…), then
 * scrolls to the section the result pointed at (#anchor) or else to the first visible
 * mark. Matching ignores case and diacritics and follows the page's language
 * (src/client/search/text.ts): "Barcena" marks "Bárcena", and on a Spanish page
 * "expulsiones" also marks "expulsión", as the Spanish index found it. About 1.5 KB;
 * Pagefind's own highlighter would be 9.5 KB.
 */
import { findMatches, highlightTerms } from './text';
import { HIGHLIGHT_PARAM, pageLang } from './base';

/** Never mark inside these: code and graphics, form controls, hidden tooltips, existing marks. */
const SKIP = 'script, style, noscript, svg, textarea, select, button, mark, [aria-hidden="true"], [role="tooltip"]';
/** A page full of a common word does not need thousands of marks. */
const MAX_MARKS = 200;

export function highlightIn(root: HTMLElement, terms: string[]): HTMLElement[] {
	if (!terms.length) return [];
	const nodes: Text[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	const marks: HTMLElement[] = [];
	for (const node of nodes) {
		const ranges = findMatches(node.data, terms);
		const local: HTMLElement[] = [];
		// Wrap from the end so earlier offsets stay valid while the node is split.
		for (let i = ranges.length - 1; i >= 0; i--) {
			const [start, end] = ranges[i]!;
			const match = node.splitText(start);
			match.splitText(end - start);
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			match.replaceWith(mark);
			mark.append(match);
			local.unshift(mark);
		}
		marks.push(...local);
		if (marks.length >= MAX_MARKS) break;
	}
	return marks;
}

export function highlightFromUrl(): void {
	const params = new URLSearchParams(window.location.search);
	const root = document.querySelector<HTMLElement>('#main');
	if (!root) return;
	const marks = highlightIn(root, highlightTerms(params.getAll(HIGHLIGHT_PARAM), pageLang()));
	// A section link (#anchor) already scrolled the page there; marking words does not move
	// the layout, but bring the section back into view in case a late layout shift moved it.
	let target: HTMLElement | null = null;
	try {
		const hash = decodeURIComponent(window.location.hash.slice(1));
		target = hash ? document.getElementById(hash) : null;
	} catch {
		// A malformed #fragment: fall back to the first mark.
	}
	if (target) {
		target.scrollIntoView({ block: 'start' });
		return;
	}
	// The first mark in the text, not in the contents list (a <nav>) that precedes it.
	const visible = marks.filter((m) => m.getClientRects().length > 0);
	const first = visible.find((m) => !m.closest('nav')) ?? visible[0];
	first?.scrollIntoView({ block: 'center' });
}
