// Runs before first paint: marks JavaScript as available and applies the saved or
// system theme, so the page never flashes the wrong one. Inline by necessity; its
// SHA-256 hash is added to the Content Security Policy in astro.config.mjs.
(function () {
	var d = document.documentElement;
	d.classList.remove('no-js');
	var saved = null;
	try {
		saved = localStorage.getItem('theme');
	} catch (e) {}
	var dark = saved ? saved === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
	d.dataset.theme = dark ? 'dark' : 'light';
})();
