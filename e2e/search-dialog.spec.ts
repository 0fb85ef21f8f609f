/**
 * The search dialog on every page: no search code until it is opened, the shortcuts
 * ("/" and Ctrl/Cmd+K), the native modal dialog (focus inside, Esc, focus back to the
 * trigger), keyboard navigation through results, Enter, the link fallback without
 * JavaScript, and axe. Also runs under a subpath (e2e/subpath.config.ts).
 */
import { test, expect, type Page } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { BASE, url, watchErrors } from './site';

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const input = (page: Page) => dialog(page).getByRole('searchbox');
const trigger = (page: Page) => page.locator('header a[data-search-open]');
const firstTitle = (page: Page) => dialog(page).locator('a.result__title').first();

/** Files that are search code: the dialog chunk, its styles, Pagefind, the highlighter. */
const SEARCH_FILE = /\/(search-dialog|search-ui|search-text|highlight)\.[\w-]+\.js$|\/search\.[\w-]+\.css$|\/pagefind\//;

test('an explainer page loads no search code until search is opened', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(r.url()));
	await page.goto(url('explainers/title-42/'));
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((u) => SEARCH_FILE.test(u))).toEqual([]);
	await expect(page.locator('dialog')).toHaveCount(0);
	// The header entry is a link to /search/ that says it opens a dialog once the script runs.
	await expect(trigger(page)).toHaveAttribute('href', `${BASE}search/`);
	await expect(trigger(page)).toHaveAttribute('aria-haspopup', 'dialog');

	await page.keyboard.press('/');
	await expect(dialog(page)).toBeVisible();
	await input(page).fill('expulsions');
	await expect(firstTitle(page)).toBeVisible();
	expect(fetched.some((u) => /search-dialog\.[\w-]+\.js$/.test(u))).toBe(true);
	expect(fetched.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
	// Pagefind runs on the main thread: its worker script is never downloaded.
	expect(fetched.some((u) => u.includes('pagefind-worker'))).toBe(false);
});

test('"/" opens the dialog with the search box focused; Esc closes it and focus goes back', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto(url('about/'));
	await page.keyboard.press('/');
	await expect(dialog(page)).toBeVisible();
	await expect(input(page)).toBeFocused();
	// "/" typed nothing into the box.
	await expect(input(page)).toHaveValue('');
	await expect(dialog(page).locator('.search-status')).toContainText('Type a word or a phrase');
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	// Opened from the page itself, focus returns to the header's search entry.
	await expect(trigger(page)).toBeFocused();
	expect(errors).toEqual([]);
});

test('Ctrl+K opens the dialog from a focused link, and Esc returns focus to that link', async ({ page }) => {
	await page.goto(url('glossary/'));
	const link = page.locator('main a').first();
	await link.focus();
	await page.keyboard.press('Control+k');
	await expect(input(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	await expect(link).toBeFocused();
	// Meta+K (Cmd+K on a Mac) works too.
	await page.keyboard.press('Meta+k');
	await expect(input(page)).toBeFocused();
});

test('"/" typed into a text field stays in the field', async ({ page }) => {
	await page.goto(url('search/'));
	const box = page.getByLabel('Search the explainers, glossary and timeline');
	await box.fill('title');
	await box.press('/');
	await expect(box).toHaveValue('title/');
	await expect(page.locator('dialog')).toHaveCount(0);
});

test('the header entry opens the dialog; type, results, close, and focus returns to it', async ({ page }) => {
	await page.goto(url('timeline/'));
	await trigger(page).click();
	await expect(input(page)).toBeFocused();
	await page.keyboard.type('cloture');
	await expect(dialog(page).locator('.search-status')).toContainText(/\d+ results for “cloture”/);
	await expect(firstTitle(page)).toHaveAttribute('href', `${BASE}explainers/border-funding-package/?highlight=cloture`);
	await expect(dialog(page).locator('.result__excerpt mark').first()).toHaveText(/cloture/i);
	// The page behind is inert while the modal is open.
	expect(await dialog(page).evaluate((d) => d.matches(':modal'))).toBe(true);
	await dialog(page).getByRole('button', { name: 'Close' }).click();
	await expect(dialog(page)).toBeHidden();
	await expect(trigger(page)).toBeFocused();
	// Reopening keeps the query and selects it, ready to type over.
	await page.keyboard.press('/');
	await expect(input(page)).toHaveValue('cloture');
	expect(await input(page).evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(7);
});

test('focus stays inside the dialog while it is open', async ({ page }) => {
	await page.goto(url('about/'));
	await page.keyboard.press('/');
	await input(page).fill('parole');
	await expect(firstTitle(page)).toBeVisible();
	for (let i = 0; i < 25; i++) {
		await page.keyboard.press('Tab');
		const outside = await page.evaluate(() => {
			const active = document.activeElement;
			return !!active && active !== document.body && !active.closest('dialog');
		});
		expect(outside, `after ${i + 1} Tab presses`).toBe(false);
	}
});

test('↑/↓ move through results and Enter opens one', async ({ page }) => {
	await page.goto(url());
	await page.keyboard.press('/');
	await input(page).fill('expulsions');
	await expect(firstTitle(page)).toBeVisible();
	const links = dialog(page).locator('a[data-result]');
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(input(page)).toBeFocused();
	// Typing while a result has focus goes back into the box.
	await page.keyboard.press('ArrowDown');
	await page.keyboard.type('x');
	await expect(input(page)).toBeFocused();
	await page.keyboard.press('Backspace');
	await expect(input(page)).toHaveValue('expulsions');
	await expect(dialog(page).locator('.search-status')).toContainText(/\d+ results for “expulsions”/);
	await expect(firstTitle(page)).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const href = await links.nth(1).getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(href!);
	await expect(page.locator('main mark.search-hit:visible').first()).toBeVisible();
});

test('Enter in the box opens the first result, with the searched words highlighted there', async ({ page }) => {
	await page.goto(url('about/'));
	await page.keyboard.press('Control+k');
	await input(page).fill('Barcena');
	await expect(firstTitle(page)).toHaveAttribute('href', /mexico-delegation/);
	await input(page).press('Enter');
	await expect(page).toHaveURL(new RegExp(`${BASE}explainers/mexico-delegation/\\?highlight=barcena$`, 'i'));
	await expect(page.locator('main mark.search-hit').first()).toHaveText('Bárcena');
	await expect(page.locator('main mark.search-hit:visible').first()).toBeInViewport();
});

test('"Open this search as a page" carries the query and filters to /search/', async ({ page }) => {
	await page.goto(url('about/'));
	await page.keyboard.press('/');
	await input(page).fill('parole');
	await expect(firstTitle(page)).toBeVisible();
	// Filters are folded away under "Narrow to" until asked for, and so are their lists in the
	// index, which grow with the number of pages.
	await expect(dialog(page).getByRole('combobox', { name: 'Type' })).toBeHidden();
	const filterFiles: string[] = [];
	page.on('request', (r) => r.url().includes('/pagefind/filter/') && filterFiles.push(r.url()));
	await page.waitForLoadState('networkidle');
	expect(filterFiles, 'filter lists fetched before "Narrow to" was opened').toEqual([]);
	await dialog(page).getByText('Narrow to').click();
	await expect(dialog(page).getByRole('combobox', { name: 'Type' })).toBeVisible();
	expect(filterFiles.length).toBeGreaterThan(0);
	await dialog(page).getByRole('combobox', { name: 'Type' }).selectOption('Glossary');
	await expect(dialog(page).locator('.result__kind').first()).toHaveText(/^Glossary · /);
	await dialog(page).getByRole('link', { name: 'Open this search as a page' }).click();
	await expect(page).toHaveURL(new RegExp(`${BASE}search/\\?q=parole&type=Glossary$`));
	await expect(page.locator('[data-search-status]')).toContainText('for “parole”');
	await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('Glossary');
});

test('hostile queries in the dialog stay text: no markup, no script, and the page link carries them encoded', async ({ page }) => {
	const errors = watchErrors(page);
	let alerts = 0;
	page.on('dialog', async (d) => {
		alerts++;
		await d.dismiss();
	});
	await page.goto(url('explainers/title-42/'));
	await page.keyboard.press('/');
	const hostile = '<img src=x onerror=alert(1)>';
	await input(page).fill(hostile);
	await expect(dialog(page).locator('.search-status')).toContainText(hostile);
	await expect(dialog(page).locator('img')).toHaveCount(0);
	const href = await dialog(page).getByRole('link', { name: 'Open this search as a page' }).getAttribute('href');
	expect(new URL(href!, page.url()).searchParams.get('q')).toBe(hostile);
	await input(page).fill('x'.repeat(5000));
	expect((await input(page).inputValue()).length).toBe(200);
	for (const query of ['🙂🇲🇽 border', 'גבול', '.*+?^${}()|[]\\']) {
		await input(page).fill(query);
		await expect(dialog(page).locator('.search-status bdi'), query).toHaveText(query);
	}
	await input(page).fill('expulsions');
	await expect(firstTitle(page)).toBeVisible();
	expect(alerts).toBe(0);
	expect(errors).toEqual([]);
});

test('a click on the backdrop closes the dialog', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(url('about/'));
	await page.keyboard.press('/');
	await expect(dialog(page)).toBeVisible();
	await page.mouse.click(20, 780);
	await expect(dialog(page)).toBeHidden();
});

test('on a phone the dialog fills the screen and results are readable', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(url('explainers/title-42/'));
	await trigger(page).click();
	await input(page).fill('parole');
	await expect(firstTitle(page)).toBeInViewport();
	const box = await dialog(page).boundingBox();
	expect(box?.width).toBe(320);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('without JavaScript the header entry is a plain link to the search page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(url('about/'));
	await trigger(page).click();
	await expect(page).toHaveURL(new RegExp(`${BASE}search/$`));
	await expect(page.getByText('Search needs JavaScript')).toBeVisible();
	await expect(page.getByText('Search could not load')).toBeHidden();
	await context.close();
});

test('a clear message in the dialog when the index cannot load', async ({ page }) => {
	await page.route('**/pagefind/**', (route) => route.abort());
	await page.goto(url('about/'));
	await page.keyboard.press('/');
	await input(page).fill('cloture');
	await expect(dialog(page).locator('.search-status')).toContainText('Search could not load');
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds no violations with the dialog open and showing results (${theme})`, async ({ page }) => {
		// Axe over an explainer: over a minute on a busy 2-core machine.
		test.setTimeout(300_000);
		await page.emulateMedia({ colorScheme: theme });
		await page.goto(url('explainers/title-42/'));
		await page.keyboard.press('/');
		await input(page).fill('expulsions');
		await expect(firstTitle(page)).toBeVisible();
		await dialog(page).getByText('Narrow to').click();
		await expect(dialog(page).getByRole('combobox', { name: 'Type' })).toBeVisible();
		const results = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}: ${v.help}`)).toEqual([]);
	});
}
