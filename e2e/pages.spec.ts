import { test, expect, type Page } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, crawlPages, sitemapEntries, watchErrors, url } from './site';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('the crawl finds every kind of page', async ({ request }) => {
	const pages = await crawlPages(request);
	for (const path of ['', 'about/', 'search/', 'glossary/', 'timeline/', 'explainers/title-42/', 'explainers/border-funding-package/', 'explainers/mexico-delegation/']) {
		expect(pages).toContain(url(path));
	}
	expect(pages.some((p) => p.startsWith(url('glossary/')) && p !== url('glossary/'))).toBe(true);
	// The axe tests below walk the crawl, so it must reach every page of the sitemap.
	const listed = (await sitemapEntries(request)).entries.map((e) => new URL(e.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname);
	expect(listed.length).toBeGreaterThan(10);
	expect(
		listed.filter((p) => !pages.includes(p)),
		'sitemap pages the crawl does not reach',
	).toEqual([]);
});

/** Every page of the build, known when the tests are collected: each gets tests of its own. */
const PAGES = builtPages();
const isNotFound = (path: string) => path.endsWith('/no-such-page/');

/**
 * Axe on every page, in the light and dark themes, at desktop width and at the
 * narrowest phone we support. Each page is loaded once per width: axe runs in the
 * light theme, then the page is switched to dark the way the theme toggle does it
 * (the inline head script picks the theme once, before first paint, so a change of
 * the system preference alone does not restyle a loaded page) and axe runs again.
 * At phone width the page must not scroll sideways either. One test per page and
 * width, so that a slow machine never has to fit many pages into one timeout.
 */
const WIDTHS = [
	{ name: 'desktop', use: { viewport: { width: 1280, height: 720 } } },
	{ name: 'phone', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
] as const;
/** An explainer or a timeline takes axe several times longer than the other pages. */
const heavy = (path: string) => /\/(explainers\/[^/]+|timeline)\/$/.test(path);

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

test('the page list covers the sitemap, the crawl and the two 404 pages', async ({ request }) => {
	const listed = (await sitemapEntries(request)).entries.map((e) => new URL(e.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname);
	expect(PAGES.filter((p) => !isNotFound(p)).sort()).toEqual(listed.sort());
	expect(PAGES).toContain(url('no-such-page/'));
	expect(PAGES).toContain(url('es/no-such-page/'));
	expect(PAGES.filter((p) => !isNotFound(p))).toEqual(expect.arrayContaining(await crawlPages(request)));
});

for (const path of PAGES) {
	test.describe(path, () => {
		if (!isNotFound(path)) {
			test('loads without console errors and has one h1, a title and a description', async ({ page }) => {
				test.setTimeout(120_000);
				const errors = watchErrors(page);
				const res = await page.goto(path);
				expect(res?.status(), path).toBe(200);
				await expect(page.locator('h1'), path).toHaveCount(1);
				expect(await page.title(), path).not.toBe('');
				expect(await page.locator('meta[name="description"]').getAttribute('content'), path).toBeTruthy();
				await page.waitForLoadState('networkidle');
				expect(errors, path).toEqual([]);
			});
		}

		for (const width of WIDTHS) {
			// An explainer or a timeline gets one test per theme: one axe run on such a page
			// can take minutes on a busy 2-core machine.
			for (const themes of heavy(path) ? (['light', 'dark'] as const).map((t) => [t]) : [['light', 'dark'] as const]) {
				test.describe(() => {
					test.use(width.use);
					test(`axe finds no violations in the ${themes.join(' and ')} theme${themes.length > 1 ? 's' : ''} at ${width.name} width (${width.use.viewport.width}×${width.use.viewport.height})`, async ({
						page,
					}) => {
						// Measured on a 2-core machine under heavy load (load average above 30): up to 2.5 min for one
						// theme of an explainer, 1.5 min for both themes of another page.
						test.setTimeout(heavy(path) ? 480_000 : 300_000);
						const px = `${width.use.viewport.width} px`;
						const failures: string[] = [];
						const scan = async (theme: 'light' | 'dark') => {
							await expect(page.locator('html'), `${path} ${theme}`).toHaveAttribute('data-theme', theme);
							expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), `${path}: page background in the ${theme} theme`).toBe(BACKGROUND[theme]);
							const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
							for (const v of results.violations) {
								const targets = v.nodes.slice(0, 10).map((n) => n.target.join(' '));
								if (v.nodes.length > 10) targets.push(`… ${v.nodes.length - 10} more`);
								failures.push(`${path} [${theme} theme, ${px}] ${v.id}: ${v.help} — ${targets.join(' | ')}`);
							}
						};
						await page.emulateMedia({ colorScheme: 'light' });
						await page.goto(path);
						if (width.name === 'phone' && themes[0] === 'light') {
							const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
							if (clientWidth !== width.use.viewport.width || scrollWidth > clientWidth) {
								failures.push(`${path} [${px}] horizontal overflow: page is ${scrollWidth} px wide in a ${clientWidth} px viewport — ${(await overflowingElements(page)).join(' | ')}`);
							}
						}
						if (themes.includes('light')) await scan('light');
						if (themes.includes('dark')) {
							await page.emulateMedia({ colorScheme: 'dark' });
							await page.evaluate(() => {
								document.documentElement.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
							});
							await scan('dark');
						}
						expect(failures, failures.join('\n')).toEqual([]);
					});
				});
			}
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
