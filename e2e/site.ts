/**
 * Shared helpers: the list of pages (found by crawling the built site from its home
 * page, as a reader or a search engine would) and console-error capture.
 */
import type { Page, APIRequestContext } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE = `/${(process.env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export function url(path = ''): string {
	return BASE + path.replace(/^\//, '');
}

let cached: string[] | undefined;

/** Every HTML page reachable by links from the home page (same origin, under BASE). */
export async function crawlPages(request: APIRequestContext): Promise<string[]> {
	if (cached) return cached;
	const seen = new Set<string>([url()]);
	const queue = [url()];
	while (queue.length) {
		const path = queue.shift()!;
		const res = await request.get(path);
		if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue;
		const html = await res.text();
		for (const m of html.matchAll(/href="([^"#?]+)[^"]*"/g)) {
			const target = m[1]!;
			if (!target.startsWith(BASE) || /\.[a-z0-9]+$/i.test(target)) continue;
			if (!seen.has(target)) {
				seen.add(target);
				queue.push(target);
			}
		}
	}
	cached = [...seen].sort();
	return cached;
}

/** The sitemap index @astrojs/sitemap writes (src/integrations/sitemap.ts); robots.txt names it. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/**
 * The <url> entries of every sitemap the index lists, as XML text, and the sitemaps'
 * own URLs. Throws when the index or a sitemap it lists does not load.
 */
export async function sitemapEntries(request: APIRequestContext): Promise<{ sitemaps: string[]; entries: string[] }> {
	const index = await request.get(url(SITEMAP_INDEX));
	if (index.status() !== 200) throw new Error(`${url(SITEMAP_INDEX)}: HTTP ${index.status()}`);
	const sitemaps = [...(await index.text()).matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
	const entries: string[] = [];
	for (const loc of sitemaps) {
		const res = await request.get(new URL(loc).pathname);
		if (res.status() !== 200) throw new Error(`${loc} (listed in ${SITEMAP_INDEX}): HTTP ${res.status()}`);
		entries.push(...[...(await res.text()).matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!));
	}
	return { sitemaps, entries };
}

/** Collects console errors and uncaught exceptions on a page. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	return errors;
}

/**
 * Every page of the build, read from the build folder (DIST_DIR, default dist) when the
 * tests are collected, so that each page can have tests of its own: `X/index.html` is
 * served at url('X/'). The two 404 pages are in no sitemap and are reached by a
 * mistyped address, so they are listed as one (`no-such-page/`, `es/no-such-page/`).
 * Throws if there is no build, naming the command that makes one.
 */
export function builtPages(): string[] {
	const root = join(fileURLToPath(new URL('..', import.meta.url)), process.env.DIST_DIR || 'dist');
	if (!existsSync(join(root, 'index.html'))) throw new Error(`No built site in ${root}: run "npm run build:local" (or the subpath build) before the end-to-end tests.`);
	const pages: string[] = [];
	const walk = (dir: string, rel: string) => {
		for (const d of readdirSync(dir, { withFileTypes: true })) {
			if (d.isDirectory()) {
				if (!['_astro', 'pagefind', 'og', 'data'].includes(d.name)) walk(join(dir, d.name), `${rel}${d.name}/`);
			} else if (d.name === 'index.html') pages.push(rel);
		}
	};
	walk(root, '');
	return pages
		.map((rel) => (rel === 'es/404/' ? 'es/no-such-page/' : rel))
		.concat(existsSync(join(root, '404.html')) ? ['no-such-page/'] : [])
		.sort()
		.map((rel) => url(rel));
}

/**
 * The slugs of the explainers a build holds in a language: the site's own, and in the subpath
 * test build also the example of tests/fixtures/newcomer/ (scripts/with-fixtures.mjs).
 */
export function builtExplainers(lang: 'en' | 'es' = 'en'): string[] {
	const prefix = url(lang === 'es' ? 'es/explainers/' : 'explainers/');
	return builtPages()
		.filter((p) => p.startsWith(prefix) && /^[^/]+\/$/.test(p.slice(prefix.length)))
		.map((p) => p.slice(prefix.length, -1));
}
