/**
 * Small helpers every page gets: the search shortcut (/ or Ctrl/Cmd+K opens search)
 * and, when a search result brought the reader here, highlighting of the searched
 * words (Pagefind's highlighter is loaded only in that case).
 */
import { HIGHLIGHT_PARAM, basePath } from './pagefind-client';

function isTyping(target: EventTarget | null): boolean {
	const el = target as HTMLElement | null;
	return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function startShortcut(): void {
	document.addEventListener('keydown', (e) => {
		const combo = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey);
		if (!(combo || (e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey))) return;
		e.preventDefault();
		const onSearchPage = document.querySelector<HTMLInputElement>('#search-input');
		if (onSearchPage) onSearchPage.focus();
		else window.location.href = `${basePath()}search/`;
	});
}

export async function startHighlight(): Promise<void> {
	if (!new URL(window.location.href).searchParams.get(HIGHLIGHT_PARAM)) return;
	try {
		const url = `${basePath()}pagefind/pagefind-highlight.js`;
		await import(/* @vite-ignore */ url);
		const Highlight = (window as unknown as { PagefindHighlight?: new (o: object) => unknown }).PagefindHighlight;
		if (Highlight) new Highlight({ highlightParam: HIGHLIGHT_PARAM, markContext: '#main', addStyles: false });
		document.querySelector('#main mark')?.scrollIntoView({ block: 'center' });
	} catch {
		// Highlighting is a nicety; the page reads the same without it.
	}
}
