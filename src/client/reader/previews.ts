/**
 * Definition cards (<Term>) and citation previews (<Cite>), one small module for both.
 * Each is a ".pop": a trigger link and a ".pop__card". CSS already shows the card on
 * hover and keyboard focus; this adds what CSS cannot do:
 *
 * - Touch: the first tap on a term or citation number opens its card instead of
 *   following the link; a second tap (or the card's own link) follows it.
 * - Esc hides whatever card is showing, without moving focus or the pointer
 *   (WCAG 1.4.13); the card comes back after the pointer or focus leaves and returns.
 * - Placement: before a card shows, it is measured and slid sideways or dropped below
 *   the word so that it stays inside the screen, even on a 320 px phone.
 * - Citation cards are built on first use from the entry in the sources list, so the
 *   page carries each source's details once.
 *
 * Everything is delegated from `document`: no per-element listeners, no work at load.
 */
import { placeCard } from './card-place';

const TOUCH = new Set(['touch', 'pen']);
let lastPointer = '';

function popOf(target: EventTarget | null): HTMLElement | null {
	return target instanceof Element ? target.closest<HTMLElement>('.pop') : null;
}

/** The pop's card; for a citation, built from its sources-list entry the first time. */
function cardOf(pop: HTMLElement): HTMLElement | null {
	const existing = pop.querySelector<HTMLElement>('.pop__card');
	if (existing) return existing;
	const trigger = pop.querySelector<HTMLAnchorElement>('.pop__trigger');
	const entry = trigger?.hash ? document.getElementById(decodeURIComponent(trigger.hash.slice(1))) : null;
	if (!trigger || !entry) return null;
	const card = document.createElement('span');
	card.className = 'cite__card pop__card';
	for (const [from, to] of [
		['.source__title', 'cite__title'],
		['.source__by', 'cite__meta'],
	] as const) {
		const part = entry.querySelector(from)?.cloneNode(true) as HTMLElement | undefined;
		if (!part) continue;
		part.className = to;
		card.append(part);
	}
	const list = entry.closest<HTMLElement>('[data-cite-more]');
	const more = document.createElement('a');
	more.className = 'pop__more';
	more.href = trigger.hash;
	more.textContent = `${list?.dataset.citeMore ?? ''} ${trigger.textContent} ${list?.dataset.citeMoreSuffix ?? ''}`.trim();
	card.append(more);
	// The trigger already leads to the same places; one Tab stop per citation is enough.
	card.querySelectorAll('a').forEach((a) => (a.tabIndex = -1));
	pop.append(card);
	return card;
}

/** Measure the card in its default place (centred above the word), then move it on screen. */
function place(pop: HTMLElement): void {
	const card = cardOf(pop);
	const trigger = pop.querySelector('.pop__trigger');
	if (!card || !trigger) return;
	pop.classList.remove('is-below');
	pop.classList.add('is-measuring');
	card.style.setProperty('--shift', '0px');
	const header = document.querySelector('.site-header')?.getBoundingClientRect();
	const { shift, below } = placeCard({
		card: card.getBoundingClientRect(),
		trigger: trigger.getBoundingClientRect(),
		viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
		topLimit: Math.max(0, header?.bottom ?? 0),
	});
	pop.classList.remove('is-measuring');
	pop.classList.toggle('is-below', below);
	card.style.setProperty('--shift', `${shift}px`);
}

function setOpen(pop: HTMLElement, open: boolean): void {
	pop.classList.toggle('is-open', open);
	pop.querySelector('.pop__trigger')?.setAttribute('aria-expanded', String(open));
}

function closeAll(except?: HTMLElement | null): void {
	document.querySelectorAll<HTMLElement>('.pop.is-open').forEach((pop) => pop !== except && setOpen(pop, false));
}

export function startPreviews(): void {
	if (!document.querySelector('.pop')) return;

	document.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType), { capture: true, passive: true });

	// Place a card just before CSS reveals it (hover or focus).
	const show = (e: Event) => {
		const pop = popOf(e.target);
		const from = (e as PointerEvent | FocusEvent).relatedTarget as Node | null;
		if (pop && !pop.contains(from)) place(pop);
	};
	document.addEventListener('pointerover', show);
	document.addEventListener('focusin', show);

	// A card dismissed with Esc may show again once both pointer and focus have left.
	const leave = (e: Event) => {
		const pop = popOf(e.target);
		const to = (e as PointerEvent | FocusEvent).relatedTarget as Node | null;
		if (!pop || pop.contains(to)) return;
		const focusStays = e.type === 'pointerout' && pop.contains(document.activeElement);
		const hoverStays = e.type === 'focusout' && pop.matches(':hover');
		if (!focusStays && !hoverStays) pop.classList.remove('is-dismissed');
	};
	document.addEventListener('pointerout', leave);
	document.addEventListener('focusout', leave);

	document.addEventListener('click', (e) => {
		const pop = popOf(e.target);
		closeAll(pop);
		const onTrigger = e.target instanceof Element && e.target.closest('.pop__trigger');
		if (!pop || !onTrigger) return;
		if (TOUCH.has(lastPointer) && !pop.classList.contains('is-open')) {
			// First tap: show the card instead of leaving the sentence.
			e.preventDefault();
			pop.classList.remove('is-dismissed');
			place(pop);
			setOpen(pop, true);
		} else if (pop.classList.contains('is-open')) setOpen(pop, false);
	});

	document.addEventListener('keydown', (e) => {
		lastPointer = '';
		if (e.key !== 'Escape') return;
		document.querySelectorAll<HTMLElement>('.pop.is-open, .pop:hover, .pop:focus-within').forEach((pop) => {
			setOpen(pop, false);
			pop.classList.add('is-dismissed');
		});
	});

	window.addEventListener('resize', () => document.querySelectorAll<HTMLElement>('.pop.is-open').forEach(place), { passive: true });
}
