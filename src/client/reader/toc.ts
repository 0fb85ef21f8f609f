/**
 * The explainer's table of contents (src/components/site/TableOfContents.astro): marks
 * the section being read, and opens the list beside the text on wide screens.
 * Started by the page script in ExplainerLayout.astro.
 */
export function startToc(): void {
	const nav = document.querySelector<HTMLElement>('[data-toc]');
	const details = nav?.querySelector('details');
	if (nav && details) {
		const links = [...nav.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
		const targets = links.map((a) => document.getElementById(a.dataset.tocLink!)).filter((el): el is HTMLElement => !!el);
		const mark = (id: string | undefined) => links.forEach((a) => (a.dataset.tocLink === id ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
		// The section being read is the last one whose heading has passed 30% of the screen;
		// at the very bottom of the page it is the last one (short last sections never reach the line).
		const update = () => {
			const line = window.innerHeight * 0.3;
			const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
			let current: string | undefined;
			for (const t of targets) if (t.getBoundingClientRect().top <= line) current = t.id;
			mark(atEnd ? targets[targets.length - 1]?.id : current);
		};
		let ticking = false;
		const onScroll = () => {
			if (ticking) return;
			ticking = true;
			requestAnimationFrame(() => {
				update();
				ticking = false;
			});
		};
		window.addEventListener('scroll', onScroll, { passive: true });
		window.addEventListener('resize', onScroll, { passive: true });
		update();
		// Open beside the text on wide screens; closed above it on narrower ones.
		// There the title is not a button: it neither closes the list nor takes a Tab stop.
		const wide = window.matchMedia('(min-width: 1300px)');
		const summary = details.querySelector('summary')!;
		const fit = () => {
			details.open = wide.matches;
			summary.tabIndex = wide.matches ? -1 : 0;
		};
		summary.addEventListener('click', (e) => wide.matches && e.preventDefault());
		wide.addEventListener('change', fit);
		fit();
	}
}
