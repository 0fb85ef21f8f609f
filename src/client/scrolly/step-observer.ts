/**
 * Tells which step of a scrolly sits on the trigger line (half-way down the
 * viewport on wide screens, lower on phones). The observer is rebuilt whenever the viewport changes size (resize,
 * orientation change, zoom, mobile URL bar), because its margins are computed in
 * pixels from the current viewport height.
 */
export interface StepObserver {
	destroy(): void;
}

/**
 * @param triggerAt where the trigger line sits, as a share of the viewport height
 *   (lower on phones, where the graphic fills the top half of the screen).
 */
export function observeSteps(steps: HTMLElement[], onEnter: (index: number) => void, triggerAt: () => number = () => 0.5): StepObserver {
	let observer: IntersectionObserver | undefined;
	let timer: number | undefined;

	const build = () => {
		observer?.disconnect();
		const h = window.innerHeight;
		const trigger = Math.round(h * triggerAt());
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
