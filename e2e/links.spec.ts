/**
 * Link crawler: every page of the built site, served by the plain static server (at
 * the root, or under BASE_PATH with playwright.sub.config.ts), and every link,
 * anchor and asset on it. A broken reference is what a reader would hit as a 404,
 * a missing image or a link that lands at the top of the wrong page.
 */
import { test, expect } from './fixtures';
import { BASE, crawlPages, url } from './site';
import { attr, idsOf, siteRoot } from './html';

const ORIGIN = 'http://localhost';

interface Ref {
	from: string;
	kind: string;
	/** Path + query on the local server. */
	target: string;
	hash?: string;
}

/** External URLs seen by the crawl (checked to be well formed, never fetched). */
const externalLinks = new Set<string>();

/** Why an external URL is malformed, or undefined when it is fine. */
function externalUrlProblem(raw: string, url: URL): string | undefined {
	if (url.protocol !== 'https:') return 'expected an https:// URL';
	if (/\s/.test(raw) || raw !== raw.trim()) return 'contains white space';
	if (url.username || url.password) return 'carries a user name or password';
	if (!/^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(url.hostname) || url.hostname.split('.').some((l) => !l || l.startsWith('-') || l.endsWith('-'))) return `host "${url.hostname}" is not a public host name`;
	if (/[<>"{}|\\^`]/.test(raw)) return 'contains characters that must be escaped';
	return undefined;
}

/** Every reference in a page: links, forms, scripts, stylesheets, icons, images, social images. */
function references(path: string, html: string, site: URL): { refs: Ref[]; problems: string[] } {
	const refs: Ref[] = [];
	const problems: string[] = [];
	const add = (kind: string, value: string | undefined, absoluteSite = false) => {
		if (!value || /^(mailto|tel|data|javascript):/i.test(value)) return;
		const resolved = new URL(value, absoluteSite ? site : `${ORIGIN}${path}`);
		if (absoluteSite || resolved.origin === site.origin) {
			// Absolute URLs on the configured site (canonical, og:image) map onto the local server.
			if (resolved.origin !== site.origin) return void problems.push(`${path}: ${kind} ${value} is not on the site ${site.origin}`);
			if (!resolved.pathname.startsWith(site.pathname)) return void problems.push(`${path}: ${kind} ${value} is outside ${site.href}`);
			refs.push({ from: path, kind, target: BASE + resolved.pathname.slice(site.pathname.length) + resolved.search, hash: resolved.hash.slice(1) || undefined });
			return;
		}
		if (resolved.origin !== ORIGIN) {
			// A link to another site is not fetched (no network here), but it must be a well-formed
			// https URL to a real host name, written without spaces or stray characters.
			const problem = externalUrlProblem(value, resolved);
			if (problem) problems.push(`${path}: ${kind} ${value}: ${problem}`);
			else externalLinks.add(resolved.href);
			return;
		}
		refs.push({ from: path, kind, target: resolved.pathname + resolved.search, hash: resolved.hash.slice(1) || undefined });
	};
	for (const [tag] of html.matchAll(/<(?:a|link|script|img|source|form|meta|use|image)\b[^>]*>/gi)) {
		const name = tag.slice(1).split(/[\s>]/)[0]!.toLowerCase();
		if (name === 'a') add('link', attr(tag, 'href'));
		else if (name === 'link') {
			const rel = attr(tag, 'rel') ?? '';
			add(`<link rel=${rel}>`, attr(tag, 'href'), /canonical/.test(rel));
		} else if (name === 'script' || name === 'img') add(name, attr(tag, 'src'));
		else if (name === 'source') add('source', attr(tag, 'src'));
		else if (name === 'form') add('form action', attr(tag, 'action'));
		else if (name === 'use' || name === 'image') add(name, attr(tag, 'href'));
		else if (name === 'meta') {
			const key = attr(tag, 'property') ?? attr(tag, 'name') ?? '';
			if (['og:image', 'og:url', 'twitter:image'].includes(key)) add(key, attr(tag, 'content'), true);
		}
		const srcset = attr(tag, 'srcset');
		if (srcset) for (const part of srcset.split(',')) add('srcset', part.trim().split(/\s+/)[0]);
	}
	// Fonts and images named in inline styles.
	for (const [, style] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
		for (const [, u] of style!.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) add('css url()', u);
	}
	return { refs, problems };
}

test('every link, anchor and asset on every page resolves', async ({ request }) => {
	test.setTimeout(180_000);
	const site = await siteRoot(request);
	const pages = await crawlPages(request);
	expect(pages.length).toBeGreaterThan(10);

	const problems: string[] = [];
	const fetched = new Map<string, { status: number; type: string; body: string }>();
	const get = async (target: string) => {
		let hit = fetched.get(target);
		if (!hit) {
			const res = await request.get(target);
			const type = res.headers()['content-type'] ?? '';
			const text = /text|css|javascript|xml|json/.test(type) ? await res.text() : '';
			hit = { status: res.status(), type, body: text };
			fetched.set(target, hit);
		}
		return hit;
	};

	const refs: Ref[] = [];
	for (const path of pages) {
		const page = await get(path);
		expect(page.status, path).toBe(200);
		const found = references(path, page.body, site);
		problems.push(...found.problems);
		refs.push(...found.refs);
		const canonical = found.refs.find((r) => r.kind === '<link rel=canonical>');
		if (canonical?.target !== path) problems.push(`${path}: canonical URL points to ${canonical?.target ?? 'nothing'}`);
	}

	for (const ref of refs) {
		if (!ref.target.startsWith(BASE)) problems.push(`${ref.from}: ${ref.kind} ${ref.target} is outside the base path ${BASE}`);
		const hit = await get(ref.target);
		if (hit.status !== 200) {
			problems.push(`${ref.from}: ${ref.kind} ${ref.target} → HTTP ${hit.status}`);
			continue;
		}
		if (ref.hash && ref.kind === 'link' && !/^:~:/.test(ref.hash)) {
			if (!hit.type.includes('text/html')) problems.push(`${ref.from}: #${ref.hash} on a non-HTML target ${ref.target}`);
			else if (!idsOf(hit.body).has(decodeURIComponent(ref.hash))) problems.push(`${ref.from}: ${ref.target}#${ref.hash}: no element with that id`);
		}
	}

	// Stylesheets and scripts reference more files: fonts in url(), chunks in import statements.
	for (const [target, hit] of [...fetched]) {
		if (hit.status !== 200) continue;
		const base = `${ORIGIN}${target}`;
		const inner: string[] = [];
		if (hit.type.includes('css')) for (const [, u] of hit.body.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (!u!.startsWith('data:')) inner.push(u!);
		if (hit.type.includes('javascript')) for (const [, u] of hit.body.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) inner.push(u!);
		for (const u of inner) {
			const t = new URL(u, base).pathname;
			const res = await get(t);
			if (res.status !== 200) problems.push(`${target}: references ${t} → HTTP ${res.status}`);
		}
	}
	expect(problems).toEqual([]);
	// The crawl really did check links with anchors and the social images.
	expect(refs.some((r) => r.hash?.startsWith('step-'))).toBe(true);
	expect(refs.some((r) => r.kind === 'og:image')).toBe(true);
	// …and saw the sources' own links (well formed, as checked above).
	expect(externalLinks.size).toBeGreaterThan(40);
});

test('search results link to pages and sections that exist', async ({ page, request }) => {
	await page.goto(url('search/?q=Title%2042'));
	const links = page.locator('[data-search-results] a[href]');
	await expect(links.first()).toBeVisible();
	const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	expect(hrefs.length).toBeGreaterThan(1);
	for (const href of new Set(hrefs)) {
		const target = new URL(href);
		expect(target.pathname.startsWith(BASE), href).toBe(true);
		const res = await request.get(target.pathname);
		expect(res.status(), href).toBe(200);
		if (target.hash) expect(idsOf(await res.text()).has(decodeURIComponent(target.hash.slice(1))), href).toBe(true);
	}
});

test('a missing page gets the helpful 404, with working links and styles, at any depth', async ({ page }) => {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`);
	});
	const res = await page.goto(url('no/such/page/here/'));
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	// Styled: the site's stylesheet loaded even though the URL is four folders deep.
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font-text'))).toContain('serif');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	const explainerLinks = page.locator('main a[href*="/explainers/"]');
	expect(await explainerLinks.count()).toBeGreaterThan(0);
	await explainerLinks.first().click();
	await expect(page).toHaveURL(new RegExp(`${BASE}explainers/[a-z0-9-]+/$`));
	await expect(page.locator('h1')).toBeVisible();
	// Its search form searches this site, under the base path.
	await page.goto(url('missing/'));
	await page.getByLabel('Search the explainers').fill('Bárcena');
	await page.getByLabel('Search the explainers').press('Enter');
	await expect(page).toHaveURL(new RegExp(`${BASE}search/\\?q=B`));
	expect(failed).toEqual([]);
});
