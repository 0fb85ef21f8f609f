/**
 * Search in the Spanish edition: /es/search/ and the dialog on Spanish pages search the
 * Spanish Pagefind index only (stemmed as Spanish, accents ignored), speak Spanish, and
 * link within /es/; the English search still finds only English pages.
 */
import { test, expect, type Page } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { BASE, builtExplainers, url, watchErrors } from './site';
import { PAGE_TYPES, TOPIC_LABELS } from '../src/i18n/topics';

const ES = `${BASE}es/`;
const status = (page: Page) => page.locator('[data-search-status]');
const titles = (page: Page) => page.locator('[data-search-results] a.result__title');
const dialog = (page: Page) => page.locator('dialog.search-dialog');

async function searchFor(page: Page, query: string, lang: 'en' | 'es' = 'es') {
	await page.goto(url(`${lang === 'es' ? 'es/' : ''}search/?q=${encodeURIComponent(query)}`));
	await expect(status(page)).toContainText(lang === 'es' ? /resultados? para|No hay resultados/ : /results? for|No results/);
}

/** Every result title's path (without ?highlight=), loading all batches. */
async function allResultPaths(page: Page): Promise<string[]> {
	const more = page.locator('.search-more button');
	while (await more.count()) {
		const before = await titles(page).count();
		await more.click();
		await expect(titles(page)).not.toHaveCount(before);
	}
	return titles(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

/** Straight from the index of the page's language: each result's path and indexed text. */
async function indexed(page: Page, query: string): Promise<{ path: string; content: string }[]> {
	return page.evaluate(
		async ([base, q]) => {
			const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
			await pagefind.options({ baseUrl: base, noWorker: true });
			const search = await pagefind.search(q);
			const data = await Promise.all(search.results.map((r: { data(): Promise<{ url: string; content: string }> }) => r.data()));
			return data.map((d) => ({ path: new URL(d.url, window.location.href).pathname, content: d.content }));
		},
		[BASE, query] as const,
	);
}

test('/es/search/?q=expulsiones finds Spanish pages only, the Spanish Title 42 explainer among them, in Spanish', async ({ page }) => {
	const errors = watchErrors(page);
	await searchFor(page, 'expulsiones');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page).toHaveTitle(/^Buscar \| /);
	await expect(page.locator('h1')).toHaveText('Buscar');
	await expect(page.getByLabel('Buscar en los textos explicativos, el glosario y la cronología')).toHaveValue('expulsiones');
	await expect(status(page)).toContainText(/^\d+ resultados para “expulsiones”/);

	const paths = await allResultPaths(page);
	expect(paths.length).toBeGreaterThan(1);
	expect(
		paths.filter((p) => !p.startsWith(ES)),
		'results outside /es/',
	).toEqual([]);
	expect(paths).toContain(`${ES}explainers/title-42/`);
	const t42 = page.locator('[data-search-results] > li', { has: page.locator(`a.result__title[href^="${ES}explainers/title-42/"]`) });
	await expect(t42.locator('a.result__title')).toHaveText(/^(El )?Título 42/);
	await expect(t42.locator('.result__kind')).toHaveText(new RegExp(`^${PAGE_TYPES.es.explainer} · ${TOPIC_LABELS.es['title-42']} · actualizado el \\d{1,2} de [a-z]+ de \\d{4}$`));
	await expect(t42.locator('.result__excerpt mark').first()).toHaveText(/expulsi[oó]n/i);
	// Section links stay in the Spanish explainer and carry the words to mark there.
	// Spanish heading anchors keep their accents ("#qu%C3%A9-es-el-t%C3%ADtulo-42").
	await expect(t42.locator('.result__subs a').first()).toHaveAttribute('href', new RegExp(`^${ES}explainers/title-42/\\?highlight=expulsiones#[^#?/]+$`));
	expect(errors).toEqual([]);
});

test('Spanish stemming: "expulsiones" and "expulsión" find the same pages, including pages that use only one form', async ({ page }) => {
	await page.goto(url('es/search/'));
	const plural = await indexed(page, 'expulsiones');
	const singular = await indexed(page, 'expulsión');
	const paths = (r: { path: string }[]) => r.map((x) => x.path).sort();
	expect(paths(plural).length).toBeGreaterThan(0);
	expect(paths(plural)).toEqual(paths(singular));
	// Whole words, accents ignored: "expulsion"/"expulsión" and "expulsiones".
	const has = (text: string, word: string) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(text.normalize('NFD').replace(/\p{M}/gu, ''));
	const onlySingular = plural.filter((r) => has(r.content, 'expulsion') && !has(r.content, 'expulsiones')).map((r) => r.path);
	const onlyPlural = singular.filter((r) => has(r.content, 'expulsiones') && !has(r.content, 'expulsion')).map((r) => r.path);
	// At least one page can only have been found through the stemmer (otherwise this proves nothing).
	expect([...onlySingular, ...onlyPlural].length, 'a page with only one of the two forms').toBeGreaterThan(0);
	expect(paths(plural).every((p) => p.startsWith(ES))).toBe(true);
});

test('"Barcena" on /es/ finds "Bárcena", and the page it opens marks it', async ({ page }) => {
	await searchFor(page, 'Barcena');
	const first = titles(page).first();
	// Pagefind writes the searched words into the link in lower case.
	await expect(first).toHaveAttribute('href', new RegExp(`^${ES}explainers/mexico-delegation/\\?highlight=barcena$`, 'i'));
	await expect(page.locator('[data-search-results] mark', { hasText: 'Bárcena' }).first()).toBeVisible();
	await first.click();
	await expect(page).toHaveURL(new RegExp(`${ES}explainers/mexico-delegation/\\?highlight=barcena$`, 'i'));
	const marks = page.locator('main mark.search-hit');
	await expect(marks.first()).toHaveText('Bárcena');
	expect(await marks.count()).toBeGreaterThan(3);
	await expect(page.locator('main mark.search-hit:visible').first()).toBeInViewport();
});

test('the opened Spanish page marks every form the Spanish index matched, with its accents', async ({ page }) => {
	await searchFor(page, 'expulsiones');
	await page.locator(`[data-search-results] a.result__title[href^="${ES}explainers/title-42/"]`).click();
	await expect(page).toHaveURL(/\/es\/explainers\/title-42\/\?highlight=expulsiones$/);
	const marks = page.locator('main mark.search-hit');
	// The page scrolled to the first mark in the text (past the contents list).
	await expect(page.locator('main mark.search-hit:not(nav mark)').filter({ visible: true }).first()).toBeInViewport();
	const marked = new Set((await marks.allTextContents()).map((t) => t.toLowerCase()));
	expect(marked).toContain('expulsiones');
	expect(marked).toContain('expulsión');
});

test('a section result with an accented anchor opens the Spanish page at that section, words marked', async ({ page }) => {
	await searchFor(page, 'expulsiones');
	const t42 = page.locator('[data-search-results] > li', { has: page.locator(`a.result__title[href^="${ES}explainers/title-42/"]`) });
	const sub = t42
		.locator('.result__subs a')
		.filter({ hasText: /[áéíóúñ]/i })
		.first();
	await expect(sub).toBeVisible();
	const anchor = decodeURIComponent(new URL((await sub.getAttribute('href'))!, 'http://x').hash.slice(1));
	expect(anchor).toMatch(/[áéíóúñ]/);
	await sub.click();
	await expect(page).toHaveURL(/\/es\/explainers\/title-42\/\?highlight=expulsiones#/);
	const section = page.locator(`[id="${anchor}"]`);
	await expect(section).toBeInViewport();
	await expect(page.locator('main mark.search-hit').first()).toBeAttached();
});

test('filters on /es/search/ show the Spanish index’s values, in Spanish', async ({ page }) => {
	await searchFor(page, 'expulsiones');
	const type = page.getByRole('combobox', { name: 'Tipo' });
	await expect(type).toBeVisible();
	const spanishTypes = Object.values(PAGE_TYPES.es);
	const typeOptions = (await type.locator('option').allTextContents()).slice(1);
	await expect(type.locator('option').first()).toHaveText('Cualquiera');
	expect(typeOptions).toContain(PAGE_TYPES.es.explainer);
	expect(
		typeOptions.filter((t) => !spanishTypes.includes(t)),
		'type values not in PAGE_TYPES.es',
	).toEqual([]);
	const topicOptions = (await page.getByRole('combobox', { name: 'Tema' }).locator('option').allTextContents()).slice(1);
	expect(topicOptions.sort()).toEqual(Object.values(TOPIC_LABELS.es).sort());
	await expect(page.getByRole('combobox', { name: 'Texto' }).locator('option')).toHaveCount(builtExplainers('es').length + 1);

	await type.selectOption(PAGE_TYPES.es.explainer);
	await expect(page).toHaveURL(new RegExp(`\\?q=expulsiones&type=${new URLSearchParams({ type: PAGE_TYPES.es.explainer }).toString().slice('type='.length).replace(/\+/g, '\\+')}$`));
	const kinds = page.locator('[data-search-results] .result__kind');
	await expect(kinds.first()).toHaveText(new RegExp(`^${PAGE_TYPES.es.explainer} · `));
	expect((await kinds.allTextContents()).every((k) => k.startsWith(PAGE_TYPES.es.explainer))).toBe(true);
});

test('"/" on a Spanish explainer opens the dialog in Spanish, with Spanish results and links', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto(url('es/explainers/title-42/'));
	await expect(page.locator('header a[data-search-open]')).toHaveAttribute('href', `${ES}search/`);
	await page.keyboard.press('/');
	await expect(dialog(page)).toBeVisible();
	const input = dialog(page).getByLabel('Buscar en los textos explicativos, el glosario y la cronología');
	await expect(input).toBeFocused();
	await expect(input).toHaveAttribute('placeholder', /^Por ejemplo: /);
	await expect(dialog(page).locator('.search-status')).toHaveText(/^Escribe una palabra o una frase/);
	await expect(dialog(page).getByRole('button', { name: 'Cerrar' })).toBeVisible();

	await input.fill('expulsiones');
	await expect(dialog(page).locator('.search-status')).toContainText(/\d+ resultados? para “expulsiones”/);
	const links = dialog(page).locator('a.result__title');
	await expect(links.first()).toBeVisible();
	const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
	expect(hrefs.filter((p) => !p.startsWith(ES))).toEqual([]);
	await expect(dialog(page).locator(`a.result__title[href^="${ES}explainers/title-42/"]`)).toHaveText(/^(El )?Título 42/);
	await expect(dialog(page).getByRole('link', { name: 'Abrir esta búsqueda como página' })).toHaveAttribute('href', `${ES}search/?q=expulsiones`);
	await expect(dialog(page).locator('summary')).toHaveText('Filtrar por');
	// Enter opens the first result, still in Spanish.
	await input.press('Enter');
	await expect(page).toHaveURL(new RegExp(`^[^?]*${ES}[^?]+\\?highlight=expulsiones`));
	expect(errors).toEqual([]);
});

test('nothing found on /es/: Spanish message and suggestions that stay in the Spanish edition', async ({ page }) => {
	await searchFor(page, 'zqxjv');
	await expect(status(page)).toHaveText('No hay resultados para “zqxjv”.');
	const empty = page.locator('.search-empty');
	await expect(empty.locator(`a[href^="${ES}explainers/"]`)).toHaveCount(builtExplainers('es').length);
	await expect(empty.getByRole('link', { name: /^(El )?Título 42/ })).toHaveAttribute('href', `${ES}explainers/title-42/`);
	await expect(empty.getByRole('link', { name: 'Ver todos los términos del glosario' })).toHaveAttribute('href', `${ES}glossary/`);
	await expect(empty.getByRole('link', { name: 'Ver la cronología' })).toHaveAttribute('href', `${ES}timeline/`);
	const links = await empty.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
	expect(links.filter((p) => !p.startsWith(ES))).toEqual([]);
});

test('a typo on /es/ is searched as the closest name, said in Spanish', async ({ page }) => {
	await searchFor(page, 'Mayorcas');
	await expect(status(page)).toContainText('No hay coincidencias exactas para “Mayorcas”. Se muestran resultados para “mayorkas”.');
	await expect(titles(page).first()).toHaveAttribute('href', new RegExp(`^${ES}explainers/(mexico-delegation|title-42|border-funding-package)/`));
});

test('a Spanish message, with Spanish links, when the index cannot load', async ({ page }) => {
	await page.route('**/pagefind/pagefind.js', (route) => route.abort());
	await page.goto(url('es/search/?q=cloture'));
	await expect(status(page)).toContainText('No se pudo cargar la búsqueda');
	await expect(status(page).getByRole('link', { name: 'Glosario' })).toHaveAttribute('href', `${ES}glossary/`);
	await expect(status(page).getByRole('link', { name: 'Cronología' })).toHaveAttribute('href', `${ES}timeline/`);
});

test('English search still finds only English pages, even for a Spanish word', async ({ page }) => {
	await searchFor(page, 'expulsions', 'en');
	const paths = await allResultPaths(page);
	expect(paths).toContain(`${BASE}explainers/title-42/`);
	expect(paths.filter((p) => p.startsWith(ES))).toEqual([]);
	// The English index holds no Spanish page, so Spanish words find no Spanish page from here.
	const fromEnglish = await indexed(page, 'expulsiones');
	expect(fromEnglish.filter((r) => r.path.startsWith(ES))).toEqual([]);
	await searchFor(page, 'Bárcena', 'en');
	expect((await allResultPaths(page)).filter((p) => p.startsWith(ES))).toEqual([]);
});

test('the Spanish search page serves its own suggestions file, in Spanish', async ({ request }) => {
	const res = await request.get(url('es/search/suggestions.json'));
	expect(res.ok()).toBe(true);
	const body = (await res.json()) as { explainers: { label: string; url: string }[]; terms: { label: string; url: string }[] };
	// The site's explainers in their order; in the subpath test build, the example explainer after them.
	expect(body.explainers.map((e) => e.url).slice(0, 3)).toEqual([`${ES}explainers/title-42/`, `${ES}explainers/border-funding-package/`, `${ES}explainers/mexico-delegation/`]);
	expect(body.explainers).toHaveLength(builtExplainers('es').length);
	expect(body.explainers[0]!.label).toMatch(/^(El )?Título 42/);
	expect(body.terms.find((t) => t.url === `${ES}glossary/expulsion/`)?.label).toBe('Expulsión');
	expect(body.terms.every((t) => t.url.startsWith(`${ES}glossary/`))).toBe(true);
});

test('without JavaScript /es/search/ says so in Spanish and links within the Spanish edition', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(url('es/search/?q=asilo'));
	const nojs = page.locator('.search-nojs');
	await expect(nojs).toBeVisible();
	await expect(nojs).toContainText('La búsqueda necesita JavaScript.');
	await expect(nojs.getByRole('link', { name: 'Textos explicativos' })).toHaveAttribute('href', ES);
	await expect(nojs.getByRole('link', { name: 'Glosario' })).toHaveAttribute('href', `${ES}glossary/`);
	await expect(nojs.getByRole('link', { name: 'Cronología' })).toHaveAttribute('href', `${ES}timeline/`);
	await expect(page.locator('form[role="search"]')).toHaveAttribute('action', `${ES}search/`);
	await context.close();
});

test('axe finds no violations on /es/search/ with results', async ({ page }) => {
	await searchFor(page, 'asilo');
	await expect(page.getByRole('combobox', { name: 'Tipo' })).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}: ${v.help}`)).toEqual([]);
});
