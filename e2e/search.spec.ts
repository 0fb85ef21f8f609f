/**
 * The /search/ page against the real Pagefind index: the URL round trip (share, reload,
 * back), filters, ranking, diacritics, numbers, what is not indexed, hostile queries,
 * highlighting on the page a result opens, and the message when the index cannot load.
 * Also runs under a subpath (e2e/subpath.config.ts).
 */
import { test, expect, type Page } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BASE, builtExplainers, url, watchErrors } from './site';

const label = 'Search the explainers, glossary and timeline';
const status = (page: Page) => page.locator('[data-search-status]');
const titles = (page: Page) => page.locator('[data-search-results] a.result__title');

async function searchFor(page: Page, query: string, params = '') {
	await page.goto(url(`search/?q=${encodeURIComponent(query)}${params}`));
	await expect(status(page)).toContainText(/results? for|No results/);
}

/** Result title hrefs, without the base path and the ?highlight= part. */
async function resultPaths(page: Page, n = 6): Promise<string[]> {
	const hrefs = await titles(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
	return hrefs.slice(0, n).map((p) => p.slice(BASE.length));
}

test('searching for "expulsions" finds the Title 42 explainer first, with matches marked and section links', async ({ page }) => {
	await searchFor(page, 'expulsions');
	await expect(status(page)).toContainText(/\d+ results for “expulsions”/);
	const first = page.locator('[data-search-results] > li.result').first();
	await expect(first.locator('a.result__title')).toHaveText('Title 42 and after: the pandemic border rule, the asylum limits that followed, and the numbers');
	await expect(first.locator('.result__kind')).toHaveText(/^Explainer · Title 42 · updated [A-Z][a-z]+ \d{1,2}, \d{4}$/);
	await expect(first.locator('.result__excerpt mark').first()).toHaveText(/expulsions?/i);
	// Sub-results link to sections of the explainer, and carry the words to highlight there.
	const sub = first.locator('.result__subs a').first();
	await expect(sub).toHaveAttribute('href', new RegExp(`^${BASE}explainers/title-42/\\?highlight=expulsions#[a-z0-9-]+$`));
});

test('typing puts the query in the URL; the URL runs the search on load; Back returns to the previous search', async ({ page }) => {
	await page.goto(url('search/'));
	const input = page.getByLabel(label);
	await expect(input).toBeFocused();
	await expect(status(page)).toContainText('Type a word or a phrase');
	await input.fill('cloture');
	await expect(page).toHaveURL(/\/search\/\?q=cloture$/);
	await expect(titles(page).first()).toHaveAttribute('href', /border-funding-package/);
	await input.fill('parole');
	await expect(page).toHaveURL(/\?q=parole$/);
	await expect(status(page)).toContainText('for “parole”');
	// A shared link runs the same search.
	await page.reload();
	await expect(input).toHaveValue('parole');
	await expect(status(page)).toContainText('for “parole”');
	await page.goBack();
	await expect(page).toHaveURL(/\?q=cloture$/);
	await expect(input).toHaveValue('cloture');
	await expect(titles(page).first()).toHaveAttribute('href', /border-funding-package/);
	await page.goForward();
	await expect(input).toHaveValue('parole');
	await expect(status(page)).toContainText('for “parole”');
});

test('filters come from the index, narrow the results and live in the URL', async ({ page }) => {
	await searchFor(page, 'parole', '&type=Glossary');
	const type = page.getByRole('combobox', { name: 'Type' });
	await expect(type).toHaveValue('Glossary');
	await expect(type.locator('option')).toHaveText(['Any', 'Explainer', 'Glossary', 'Timeline']);
	// One option per explainer and per topic, named as on the pages.
	await expect(page.getByRole('combobox', { name: 'Explainer' }).locator('option')).toHaveCount(builtExplainers().length + 1);
	await expect(page.getByRole('combobox', { name: 'Topic' }).locator('option')).toHaveText(['Any', 'Funding package', 'Mexico talks', 'Title 42']);
	const kinds = page.locator('[data-search-results] .result__kind');
	await expect(kinds.first()).toHaveText(/^Glossary · from “/);
	expect((await kinds.allTextContents()).every((k) => /^Glossary( · |$)/.test(k))).toBe(true);

	await type.selectOption('Explainer');
	await expect(page).toHaveURL(/\?q=parole&type=Explainer$/);
	await expect(kinds.first()).toHaveText(/^Explainer · /);
	expect((await kinds.allTextContents()).every((k) => k.startsWith('Explainer'))).toBe(true);

	await page.getByRole('combobox', { name: 'Topic' }).selectOption('Mexico talks');
	await expect(page).toHaveURL(/\?q=parole&type=Explainer&topic=Mexico\+talks$/);
	await expect(titles(page)).toHaveCount(1);
	await expect(titles(page)).toHaveAttribute('href', /mexico-delegation/);

	await page.goBack();
	await expect(page).toHaveURL(/\?q=parole&type=Explainer$/);
	await expect(page.getByRole('combobox', { name: 'Topic' })).toHaveValue('');
	await page.goBack();
	await expect(type).toHaveValue('Glossary');
	await expect(kinds.first()).toHaveText(/^Glossary · /);
});

test.describe('ranking', () => {
	const subjects: [string, string][] = [
		['title 42', 'explainers/title-42/'],
		['cloture', 'explainers/border-funding-package/'],
		['Bárcena', 'explainers/mexico-delegation/'],
		['supplemental', 'explainers/border-funding-package/'],
		['expulsions', 'explainers/title-42/'],
	];
	for (const [query, path] of subjects) {
		test(`"${query}" puts its explainer first`, async ({ page }) => {
			await searchFor(page, query);
			expect((await resultPaths(page, 1))[0]).toBe(path);
		});
	}

	test('glossary pages rank for their own term', async ({ page }) => {
		for (const [query, path] of [
			['parole', 'glossary/parole/'],
			['cloture', 'glossary/cloture/'],
			['CBP One', 'glossary/cbp-one/'],
		]) {
			await searchFor(page, query!);
			// In the top 3, or (when the explainer comes first) as the definition shown above the results.
			const card = await page.locator('.search-definition a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.slice(1)));
			expect([...(await resultPaths(page, 3)), ...card.map((p) => p.slice(BASE.length - 1))], query).toContain(path);
		}
	});
});

test('diacritics are ignored both ways', async ({ page }) => {
	await searchFor(page, 'Barcena');
	expect((await resultPaths(page, 1))[0]).toBe('explainers/mexico-delegation/');
	await expect(page.locator('[data-search-results] mark', { hasText: 'Bárcena' }).first()).toBeVisible();

	await searchFor(page, 'Lopez Obrador');
	expect(await resultPaths(page)).toContain('explainers/mexico-delegation/');
	await expect(page.locator('[data-search-results] mark', { hasText: 'López' }).first()).toBeVisible();

	// The other way: the site writes "Mexico", a reader types "México".
	await searchFor(page, 'México');
	await expect(status(page)).toContainText(/\d+ results for “México”/);
});

test('numbers and dollar figures are findable', async ({ page }) => {
	await searchFor(page, '$20 billion');
	expect(await resultPaths(page)).toContain('explainers/mexico-delegation/');
	await expect(page.locator('[data-search-results] mark', { hasText: '$20' }).first()).toBeVisible();

	await searchFor(page, '30,000');
	expect(await resultPaths(page)).toContain('explainers/title-42/');
	await expect(page.locator('[data-search-results] mark', { hasText: '30,000' }).first()).toBeVisible();
});

test('chart tick labels and site chrome are not indexed', async ({ page }) => {
	await page.goto(url('search/'));
	// The text Pagefind indexed for the Title 42 explainer, straight from the index.
	const indexed = await page.evaluate(async (base) => {
		const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
		await pagefind.options({ baseUrl: base, noWorker: true });
		const search = await pagefind.search('expulsions');
		for (const result of search.results) {
			const data = await result.data();
			if (new URL(data.url, window.location.href).pathname === `${base}explainers/title-42/`) return data.content as string;
		}
		return '';
	}, BASE);
	expect(indexed).toContain('How expulsions worked');
	// Tick labels and direct labels of the charts (SVG text), then header, buttons, links and footer.
	for (const chrome of ['300K', '200K', 'Title 8 processing', 'Dark theme', 'Skip to content', 'Download the data', 'Link to this step', 'In this explainer', 'View the data as a table']) {
		expect(indexed, chrome).not.toContain(chrome);
	}
});

test('a typo is searched as the closest name of the site, and says so', async ({ page }) => {
	// Pagefind forgives many typos ("expulsoin" finds "expulsion"); this one it does not.
	await searchFor(page, 'kloture');
	await expect(status(page)).toContainText('No exact match for “kloture”. Showing results for “cloture”.');
	expect((await resultPaths(page, 1))[0]).toBe('explainers/border-funding-package/');
	await searchFor(page, 'Mayorcas');
	await expect(status(page)).toContainText('Showing results for “mayorkas”');
	expect((await resultPaths(page, 1))[0]).toBe('explainers/mexico-delegation/');
});

test('nothing found: the page suggests the explainers, the glossary and the timeline, as real links', async ({ page }) => {
	await searchFor(page, 'zqxjv');
	await expect(status(page)).toContainText('No results for “zqxjv”');
	const empty = page.locator('.search-empty');
	await expect(empty.locator(`a[href^="${BASE}explainers/"]`)).toHaveCount(builtExplainers().length);
	await expect(empty.getByRole('link', { name: 'Browse all glossary terms' })).toHaveAttribute('href', `${BASE}glossary/`);
	await expect(empty.getByRole('link', { name: 'See the timeline' })).toHaveAttribute('href', `${BASE}timeline/`);
	await empty.getByRole('link', { name: 'See the timeline' }).click();
	await expect(page).toHaveURL(new RegExp(`${BASE}timeline/$`));
});

test('hostile, huge, emoji, right-to-left and regex-special queries stay text and break nothing', async ({ page }) => {
	const errors = watchErrors(page);
	let dialogs = 0;
	page.on('dialog', async (d) => {
		dialogs++;
		await d.dismiss();
	});
	const hostile = '<img src=x onerror=alert(1)>';
	await searchFor(page, hostile);
	await expect(status(page)).toContainText(hostile);
	await expect(page.locator('main img')).toHaveCount(0);

	await searchFor(page, 'x'.repeat(5000));
	expect((await page.getByLabel(label).inputValue()).length).toBe(200);

	for (const query of ['🙂🇲🇽 border', 'مرحبا بالعالم', 'גבול', '.*+?^${}()|[]\\', '(((', '"unclosed', '%', 'title -42 OR 1=1']) {
		await searchFor(page, query);
		await expect(status(page).locator('bdi'), query).toHaveText(query);
	}
	// Still searching normally afterwards.
	await searchFor(page, 'cloture');
	await expect(titles(page).first()).toBeVisible();
	expect(dialogs).toBe(0);
	expect(errors).toEqual([]);
});

test('works without the trailing slash on /search', async ({ page }) => {
	await page.goto(url('search?q=cloture'));
	await expect(status(page)).toContainText('results for “cloture”');
	await expect(titles(page).first()).toHaveAttribute('href', new RegExp(`^${BASE}explainers/border-funding-package/\\?highlight=cloture$`));
	await page.getByLabel(label).fill('parole');
	await expect(page).toHaveURL(/\/search\?q=parole$/);
});

test('a result opens its page with the words highlighted and the first one in view', async ({ page }) => {
	await searchFor(page, 'Barcena');
	await titles(page).first().click();
	await expect(page).toHaveURL(/explainers\/mexico-delegation\/\?highlight=barcena$/i);
	const marks = page.locator('main mark.search-hit');
	await expect(marks.first()).toHaveText('Bárcena');
	expect(await marks.count()).toBeGreaterThan(3);
	await expect(page.locator('main mark.search-hit:visible').first()).toBeInViewport();
});

test('a section result opens the page at that section, with the words highlighted', async ({ page }) => {
	await searchFor(page, 'expulsions');
	const sub = page.locator('[data-search-results] .result__subs a', { hasText: 'How expulsions worked' });
	await sub.click();
	await expect(page).toHaveURL(/explainers\/title-42\/\?highlight=expulsions#how-expulsions-worked$/);
	await expect(page.locator('#how-expulsions-worked')).toBeInViewport();
	await expect(page.locator('#how-expulsions-worked mark.search-hit')).toHaveText('expulsions');
});

test('a clear message when the index cannot load', async ({ page }) => {
	await page.route('**/pagefind/pagefind.js', (route) => route.abort());
	await page.goto(url('search/?q=cloture'));
	await expect(status(page)).toContainText('Search could not load');
	await expect(status(page).getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', `${BASE}glossary/`);
});

test('opened from a file, the page says search needs the site served over http(s)', async ({ page }) => {
	const file = resolve(process.env.DIST_DIR || 'dist', 'search', 'index.html');
	await page.goto(`${pathToFileURL(file).href}?q=cloture`);
	await expect(status(page)).toContainText('not opened as a file');
	// The prompt it replaces is gone, in the same place: nothing else moved.
	await expect(page.locator('.search-prompt')).toBeHidden();
});

test('the prompt is in the page itself, painted before any module script runs', async ({ page }) => {
	// Without the page's modules, what shows is what a reader sees before they arrive.
	await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
	await page.goto(url('search/'));
	// The stall message takes over after 1.5 s by a CSS animation: rewind it to the first paint.
	const seek = (to: 'start' | 'end') =>
		page.evaluate((where) => {
			for (const a of document.getAnimations()) {
				a.pause();
				if (where === 'start') a.currentTime = 0;
				else a.finish();
			}
		}, to);
	await seek('start');
	await expect(page.locator('.search-prompt')).toHaveText('Type a word or a phrase, for example “expulsions”, “cloture” or “Bárcena”.');
	await expect(page.locator('.search-prompt')).toBeVisible();
	await expect(page.locator('.search-stalled')).toBeHidden();
	await expect(page.locator('.search-nojs')).toBeHidden();
	await seek('end');
	await expect(page.locator('.search-stalled')).toBeVisible();
	await expect(page.locator('.search-prompt')).toBeHidden();
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds no violations on the search page with results (${theme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		await searchFor(page, 'parole');
		await expect(page.getByRole('combobox', { name: 'Type' })).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}: ${v.help}`)).toEqual([]);
	});
}
