#!/usr/bin/env node
/**
 * Search relevance, measured on the built site: runs every query of tests/search/queries.yaml
 * on the built /search/ page (dist/, or DIST_DIR) in headless Chromium, exactly as a reader's
 * browser runs it (Pagefind's own pagefind.js and index, plus the site's search code), and
 * reads the results the page shows. Prints precision at 1 and at 3 (the expected page is the
 * first result / among the first three), whether the expected section is among that result's
 * section links, and every query that missed.
 *
 * Usage: npm run search:eval [-- --json out.json] [-- --only <text>]
 * Exit code 1 when the goal in the query file (goal.p1, goal.p3) is not met, counting only
 * queries not marked `pending` (those wait for content that is still being written).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const DIST = resolve(process.env.DIST_DIR || 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FILE = resolve(option('file') ?? 'tests/search/queries.yaml');
const only = option('only');

if (!existsSync(`${DIST}/pagefind/pagefind.js`)) {
	console.error(`No search index in ${DIST}/pagefind. Run "npm run build" first.`);
	process.exit(2);
}

const spec = parse(readFileSync(FILE, 'utf8'));
const queries = spec.queries.filter((q) => !only || q.q.includes(only));

/** A free local port for the static server. */
const freePort = () =>
	new Promise((ok, fail) => {
		const s = createServer();
		s.once('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address();
			s.close(() => ok(port));
		});
	});

const port = Number(process.env.SEARCH_EVAL_PORT) || (await freePort());
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', DIST], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: '' } });
const origin = `http://localhost:${port}`;
for (let i = 0; ; i++) {
	try {
		if ((await fetch(`${origin}/`)).ok) break;
	} catch {
		if (i > 100) throw new Error('static server did not start');
	}
	await new Promise((r) => setTimeout(r, 100));
}

process.on('exit', () => server.kill());
const launch = () => chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
let browser = await launch();
let page = await browser.newPage();

/** "/es/explainers/title-42/" (no ?highlight, no #), and the section anchor if any. */
const split = (href) => {
	const u = new URL(href, origin);
	return { path: u.pathname, hash: decodeURIComponent(u.hash.slice(1)) };
};
const norm = (p) => `/${p.replace(/^\/+/, '').replace(/#.*$/, '')}`.replace(/\/?$/, '/');

async function run(q) {
	const prefix = q.lang === 'es' ? '/es' : '';
	await page.goto(`${origin}${prefix}/search/?q=${encodeURIComponent(q.q)}`, { waitUntil: 'domcontentloaded' });
	// Done when the results list says so (data-search-done), or the status line shows a count / no results.
	await page.waitForFunction(
		() => {
			const r = document.querySelector('[data-search-results]');
			if (r?.hasAttribute('data-search-done')) return true;
			const s = document.querySelector('[data-search-status]')?.textContent ?? '';
			return !r?.hasAttribute('data-search-pending') && /results? for|resultados? para|No results|No hay resultados/.test(s);
		},
		null,
		{ timeout: 15_000 },
	);
	await page.waitForTimeout(30);
	return page.$$eval('[data-search-results] > li.result', (items) =>
		items.map((li) => ({
			url: li.querySelector('a.result__title')?.getAttribute('href') ?? '',
			subs: [...li.querySelectorAll('a.result__sub')].map((a) => a.getAttribute('href') ?? ''),
		})),
	);
}

const rows = [];
for (const q of queries) {
	let results;
	try {
		results = await run(q);
	} catch (error) {
		// A browser that crashed on a busy machine is started again, and the query run once more.
		console.error(`retrying ${JSON.stringify(q.q)}: ${String(error).split('\n')[0]}`);
		await browser.close().catch(() => undefined);
		browser = await launch();
		page = await browser.newPage();
		results = await run(q);
	}
	const expected = norm((q.lang === 'es' ? 'es/' : '') + q.expect);
	const section = q.expect.includes('#') ? q.expect.split('#')[1] : undefined;
	const rank = results.findIndex((r) => split(r.url).path === expected) + 1;
	const hit = rank ? results[rank - 1] : undefined;
	const sectionShown = section ? !!hit?.subs.some((s) => split(s).hash === section) : undefined;
	rows.push({ ...q, rank, sectionShown, top: results.slice(0, 3).map((r) => split(r.url).path) });
}
await browser.close();
server.kill();

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
const summary = (list) => {
	const p1 = list.filter((r) => r.rank === 1).length;
	const p3 = list.filter((r) => r.rank >= 1 && r.rank <= 3).length;
	const withSection = list.filter((r) => r.sectionShown !== undefined);
	const sec = withSection.filter((r) => r.sectionShown).length;
	return { n: list.length, p1, p3, P1: p1 / (list.length || 1), P3: p3 / (list.length || 1), sections: `${sec}/${withSection.length}` };
};
const line = (label, s) =>
	`${label.padEnd(26)} ${String(s.n).padStart(3)} queries  P@1 ${pct(s.p1, s.n).padStart(6)} (${s.p1})  P@3 ${pct(s.p3, s.n).padStart(6)} (${s.p3})  section shown ${s.sections}`;

const ready = rows.filter((r) => !r.pending);
const all = summary(rows);
const counted = summary(ready);
console.log(line('all queries', all));
console.log(line('  not pending content', counted));
for (const lang of ['en', 'es']) console.log(line(`  ${lang}`, summary(rows.filter((r) => r.lang === lang))));
const misses = rows.filter((r) => r.rank !== 1 || r.sectionShown === false);
if (misses.length) {
	console.log('\nMisses (expected page not first, or its section not shown):');
	for (const r of misses) {
		const where = r.rank ? `rank ${r.rank}` : 'not found';
		const sec = r.sectionShown === false ? ', section not shown' : '';
		console.log(`  [${r.lang}] ${JSON.stringify(r.q)} → ${r.expect}: ${where}${sec}${r.pending ? ' (pending content)' : ''}`);
		console.log(`        top: ${r.top.join('  ') || '(none)'}`);
	}
}
const json = option('json');
if (json) writeFileSync(json, JSON.stringify({ summary: { all, counted }, rows }, null, '\t'));
const goal = spec.goal ?? { p1: 0.9, p3: 1 };
const met = counted.P1 >= goal.p1 && counted.P3 >= goal.p3;
console.log(`\nGoal (queries not pending): P@1 ≥ ${pct(goal.p1, 1)}, P@3 ≥ ${pct(goal.p3, 1)}: ${met ? 'met' : 'not met'}`);
process.exit(met ? 0 : 1);
