/**
 * The only search code on every page (well under 1 KB): the search shortcut (/ or
 * Ctrl/Cmd+K), the header search link turned into a dialog opener, and, when a search
 * result brought the reader here, highlighting of the searched words. The dialog and
 * the highlighter are separate chunks, imported only when needed.
 */

/** Same as HIGHLIGHT_PARAM in ./base; repeated so this file imports nothing up front. */
const HIGHLIGHT_PARAM = 'highlight';
const SHORTCUTS = '/ Control+K Meta+K';

function isTyping(target: EventTarget | null): boolean {
	const el = target as HTMLElement | null;
	return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Opens the search dialog; on /search/ itself the page's own box takes focus instead. */
async function openSearch(trigger: HTMLAnchorElement | null): Promise<void> {
	const pageInput = document.querySelector<HTMLInputElement>('#search-input');
	if (pageInput) {
		pageInput.focus();
		pageInput.select();
		return;
	}
	try {
		const { openSearchDialog } = await import('./search-dialog');
		await openSearchDialog(trigger);
	} catch {
		// The dialog could not load (offline, a stale page after a deploy): the link still works.
		const link = trigger ?? document.querySelector<HTMLAnchorElement>('a[data-search-open]');
		if (link) window.location.href = link.href;
	}
}

export function startShortcut(): void {
	const triggers = document.querySelectorAll<HTMLAnchorElement>('a[data-search-open]');
	for (const trigger of triggers) {
		trigger.setAttribute('aria-haspopup', 'dialog');
		trigger.setAttribute('aria-keyshortcuts', SHORTCUTS);
		trigger.addEventListener('click', (e) => {
			// Ctrl/Cmd/Shift-click and middle-click keep their meaning: open /search/ in a new tab or window.
			if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
			e.preventDefault();
			void openSearch(trigger);
		});
	}
	document.addEventListener('keydown', (e) => {
		if (e.defaultPrevented || e.isComposing) return;
		const combo = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
		const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
		if (!combo && !slash) return;
		e.preventDefault();
		void openSearch(null);
	});
}

export function startHighlight(): void {
	if (!new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) return;
	import('./highlight')
		.then(({ highlightFromUrl }) => highlightFromUrl())
		.catch(() => {
			// Highlighting is a nicety; the page reads the same without it.
		});
}
