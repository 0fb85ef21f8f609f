import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const chrome = await chromeLauncher.launch({
	chromePath: '/usr/bin/chromium',
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const p of process.argv.slice(2)) {
	const { lhr } = await lighthouse('http://localhost:4891' + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
	console.log(
		p,
		Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, Math.round(v.score * 100)])),
		'CLS',
		lhr.audits['cumulative-layout-shift'].numericValue,
		'LCP',
		lhr.audits['largest-contentful-paint'].numericValue,
	);
	for (const [k, a] of Object.entries(lhr.audits))
		if (a.score !== null && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode)) console.log('  ', k, a.score, a.displayValue ?? '');
	const ts = lhr.audits['target-size'];
	if (ts?.details?.items) console.log(JSON.stringify(ts.details.items.slice(0, 6).map((i) => i.node?.snippet?.slice(0, 150))));
	const ls = lhr.audits['layout-shifts'];
	if (ls?.details?.items) console.log(JSON.stringify(ls.details.items.map((i) => [i.score, i.node?.snippet?.slice(0, 120)])));
	const lcp = lhr.audits['largest-contentful-paint-element'];
	if (lcp?.details?.items) console.log(JSON.stringify(lcp.details.items[0]?.items?.[0]?.node?.snippet ?? lcp.details.items).slice(0, 300));
}
await chrome.kill();
