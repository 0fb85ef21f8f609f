#!/usr/bin/env node
/**
 * Measures the site against the budgets in the product brief and prints each figure
 * with its ratio to the budget. It never fails because a machine is slow: it reports.
 *
 *   npm run bench                 page weights, first search, build time
 *   npm run bench -- --no-build   reuse the existing dist/
 *   npm run bench -- --no-lighthouse  skip Lighthouse (mobile), which runs on every page (~8 s each)
 *   npm run bench -- --scale      also build 250 and 1,000 synthetic explainers (cold) and search the larger
 *   npm run bench -- --pages=/explainers/title-42/,/es/explainers/title-42/
 *                                 measure only these pages (weights, full scroll, Lighthouse)
 *   npm run bench -- --runs=3     Lighthouse runs per page; LCP and first paint are the median
 *
 * Page weights come from loading each page in Chromium and gzip-compressing (level 9)
 * every file it fetched before any interaction, as a static host would serve them.
 * "Full-scroll JS" adds what an explainer fetches while a reader scrolls to its end
 * (the graphics' code loads as each graphic comes near the screen), search unused.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { LINKED_SHARE_TARGET, linkedShares, readExplainerSources, readSources } from './sources-report.mjs';

const argv = process.argv.slice(2);
const args = new Set(argv);
/** `--name=value` options. */
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ONLY_PAGES = option('pages')
	?.split(',')
	.map((p) => p.trim())
	.filter(Boolean);
const RUNS = Math.max(1, Number(option('runs') ?? 1));
const PORT = Number(process.env.BENCH_PORT || 4874);
// DIST_DIR measures (and builds into, unless --no-build) another output folder than dist/.
const DIST = process.env.DIST_DIR || 'dist';
const ORIGIN = `http://localhost:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const KB = 1024;
// The brief's budgets: JS before interaction, JS through a full scroll of an explainer,
// CSS per page, explainer HTML, first search, explainer LCP (Lighthouse mobile), build times.
const BUDGET = { js: 10 * KB, fullScrollJs: 25 * KB, css: 15 * KB, html: 40 * KB, search: 150 * KB, lcpSeconds: 1.2, buildSeconds: 60, scaleSeconds: 300 };
const isExplainer = (path) => /^\/(es\/)?explainers\/[^/]+\/$/.test(path);

const results = [];
const report = (what, value, budget, unit) => {
	const ratio = budget ? value / budget : undefined;
	results.push({ what, value, budget, unit, ratio });
	const fmt = (v) => (unit === 'bytes' ? `${(v / KB).toFixed(1)} KB` : unit === 's' ? `${v.toFixed(1)} s` : unit === 's2' ? `${v.toFixed(2)} s` : String(v));
	const flag = ratio === undefined ? '' : ratio <= 1 ? 'ok  ' : 'OVER';
	console.log(`${flag.padEnd(5)}${what.padEnd(62)}${fmt(value).padStart(10)}${budget ? ` / ${fmt(budget)} (${(ratio * 100).toFixed(0)}%)` : ''}`);
};

function timeBuild(env = {}, label = 'npm run build') {
	const started = performance.now();
	const run = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { OUT_DIR: DIST, LOCAL_PREVIEW: '1', ...process.env, ...env } });
	if (run.status !== 0) throw new Error(`${label} failed`);
	return (performance.now() - started) / 1000;
}

function serve(dir = DIST, env = {}) {
	const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT), '--dir', dir], { stdio: 'ignore', env: { ...process.env, ...env } });
	return new Promise((resolve) => setTimeout(() => resolve(child), 600));
}

function distFile(url, dir = DIST) {
	const path = decodeURIComponent(new URL(url).pathname);
	const candidates = [join(dir, path), join(dir, path, 'index.html')];
	return candidates.find((p) => existsSync(p) && statSync(p).isFile());
}

function gz(file) {
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

async function crawl(_page) {
	const seen = new Set(['/']);
	const queue = ['/'];
	while (queue.length) {
		const path = queue.shift();
		const res = await fetch(ORIGIN + path);
		if (!(res.headers.get('content-type') ?? '').includes('html')) continue;
		for (const m of (await res.text()).matchAll(/href="(\/[^"#?]*)/g)) {
			if (/\.[a-z0-9]+$/i.test(m[1]) || seen.has(m[1])) continue;
			seen.add(m[1]);
			queue.push(m[1]);
		}
	}
	return [...seen].sort();
}

/** The page and every file it fetched (Resource Timing: complete, unlike request events read as they arrive). */
function fetchedUrls(page) {
	return page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]);
}

async function pageWeights(browser) {
	const page = await browser.newPage();
	const all = await crawl(page);
	const pages = ONLY_PAGES ? all.filter((p) => ONLY_PAGES.includes(p)) : all;
	if (ONLY_PAGES) for (const p of ONLY_PAGES.filter((x) => !all.includes(x))) console.log(`  --pages: ${p} is not a page of the site`);
	console.log(`\nPer-page weight before interaction (gzip -9), ${pages.length} pages`);
	for (const path of pages) {
		// A new context per page: nothing cached from the pages before (a first visit).
		const context = await browser.newContext();
		const fresh = await context.newPage();
		// 'load' first: on a busy machine the parser can take longer than networkidle's 500 ms
		// to reach the module scripts at the end of the page.
		await fresh.goto(ORIGIN + path, { waitUntil: 'load' });
		await fresh.waitForLoadState('networkidle');
		const fetched = new Set(await fetchedUrls(fresh));
		// Inline styles and scripts count as CSS and JS (gzipped on their own; they also travel in the HTML).
		const inline = await fresh.evaluate(() => ({
			css: [...document.querySelectorAll('style')].map((e) => e.textContent).join(''),
			js: [...document.querySelectorAll('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])')].map((e) => e.textContent).join(''),
		}));
		await context.close();
		const gzText = (text) => (text ? gzipSync(Buffer.from(text), { level: 9 }).length : 0);
		const sum = { js: gzText(inline.js), css: gzText(inline.css), html: 0, font: 0, other: 0 };
		for (const u of fetched) {
			if (!u.startsWith(ORIGIN)) {
				console.log(`  THIRD-PARTY request from ${path}: ${u}`);
				continue;
			}
			const file = distFile(u);
			if (!file) continue;
			const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : file.endsWith('.html') ? 'html' : file.endsWith('.woff2') ? 'font' : 'other';
			sum[kind] += kind === 'font' ? statSync(file).size : gz(file);
		}
		// The brief budgets the script of explainers (before any interaction); other pages are reported.
		report(`${path} JS (files and inline)`, sum.js, isExplainer(path) ? BUDGET.js : undefined, 'bytes');
		report(`${path} CSS (files and inline)`, sum.css, BUDGET.css, 'bytes');
		report(`${path} HTML`, sum.html, isExplainer(path) ? BUDGET.html : undefined, 'bytes');
	}
	await page.close();
	return pages;
}

/**
 * JavaScript an explainer fetches through a full scroll, search unused: load the page,
 * scroll to the end a little at a time (each lazy graphic comes near the screen, loads
 * its code and starts), and sum the gzip -9 size of every script fetched from the
 * first request on. Every file is counted once, however often it is imported.
 */
async function fullScrollJs(browser, pages) {
	const list = pages.filter(isExplainer);
	console.log(`\nJavaScript through a full scroll (gzip -9), ${list.length} explainers`);
	for (const path of list) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(ORIGIN + path, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		for (;;) {
			const atEnd = await page.evaluate(() => {
				window.scrollBy(0, Math.round(window.innerHeight / 2));
				return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
			});
			await page.waitForTimeout(120);
			if (atEnd) break;
		}
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		const scripts = new Set((await fetchedUrls(page)).filter((u) => new URL(u).pathname.endsWith('.js')));
		let bytes = 0;
		const names = [];
		for (const url of scripts) {
			const file = distFile(url);
			if (!file) continue;
			bytes += gz(file);
			names.push(
				url
					.split('/')
					.pop()
					.replace(/\.[\w-]{8}\.js$/, ''),
			);
		}
		const started = await page.locator('[data-scrolly][data-started]').count();
		report(`${path} full-scroll JS, ${scripts.size} files, ${started} graphics started`, bytes, BUDGET.fullScrollJs, 'bytes');
		if (args.has('--verbose')) console.log(`    ${names.sort().join(' ')}`);
		await context.close();
	}
}

/**
 * The first search as a reader makes it: on an explainer page that has finished loading,
 * press "/" and type a query. Everything fetched from then on counts (the dialog's code
 * and styles, Pagefind's script, WASM, metadata, filters, index chunk and the fragments of
 * the results shown), until the network is idle again with the results on screen.
 */
async function firstSearch(browser, pages = [], { prefix = '', query = 'expulsions', dir = DIST, label = 'First search' } = {}) {
	const page = await browser.newPage();
	const start = pages.find((p) => p.startsWith(`${prefix}/explainers/`)) ?? `${prefix}/`;
	await page.goto(ORIGIN + start, { waitUntil: 'networkidle' });
	const files = [];
	page.on('requestfinished', (r) => files.push(r.url()));
	const started = performance.now();
	await page.keyboard.press('/');
	await page.locator('dialog[open] input[type=search]').fill(query);
	await page.waitForSelector('dialog[open] a.result__title');
	const ms = performance.now() - started;
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	let bytes = 0;
	for (const url of files) {
		const file = distFile(url, dir);
		if (!file) {
			console.log(`  not counted (not a file of the site): ${url}`);
			continue;
		}
		// Pagefind's index files are compressed already; text assets as a host would gzip them.
		bytes += /\.(js|mjs|css|html|json)$/.test(file) ? gz(file) : statSync(file).size;
	}
	report(`${label} ("${query}" from ${start}): ${files.length} files after opening search`, bytes, BUDGET.search, 'bytes');
	report(`${label}: time from "/" to first results (ms, this machine)`, Math.round(ms), undefined, 'ms');
	await page.close();
}

/**
 * Lighthouse (mobile: its default emulation and throttling) on every page, in the
 * local Chromium, which Playwright starts with a debugging port for Lighthouse.
 * LIGHTHOUSE_PAGES=/,/es/ limits the run to some pages.
 */
async function lighthouse(pages) {
	const { default: lh } = await import('lighthouse');
	const only = process.env.LIGHTHOUSE_PAGES?.split(',').map((p) => p.trim());
	const list = only ? pages.filter((p) => only.includes(p)) : pages;
	const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
	const port = PORT + 100;
	const chrome = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROME_ARGS, `--remote-debugging-port=${port}`] });
	const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
	// Lighthouse's own list of what it clears before a run, plus localStorage and the rest.
	const clearStorageTypes = ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'local_storage', 'indexeddb', 'cookies'];
	const short = [];
	const started = performance.now();
	console.log(`\nLighthouse (mobile) on ${list.length} pages; budget 100 in each category and CLS 0`);
	try {
		for (const path of list) {
			// Several runs (--runs=N): the scores and audits shown are those of the run with the median LCP.
			// Each run is a reader's first visit. By default Lighthouse empties the HTTP cache but
			// keeps localStorage, where an earlier run left the flag that the text face is cached
			// (src/client/head.js): that would measure a page waiting for a face it no longer has.
			const runs = [];
			for (let i = 0; i < RUNS; i++) runs.push((await lh(ORIGIN + path, { port, output: 'json', logLevel: 'error', onlyCategories: categories, clearStorageTypes })).lhr);
			const lcpOf = (r) => r.audits['largest-contentful-paint']?.numericValue ?? NaN;
			const valid = runs.filter((r) => Number.isFinite(lcpOf(r))).sort((a, b) => lcpOf(a) - lcpOf(b));
			if (valid.length < runs.length) console.log(`  ${path}: ${runs.length - valid.length} run(s) without LCP (${runs.map((r) => r.runtimeError?.code ?? 'ok').join(', ')})`);
			if (!valid.length) continue;
			const lhr = valid[Math.floor(valid.length / 2)];
			const lcps = valid.map(lcpOf);
			const fcp = median(valid.map((r) => r.audits['first-contentful-paint']?.numericValue ?? NaN));
			const s = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
			const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
			const runNote = RUNS > 1 ? `, median of ${lcps.length} (${lcps.map((v) => (v / 1000).toFixed(2)).join(', ')})` : '';
			report(`${path} LCP, Lighthouse mobile${runNote}`, lcpOf(lhr) / 1000, isExplainer(path) ? BUDGET.lcpSeconds : undefined, 's2');
			report(`${path} first contentful paint, Lighthouse mobile`, fcp / 1000, undefined, 's2');
			if (isExplainer(path)) {
				// A returning reader: the cache and storage of the last run kept, so the text face
				// prefetched after its first paint is used (no budget: the brief's is the first visit).
				const again = (await lh(ORIGIN + path, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true })).lhr;
				const face = again.audits['network-requests']?.details?.items?.some((r) => r.url.endsWith('.woff2')) ? 'text face from the cache' : 'no text face';
				report(`${path} LCP, Lighthouse mobile, returning reader (${face})`, lcpOf(again) / 1000, undefined, 's2');
			}
			const failing = categories.flatMap((k) =>
				Object.values(lhr.categories[k]?.auditRefs ?? [])
					.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
					.map((r) => r.id),
			);
			console.log(
				`  ${path.padEnd(52)} perf ${s('performance')}  a11y ${s('accessibility')}  bp ${s('best-practices')}  seo ${s('seo')}  CLS ${cls.toFixed(3)}${failing.length ? `  (below 1: ${failing.join(', ')})` : ''}`,
			);
			for (const k of categories) if (s(k) < 100) short.push(`${path} ${k} ${s(k)}`);
			if (cls > 0) short.push(`${path} CLS ${cls.toFixed(3)}`);
			report(`${path} Lighthouse, lowest of the four scores`, Math.min(...categories.map(s)), undefined, 'points');
		}
	} finally {
		await chrome.close();
	}
	report(`Lighthouse: pages with every score 100 and CLS 0 (of ${list.length})`, list.length - new Set(short.map((x) => x.split(' ')[0])).size, undefined, 'pages');
	report('Lighthouse: scores below 100 or CLS above 0', short.length, undefined, 'count');
	for (const line of short) console.log(`  below budget: ${line}`);
	console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/** Serves `dir` and runs `work` with a browser, closing both afterwards. */
async function withSite(dir, work) {
	const server = await serve(dir);
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS });
	try {
		return await work(browser);
	} finally {
		await browser.close();
		server.kill();
	}
}

/** Share of each explainer's listed sources that link to the original publisher (npm run sources). */
function sourceShares() {
	for (const r of linkedShares(readSources(), readExplainerSources())) {
		const what = `Linked sources: ${r.explainer} (${r.linked} of ${r.total})`;
		results.push({ what, value: r.share, budget: LINKED_SHARE_TARGET, unit: 'share', ratio: r.share ? LINKED_SHARE_TARGET / r.share : Infinity }); // above 1: short of the target
		console.log(`${(r.share >= LINKED_SHARE_TARGET ? 'ok' : 'LOW').padEnd(5)}${what.padEnd(62)}${`${(r.share * 100).toFixed(0)}%`.padStart(10)} / at least ${LINKED_SHARE_TARGET * 100}%`);
	}
	console.log('');
}

async function main() {
	sourceShares();
	if (!args.has('--no-build')) report('npm run build (Astro + Pagefind), this machine', timeBuild(), BUDGET.buildSeconds, 's');
	await withSite(DIST, async (browser) => {
		const pages = await pageWeights(browser);
		await fullScrollJs(browser, pages);
		console.log('');
		if (!args.has('--no-search')) {
			await firstSearch(browser, pages);
			await firstSearch(browser, pages, { prefix: '/es', query: 'expulsiones' });
		}
		if (!args.has('--no-lighthouse')) await lighthouse(pages);
	});
	if (args.has('--scale')) {
		const { runScale } = await import('./bench-scale.mjs');
		const out = await runScale({ report, budget: BUDGET.scaleSeconds });
		await withSite(out, (browser) => firstSearch(browser, ['/explainers/title-42/'], { dir: out, label: 'Scale: first search' }));
	}
	const over = results.filter((r) => r.ratio !== undefined && r.ratio > 1);
	console.log(`\n${results.length} figures, ${over.length} over budget.`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
