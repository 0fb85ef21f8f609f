/**
 * Every share control on a page, through one delegated click listener (tiny, and it
 * covers controls added later):
 * - `[data-share]`: share the page;
 * - `[data-share-figure]`: share a figure (inside a scrolly, its current step);
 * - `a[data-share-step]`: "Link to this step"; without JavaScript a plain #step link.
 * The address bar is updated to the shared link, so when neither Web Share nor the
 * clipboard is available the reader can copy it from there. The confirmation goes
 * to the `[data-share-status]` live region next to the control.
 */
import { figureHash, shareMessage, shareOrCopy, shareUrl } from './share';

interface Words {
	copied: string;
	failed: string;
}

function statusFor(control: HTMLElement): HTMLElement | null {
	return control.closest('[data-share-group]')?.querySelector<HTMLElement>('[data-share-status]') ?? null;
}

function hashFor(control: HTMLElement): string {
	if (control.matches('a[data-share-step]')) return (control as HTMLAnchorElement).hash;
	if (control.matches('[data-share-figure]')) {
		const figure = control.closest<HTMLElement>('[data-chart-figure]');
		const scrolly = control.closest<HTMLElement>('[data-scrolly]');
		return figureHash(figure?.id ?? '', scrolly?.dataset.activeStep);
	}
	return '';
}

const timers = new WeakMap<HTMLElement, number>();

async function share(control: HTMLElement, words: Words): Promise<void> {
	const hash = hashFor(control);
	const url = shareUrl(window.location, hash);
	if (hash) history.replaceState(history.state, '', url);
	const title = control.dataset.shareTitle || document.querySelector('h1')?.textContent?.trim() || document.title;
	const result = await shareOrCopy({ title, url });
	const status = statusFor(control);
	if (!status) return;
	status.textContent = shareMessage(result, words);
	// The confirmation fades after a while so it never sits beside the wrong link.
	clearTimeout(timers.get(status));
	timers.set(
		status,
		window.setTimeout(() => (status.textContent = ''), 8000),
	);
}

let started = false;

export function startShareControls(words: Words): void {
	if (started) return;
	started = true;
	document.addEventListener('click', (event) => {
		const control = (event.target as Element | null)?.closest<HTMLElement>('[data-share], [data-share-figure], a[data-share-step]');
		if (!control) return;
		// Ctrl/Cmd/Shift-click on a step link keeps its usual meaning (open in a new tab or window).
		if (control instanceof HTMLAnchorElement && (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0)) return;
		event.preventDefault();
		void share(control, words);
	});
}
