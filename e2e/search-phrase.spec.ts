/**
 * How search reads a query, in both editions: a phrase in double quotes finds those words in
 * that order first and marks the phrase; words without quotes say so; "what is X" / "qué es X"
 * puts X's glossary entry first; a query that names a glossary term shows its short definition
 * above the results without hiding the explainer; each result says its kind and date.
 */
import { test, expect, type Page } from './fixtures';
import { BASE, url } from './site';

const status = (page: Page) => page.locator('[data-search-status]');
const mode = (page: Page) => page.locator('.search-mode');
const results = (page: Page) => page.locator('[data-search-results] > li.result');

async function searchFor(page: Page, query: string, lang: 'en' | 'es' = 'en') {
	await page.goto(url(`${lang === 'es' ? 'es/' : ''}search/?q=${encodeURIComponent(query)}`));
	await expect(page.locator('[data-search-results][data-search-done]')).toBeAttached();
}

/** Lower case without accents, spaces collapsed. */
const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/\s+/g, ' ')
		.replace(/[.,;:”“"]+$/u, '')
		.toLowerCase()
		.trim();

test('a quoted phrase: pages with the exact phrase first, the phrase marked, the mode said', async ({ page }) => {
	await searchFor(page, '"emergency border authority"');
	await expect(mode(page)).toHaveText('Exact phrase: pages with “emergency border authority” in that order come first.');
	const first = results(page).first();
	await expect(first.locator('a.result__title')).toHaveAttribute('href', new RegExp(`^${BASE}explainers/border-funding-package/`));
	const marks = await first.locator('.result__excerpt mark').allTextContents();
	expect(marks.map(fold)).toContain('emergency border authority');
	// The first section link under it holds the phrase too.
	const subMarks = await first.locator('.result__subs li').first().locator('mark').allTextContents();
	expect(subMarks.map(fold)).toContain('emergency border authority');
});

test('a phrase that is nowhere in that order ranks below pages that have it; the words alone still search', async ({ page }) => {
	await searchFor(page, '"authority emergency"');
	await expect(mode(page)).toContainText('Exact phrase');
	await expect(status(page)).toContainText(/results? for/);
});

test('words without quotes: the mode line says nearby words come first and how to search a phrase', async ({ page }) => {
	await searchFor(page, 'remain mexico');
	await expect(mode(page)).toHaveText(/^Words: pages where they stand close together come first\. Put a phrase in "double quotes"/);
	await searchFor(page, 'cloture');
	await expect(mode(page)).toBeHidden();
});

test('"what is cloture" puts the glossary entry first; "cloture" puts the explainer first with the definition above', async ({ page }) => {
	await searchFor(page, 'what is cloture');
	await expect(mode(page)).toHaveText('Definition: the glossary entry for “cloture” comes first.');
	await expect(results(page).first().locator('a.result__title')).toHaveAttribute('href', new RegExp(`^${BASE}glossary/cloture/`));
	await expect(results(page).first().locator('.result__kind')).toHaveText(/^Glossary · from “The border funding package/);

	await searchFor(page, 'cloture');
	const card = page.locator('.search-definition');
	await expect(card).toContainText(/Cloture: The Senate['’]s way of ending debate/);
	await expect(card.getByRole('link', { name: 'Read the full definition' })).toHaveAttribute('href', new RegExp(`^${BASE}glossary/cloture/`));
	await expect(results(page).first().locator('a.result__title')).toHaveAttribute('href', new RegExp(`^${BASE}explainers/border-funding-package/`));
	await expect(results(page).first().locator('.result__kind')).toHaveText(/^Explainer · Funding package · updated /);
});

test('Spanish: a quoted phrase is marked and the mode is said in Spanish', async ({ page }) => {
	await searchFor(page, '"acuerdo del Senado"', 'es');
	await expect(mode(page)).toHaveText('Frase exacta: primero, las páginas con “acuerdo del senado” en ese orden.');
	const first = results(page).first();
	await expect(first.locator('a.result__title')).toHaveAttribute('href', new RegExp(`^${BASE}es/explainers/border-funding-package/`));
	const marks = await first.locator('.result__excerpt mark').allTextContents();
	expect(marks.map(fold)).toContain('acuerdo del senado');
});

test('Spanish: "qué es cloture" and "que es CBP One" put the glossary entry first; words mode in Spanish', async ({ page }) => {
	await searchFor(page, 'qué es cloture', 'es');
	await expect(mode(page)).toHaveText('Definición: primero, la entrada del glosario de “cloture”.');
	await expect(results(page).first().locator('a.result__title')).toHaveAttribute('href', new RegExp(`^${BASE}es/glossary/cloture/`));
	await searchFor(page, 'que es CBP One', 'es');
	await expect(results(page).first().locator('a.result__title')).toHaveAttribute('href', new RegExp(`^${BASE}es/glossary/cbp-one/`));
	await searchFor(page, 'acuerdo Senado', 'es');
	await expect(mode(page)).toHaveText(/^Palabras: primero, las páginas donde aparecen juntas\./);
});

test('Spanish: a typo is searched as the closest name, and a query naming a term shows its definition', async ({ page }) => {
	await searchFor(page, 'Mayorcas', 'es');
	await expect(status(page)).toContainText('Se muestran resultados para “mayorkas”');
	await expect(results(page).first().locator('a.result__title')).toHaveAttribute('href', new RegExp(`^${BASE}es/explainers/mexico-delegation/`));
	await searchFor(page, 'CBP One', 'es');
	await expect(page.locator('.search-definition')).toContainText('CBP One:');
	await expect(page.locator('.search-definition').getByRole('link', { name: 'Leer la definición completa' })).toHaveAttribute('href', new RegExp(`^${BASE}es/glossary/cbp-one/`));
	await expect(results(page).first().locator('a.result__title')).toHaveAttribute('href', new RegExp(`^${BASE}es/explainers/title-42/`));
});
