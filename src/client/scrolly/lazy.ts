/**
 * Loads and starts each scrolly graphic only when it comes near the screen (within
 * one and a half screens), or when keyboard focus lands in it. Its code (d3, the
 * chart's model and words: ~17 KB gzip, ~0.5 s of script on a cheap phone) and its
 * first redraw then stay out of the page's first paint and first interaction. Until
 * it starts, the static SVG from the build shows the chart, so nothing moves.
 * A URL naming one of its steps (#step-…) scrolls it into view, which starts it.
 */
const NEAR = '150% 0px';

export function startScrolliesWhenNear(): void {
	const roots = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
	if (!roots.length) return;
	const observer =
		'IntersectionObserver' in window ? new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && begin(e.target as HTMLElement)), { rootMargin: NEAR }) : undefined;
	function begin(root: HTMLElement): void {
		if (root.dataset.started) return;
		root.dataset.started = 'true';
		observer?.unobserve(root);
		import('./scrolly')
			.then(({ startScrolly }) => startScrolly(root))
			.catch((error: unknown) => {
				// The static SVG stays in place; the story still reads.
				console.warn('Scrolly graphic could not start:', error);
			});
	}
	for (const root of roots) {
		root.addEventListener('focusin', () => begin(root), { once: true });
		if (observer) observer.observe(root);
		else begin(root);
	}
}
