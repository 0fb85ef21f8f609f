/**
 * The light/dark switch in the header (src/components/site/ThemeToggle.astro): the
 * choice is kept in localStorage and applied before first paint by
 * src/client/head.js. Started by the page script in BaseLayout.astro.
 */
export function startThemeToggle(): void {
	const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
	if (button) {
		const root = document.documentElement;
		const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
		sync();
		button.addEventListener('click', () => {
			root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
			try {
				localStorage.setItem('theme', root.dataset.theme);
			} catch {
				// Private mode: the choice lasts for this page only.
			}
			sync();
		});
	}
}
