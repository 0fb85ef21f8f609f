/**
 * Tells which step of a scrolly sits on the trigger line (half-way down the
 * viewport). The observer is rebuilt whenever the viewport changes size (resize,
 * orientation change, zoom, mobile URL bar), because its margins are computed in
 * pixels from the current viewport height.
 */
export interface StepObserver {
	destroy(): void;
}

export function observeSteps(steps: HTMLElement[], onEnter: (index: number) => void): StepObserver {
	let observer: IntersectionObserver | undefined;
	let timer: number | undefined;

	const build = () => {
		observer?.disconnect();
		const h = window.innerHeight;
		const trigger = Math.round(h * 0.5);
		// A one-pixel band at the trigger line: a step "enters" when it crosses it.
		observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if (entry.isIntersecting) onEnter(steps.indexOf(entry.target as HTMLElement));
				}
			},
			{ rootMargin: `-${trigger}px 0px -${h - trigger - 1}px 0px`, threshold: 0 },
		);
		steps.forEach((step) => observer!.observe(step));
	};

	const onResize = () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(build, 150);
	};

	build();
	window.addEventListener('resize', onResize);
	window.visualViewport?.addEventListener('resize', onResize);
	return {
		destroy() {
			observer?.disconnect();
			window.clearTimeout(timer);
			window.removeEventListener('resize', onResize);
			window.visualViewport?.removeEventListener('resize', onResize);
		},
	};
}
