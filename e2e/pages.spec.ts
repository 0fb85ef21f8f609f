import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { crawlPages, watchErrors, url } from './site';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('the crawl finds every kind of page', async ({ request }) => {
	const pages = await crawlPages(request);
	for (const path of ['', 'about/', 'search/', 'glossary/', 'timeline/', 'explainers/title-42/', 'explainers/border-funding-package/', 'explainers/mexico-delegation/']) {
		expect(pages).toContain(url(path));
	}
	expect(pages.some((p) => p.startsWith(url('glossary/')) && p !== url('glossary/'))).toBe(true);
	// The axe tests below walk the crawl, so it must reach every page of the sitemap.
	const sitemap = await (await request.get(url('sitemap.xml'))).text();
	const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	expect(listed.length).toBeGreaterThan(10);
	expect(
		listed.filter((p) => !pages.includes(p)),
		'sitemap pages the crawl does not reach',
	).toEqual([]);
});

test('every page loads without console errors and has one h1, a title and a description', async ({ page, request }) => {
	test.setTimeout(240_000);
	for (const path of await crawlPages(request)) {
		const errors = watchErrors(page);
		const res = await page.goto(path);
		expect(res?.status(), path).toBe(200);
		await expect(page.locator('h1'), path).toHaveCount(1);
		expect(await page.title(), path).not.toBe('');
		expect(await page.locator('meta[name="description"]').getAttribute('content'), path).toBeTruthy();
		await page.waitForLoadState('networkidle');
		expect(errors, path).toEqual([]);
		page.removeAllListeners('console');
		page.removeAllListeners('pageerror');
	}
});

/**
 * Axe on every page, in the light and dark themes, at desktop width and at the
 * narrowest phone we support. Each page is loaded once per width: axe runs in the
 * light theme, then the page is switched to dark the way the theme toggle does it
 * (the inline head script picks the theme once, before first paint, so a change of
 * the system preference alone does not restyle a loaded page) and axe runs again.
 * At phone width the page must not scroll sideways either. The pages are shared out
 * among a few tests per width so that both workers stay busy.
 */
const WIDTHS = [
	{ name: 'desktop', use: { viewport: { width: 1280, height: 720 } } },
	{ name: 'phone', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
] as const;
const AXE_PARTS = 8;
/** Explainers and the timelines take axe several times longer than the other pages. */
const weight = (path: string) => (/\/(explainers\/[^/]+|timeline)\/$/.test(path) ? 5 : 1);

/** Part `part` of the pages, dealt heaviest first to the lightest part so the parts take about as long. */
function axePart(pages: string[], part: number): string[] {
	const parts = Array.from({ length: AXE_PARTS }, () => ({ load: 0, pages: [] as string[] }));
	for (const path of [...pages].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))) {
		const lightest = parts.reduce((min, p) => (p.load < min.load ? p : min));
		lightest.load += weight(path);
		lightest.pages.push(path);
	}
	return parts[part]!.pages;
}

/** The page background of each theme (--bg in src/styles/tokens.css). */
const BACKGROUND = { light: 'rgb(253, 252, 249)', dark: 'rgb(21, 21, 21)' } as const;

/** The innermost elements whose box or content sticks out past the right edge of the viewport, for the failure message. */
function overflowingElements(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const limit = document.documentElement.clientWidth + 0.5;
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
		// An element's content counts where it spills out (overflow visible), not inside a scroll box.
		const right = (el: Element) => {
			const r = el.getBoundingClientRect();
			return getComputedStyle(el).overflowX === 'visible' ? Math.max(r.right, r.left + el.scrollWidth) : r.right;
		};
		const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().width > 0 && right(el) > limit);
		return wide
			.filter((el) => !wide.some((other) => other !== el && el.contains(other)))
			.slice(0, 8)
			.map((el) => `${name(el)} (to ${Math.round(right(el))} px)`);
	});
}

for (const width of WIDTHS) {
	test.describe(`axe at ${width.name} width (${width.use.viewport.width}×${width.use.viewport.height})`, () => {
		test.use(width.use);
		for (let part = 0; part < AXE_PARTS; part++) {
			test(`axe finds no violations in the light and dark themes, ${width.name}, pages part ${part + 1} of ${AXE_PARTS}`, async ({ page, request }) => {
				// The two 404 pages are in no sitemap but are what a mistyped link shows.
				const pages = axePart([...(await crawlPages(request)), url('no-such-page/'), url('es/no-such-page/')], part);
				const px = `${width.use.viewport.width} px`;
				const failures: string[] = [];
				const scan = async (path: string, theme: 'light' | 'dark') => {
					await expect(page.locator('html'), `${path} ${theme}`).toHaveAttribute('data-theme', theme);
					expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), `${path}: page background in the ${theme} theme`).toBe(BACKGROUND[theme]);
					const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
					for (const v of results.violations) {
						const targets = v.nodes.slice(0, 10).map((n) => n.target.join(' '));
						if (v.nodes.length > 10) targets.push(`… ${v.nodes.length - 10} more`);
						failures.push(`${path} [${theme} theme, ${px}] ${v.id}: ${v.help} — ${targets.join(' | ')}`);
					}
				};
				for (const path of pages) {
					await page.emulateMedia({ colorScheme: 'light' });
					await page.goto(path);
					if (width.name === 'phone') {
						const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
						if (clientWidth !== width.use.viewport.width || scrollWidth > clientWidth) {
							failures.push(`${path} [${px}] horizontal overflow: page is ${scrollWidth} px wide in a ${clientWidth} px viewport — ${(await overflowingElements(page)).join(' | ')}`);
						}
					}
					await scan(path, 'light');
					await page.emulateMedia({ colorScheme: 'dark' });
					await page.evaluate(() => {
						document.documentElement.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
					});
					await scan(path, 'dark');
				}
				expect(failures, failures.join('\n')).toEqual([]);
			});
		}
	});
}

test('the 404 page helps: search box and the list of explainers', async ({ page }) => {
	const res = await page.goto(url('no-such-page/'));
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByLabel('Search the explainers')).toBeVisible();
	await expect(page.locator('main a[href*="/explainers/"]')).toHaveCount(3);
});

test('the theme toggle switches theme, persists, and the page never flashes the wrong theme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(url());
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto(url('about/'));
	// The theme is set before first paint by the inline head script.
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});
