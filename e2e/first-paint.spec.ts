/**
 * The first screen is drawn from the page alone (docs/decisions/0003-first-paint.md): no file
 * is requested before the first contentful paint; the page's scripts, the print stylesheet and
 * the text face for the next page follow it; the text face is used once cached, and nothing
 * shifts on either page. Without a paint report, or without JavaScript, nothing is lost.
 */
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
