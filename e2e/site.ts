/**
 * Shared helpers: the list of pages (found by crawling the built site from its home
 * page, as a reader or a search engine would) and console-error capture.
 */
import type { Page, APIRequestContext } from '@playwright/test';

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

/** Collects console errors and uncaught exceptions on a page. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	return errors;
}
