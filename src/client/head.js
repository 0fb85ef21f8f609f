// The page's one inline script, run in <head> before the first paint (what it does and why:
// docs/decisions/0003-first-paint.md). Sent without comments or indentation; astro.config.mjs adds
// its hash to the Content Security Policy.
(function () {
	var d = document.documentElement;
	d.classList.remove('no-js');
	var store = {};
	try {
		store = localStorage;
	} catch (e) {}
	// The saved or system theme, so the page never flashes the wrong one.
	var saved = store.theme;
	var dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
	d.dataset.theme = dark ? 'dark' : 'light';
	// Source Serif once an earlier page has put it in the cache; the system serif until then.
	var faceCached = store.textFace === '1';
	if (faceCached) d.classList.add('text-face');

	// What waits in <template data-after-paint>: the page's scripts and the print stylesheet.
	// data-scripts on <html> says "loading", then "ready" once every script has run.
	var done = false;
	function afterPaint() {
		if (done) return;
		done = true;
		var pending = 1;
		function settled() {
			if (--pending === 0) d.dataset.scripts = 'ready';
		}
		d.dataset.scripts = 'loading';
		document.querySelectorAll('template[data-after-paint]').forEach(function (t) {
			var content = document.importNode(t.content, true);
			content.querySelectorAll('script[src]').forEach(function (script) {
				pending++;
				script.addEventListener('load', settled);
				script.addEventListener('error', settled);
			});
			cacheTextFace(t.getAttribute('data-text-face'));
			t.replaceWith(content);
		});
		settled();
	}
	// On a first visit, the text face for the next page, unless the reader saves data. Fetched
	// by the font loader, as the next page's stylesheet will ask for it, but not used here.
	function cacheTextFace(urls) {
		var saveData = navigator.connection && navigator.connection.saveData;
		if (!urls || faceCached || saveData || !window.FontFace) return;
		Promise.all(
			urls.split(' ').map(function (url) {
				return new FontFace('text-face-cache', 'url(' + url + ')').load();
			}),
		).then(
			function () {
				try {
					localStorage.textFace = '1';
				} catch (e) {}
			},
			function () {},
		);
	}
	// Once the browser has reported the first paint and the whole page is parsed (on a slow
	// connection the first paint comes before the end of the page, where the template is).
	// Without that report (a page opened in the background, an older browser): half a second
	// after the page has loaded and is shown.
	var painted = false;
	function whenReady() {
		if (painted && document.readyState !== 'loading') setTimeout(afterPaint);
	}
	try {
		new PerformanceObserver(function (list) {
			if (list.getEntriesByName('first-contentful-paint').length) {
				painted = true;
				whenReady();
			}
		}).observe({ type: 'paint', buffered: true });
	} catch (e) {}
	document.addEventListener('DOMContentLoaded', whenReady);
	addEventListener('load', function () {
		requestAnimationFrame(function () {
			setTimeout(afterPaint, 500);
		});
	});
})();
