/**
 * The language switch keeps the reader's place. Without JavaScript it opens the same
 * page in the other language (at the top). With it, on an explainer, the link is
 * pointed at the section being read: the n-th section here maps to the n-th section
 * there (the translation check keeps their number equal), and a graphic step or
 * figure in the address keeps its id, which is the same in both languages.
 */
const SECTION_SELECTOR = '.explainer__content h2[id]';
/** Headings of the page frame (takeaways, sources…) have the same id in every language. */
const SHARED_IDS = new Set(['takeaways', 'sources', 'changes', 'related']);

/** The section anchor to open in the translation, or '' for the top of the page. */
export function targetHash(opts: { hash: string; hashIsShared: boolean; currentIndex: number; sectionsThere: string[] }): string {
	const id = opts.hash.replace(/^#/, '');
	if (id && opts.hashIsShared) return `#${id}`;
	const there = opts.currentIndex >= 0 ? opts.sectionsThere[opts.currentIndex] : undefined;
	return there ? `#${there}` : '';
}

/** Index of the last section heading above the reading line (a third down the viewport). */
function currentSection(headings: HTMLElement[]): number {
	const line = window.innerHeight / 3;
	let index = -1;
	for (const [i, h] of headings.entries()) {
		if (h.getBoundingClientRect().top <= line) index = i;
		else break;
	}
	return index;
}

function decode(hash: string): string {
	try {
		return decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return '';
	}
}

export function startLanguageSwitch(): void {
	const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
	if (!link) return;
	const base = link.href.replace(/#.*$/, '');
	const sectionsThere = (link.dataset.sections ?? '').split(' ').filter(Boolean);
	const update = () => {
		const headings = [...document.querySelectorAll<HTMLElement>(SECTION_SELECTOR)];
		const id = decode(location.hash);
		const target = id ? document.getElementById(id) : null;
		// Steps and figures carry the same id in both languages; section headings do not.
		const hashIsShared = !!target && (SHARED_IDS.has(id) || (!target.matches(SECTION_SELECTOR) && !!target.closest('[data-step], figure, [data-scrolly]')));
		const hash = sectionsThere.length ? targetHash({ hash: id, hashIsShared, currentIndex: currentSection(headings), sectionsThere }) : hashIsShared ? `#${id}` : '';
		link.href = base + hash;
	};
	// Before the browser follows the link: pointer, keyboard and middle-click all pass here.
	for (const type of ['pointerdown', 'focus', 'mouseenter'] as const) link.addEventListener(type, update);
	link.addEventListener('click', update);
}
