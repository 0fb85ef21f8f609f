#!/usr/bin/env node
/**
 * Measures the site against the budgets in the product brief and prints each figure
 * with its ratio to the budget. It never fails because a machine is slow: it reports.
 *
 *   npm run bench                 page weights, first search, build time
 *   npm run bench -- --no-build   reuse the existing dist/
 *   npm run bench -- --no-lighthouse  skip Lighthouse (mobile), which runs on every page (~8 s each)
 *   npm run bench -- --scale      also build 250 and 1,000 synthetic explainers (cold) and search the larger
 *
 * Page weights come from loading each page in Chromium and gzip-compressing (level 9)
 * every file it fetched before any interaction, as a static host would serve them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { LINKED_SHARE_TARGET, linkedShares, readExplainerSources, readSources } from './sources-report.mjs';

const args = new Set(process.argv.slice(2));
const PORT = Number(process.env.BENCH_PORT || 4874);
// DIST_DIR measures (and builds into, unless --no-build) another output folder than dist/.
const DIST = process.env.DIST_DIR || 'dist';
const ORIGIN = `http://localhost:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const KB = 1024;
const BUDGET = { js: 30 * KB, css: 15 * KB, html: 40 * KB, search: 150 * KB, buildSeconds: 60, scaleSeconds: 300 };

const results = [];
const report = (what, value, budget, unit) => {
	const ratio = budget ? value / budget : undefined;
	results.push({ what, value, budget, unit, ratio });
	const fmt = (v) => (unit === 'bytes' ? `${(v / KB).toFixed(1)} KB` : unit === 's' ? `${v.toFixed(1)} s` : String(v));
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

async function pageWeights(browser) {
	const page = await browser.newPage();
	const pages = await crawl(page);
	console.log(`\nPer-page weight before interaction (gzip -9), ${pages.length} pages`);
	for (const path of pages) {
		const fetched = new Set();
		page.on('requestfinished', (r) => fetched.add(r.url()));
		await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
		page.removeAllListeners('requestfinished');
		const sum = { js: 0, css: 0, html: 0, font: 0, other: 0 };
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
		// Inline scripts and styles count as JS/CSS too; they are inside the HTML bytes already.
		const isExplainer = /^\/(es\/)?explainers\//.test(path);
		report(`${path} JS`, sum.js, isExplainer ? BUDGET.js : BUDGET.js, 'bytes');
		report(`${path} CSS`, sum.css, BUDGET.css, 'bytes');
		report(`${path} HTML`, sum.html, isExplainer ? BUDGET.html : undefined, 'bytes');
	}
	await page.close();
	return pages;
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
	const port = PORT + 100;
	const chrome = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROME_ARGS, `--remote-debugging-port=${port}`] });
	const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
	const short = [];
	const started = performance.now();
	console.log(`\nLighthouse (mobile) on ${list.length} pages; budget 100 in each category and CLS 0`);
	try {
		for (const path of list) {
			const { lhr } = await lh(ORIGIN + path, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
			const s = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
			const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
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
		console.log('');
		await firstSearch(browser, pages);
		await firstSearch(browser, pages, { prefix: '/es', query: 'expulsiones' });
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
