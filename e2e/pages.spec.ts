import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { crawlPages, watchErrors, url } from './site';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('the crawl finds every kind of page', async ({ request }) => {
	const pages = await crawlPages(request);
	for (const path of ['', 'about/', 'search/', 'glossary/', 'timeline/', 'explainers/title-42/', 'explainers/border-funding-package/', 'explainers/mexico-delegation/']) {
		expect(pages).toContain(url(path));
	}
	expect(pages.some((p) => p.startsWith(url('glossary/')) && p !== url('glossary/'))).toBe(true);
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

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds no violations on any page (${theme} theme)`, async ({ page, request }) => {
		test.setTimeout(300_000);
		await page.emulateMedia({ colorScheme: theme });
		const failures: string[] = [];
		for (const path of await crawlPages(request)) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
			for (const v of results.violations) failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}: ${v.help}`);
		}
		expect(failures).toEqual([]);
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
