/**
 * The first screen is drawn from the page alone (docs/decisions/0003-first-paint.md): no file
 * is requested before the first contentful paint; the page's scripts, the print stylesheet and
 * the text face for the next page follow it; the text face is used once cached, and nothing
 * shifts on either page. Without a paint report, or without JavaScript, nothing is lost.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { test, expect, type Page } from './fixtures';
import { url } from './site';

const EXPLAINERS = ['title-42', 'border-funding-package', 'mexico-delegation'];
const PAGES = [url(), url('search/'), ...EXPLAINERS.flatMap((slug) => [url(`explainers/${slug}/`), url(`es/explainers/${slug}/`)])];
const FACE = 'Source Serif 4 Site';

/** Waits until the deferred content is in the page (the template is replaced by its content). */
async function afterPaintDone(page: Page) {
	await expect(page.locator('template[data-after-paint]')).toHaveCount(0);
}

/** Sum of the layout shifts so far, as CLS counts them (none caused by input). */
function layoutShift(page: Page) {
	return page.evaluate(() => {
		type Shift = PerformanceEntry & { hadRecentInput: boolean; value: number };
		const observer = new PerformanceObserver(() => {});
		// With `buffered`, the entries so far are in the observer's buffer as soon as it observes.
		observer.observe({ type: 'layout-shift', buffered: true });
		const shifts = observer.takeRecords() as Shift[];
		observer.disconnect();
		return shifts.reduce((sum, e) => sum + (e.hadRecentInput ? 0 : e.value), 0);
	});
}

for (const path of PAGES) {
	test(`nothing is fetched before the first contentful paint, the page's scripts after it: ${path}`, async ({ page }) => {
		await page.goto(path);
		await afterPaintDone(page);
		// The site script has run: its theme toggle reports its state.
		await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', /true|false/);
		const { fcp, resources } = await page.evaluate(() => ({
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
			resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime })),
		}));
		expect(fcp, 'the browser reports a first contentful paint').toBeGreaterThan(0);
		expect(resources.some((r) => r.name.endsWith('.js'))).toBe(true);
		expect(resources.filter((r) => r.start < fcp!).map((r) => r.name)).toEqual([]);
		// The icon is inside the page.
		expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
	});
}

test('a first visit reads in the system serif and caches the text face; the next page uses it; nothing shifts', async ({ page }) => {
	const fontRequests: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('.woff2')) fontRequests.push(r.url());
	});
	await page.goto(url('explainers/title-42/'));
	await afterPaintDone(page);
	expect(await page.evaluate(() => document.documentElement.classList.contains('text-face'))).toBe(false);
	expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toContain(FACE);
	// Both weights fetched after the paint, then remembered.
	await expect.poll(() => page.evaluate(() => localStorage.getItem('textFace'))).toBe('1');
	expect(fontRequests).toHaveLength(2);
	expect(await layoutShift(page)).toBe(0);

	await page.goto(url('es/explainers/border-funding-package/'));
	await afterPaintDone(page);
	expect(await page.evaluate(() => document.documentElement.classList.contains('text-face'))).toBe(true);
	await page.evaluate(() => document.fonts.ready);
	// The headline and the body text are drawn in Source Serif, which came from the cache.
	const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`));
	expect(faces).toEqual(expect.arrayContaining([`${FACE} 400`, `${FACE} 700`]));
	const fromNetwork = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.filter((r) => r.name.endsWith('.woff2') && (r as PerformanceResourceTiming).transferSize > 0)
			.map((r) => r.name),
	);
	expect(fromNetwork).toEqual([]);
	// Not fetched again for the page after: each face once, by its stylesheet.
	expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.woff2')).length)).toBe(2);
	expect(await layoutShift(page)).toBe(0);
});

test('a page that arrives in two parts, cut inside the header, is first drawn with its header whole: nothing shifts', async ({ page }) => {
	// A server that sends each page up to the middle of the header's tools, waits, then sends the
	// rest, as a slow connection can. Without rel="expect" the browser drew the header half-built,
	// and its tools then grew and pushed the navigation aside (a layout shift of about 0.006).
	const DIST = process.env.DIST_DIR || 'dist';
	const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2' };
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		let body: Buffer;
		const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
		try {
			body = readFileSync(file);
		} catch {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		const cut = extname(file) === '.html' ? body.indexOf('data-lang-switch') : -1;
		if (cut < 0) {
			res.end(body);
			return;
		}
		res.write(body.subarray(0, cut - 40));
		setTimeout(() => res.end(body.subarray(cut - 40)), 400);
	});
	await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
	const { port } = server.address() as { port: number };
	try {
		for (const path of ['explainers/mexico-delegation/', 'es/explainers/title-42/']) {
			await page.goto(`http://localhost:${port}${url(path)}`);
			await afterPaintDone(page);
			expect(await layoutShift(page), path).toBe(0);
		}
	} finally {
		server.close();
	}
});

test('a reader who saves data is not sent the text face', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
	const fontRequests: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('.woff2')) fontRequests.push(r.url());
	});
	await page.goto(url('explainers/mexico-delegation/'));
	await afterPaintDone(page);
	await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', /true|false/);
	await page.waitForLoadState('networkidle');
	expect(fontRequests).toEqual([]);
	expect(await page.evaluate(() => localStorage.getItem('textFace'))).toBeNull();
});

test('without a paint report (a page opened in the background, an older browser) the scripts still start', async ({ page }) => {
	await page.addInitScript(() => {
		// @ts-expect-error: the browser without Paint Timing
		delete window.PerformanceObserver;
	});
	await page.goto(url('explainers/title-42/'));
	await afterPaintDone(page);
	const toggle = page.locator('[data-theme-toggle]');
	await expect(toggle).toHaveAttribute('aria-pressed', /true|false/);
	const before = await page.evaluate(() => document.documentElement.dataset.theme);
	await toggle.click();
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the page is whole and prints with the print stylesheet', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.goto(url('explainers/title-42/'));
		await expect(page.locator('svg[data-chart]').first()).toBeVisible();
		// No script, and no text face: the system serif.
		expect(requested.filter((p) => p.endsWith('.js') || p.endsWith('.woff2'))).toEqual([]);
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toContain(FACE);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
	});
});
