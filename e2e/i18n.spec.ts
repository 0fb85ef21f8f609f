/**
 * The Spanish edition: every page says its language, English and Spanish pages point
 * at each other (hreflang and the language switch), the switch keeps the reader's
 * place, Spanish pages show no English site words, and source titles that are our
 * descriptions are in Spanish there, set apart from publishers' titles.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Locator, type Page } from './fixtures';
import { parse } from 'yaml';
import { builtPages, crawlPages, url } from './site';
import { SEARCH_UI, UI } from '../src/i18n/site';
import { CHART_UI } from '../src/i18n/figure-words';

const EXPLAINERS = ['title-42', 'border-funding-package', 'mexico-delegation'];

/** The path of a page under the base: "/sub/es/glossary/" → "es/glossary/". */
function local(path: string): string {
	return path.slice(url().length);
}

test('every page declares its language: Spanish under /es/, English elsewhere', async ({ request }) => {
	const pages = await crawlPages(request);
	const spanish = pages.filter((p) => local(p).startsWith('es/'));
	// The crawl reaches the Spanish edition through the language switch.
	for (const path of ['es/', 'es/about/', 'es/search/', 'es/glossary/', 'es/timeline/', ...EXPLAINERS.map((s) => `es/explainers/${s}/`)]) {
		expect(pages).toContain(url(path));
	}
	expect(spanish.length).toBeGreaterThan(40);
	for (const path of pages) {
		const html = await (await request.get(path)).text();
		const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
		expect(lang, path).toBe(local(path).startsWith('es/') ? 'es' : 'en');
	}
});

test('hreflang alternates point both ways and at pages that exist', async ({ request }) => {
	for (const path of ['', 'about/', 'glossary/', 'glossary/cloture/', 'timeline/', 'search/', ...EXPLAINERS.map((s) => `explainers/${s}/`)]) {
		const pair = { en: url(path), es: url(`es/${path}`) };
		for (const [lang, page] of Object.entries(pair)) {
			const html = await (await request.get(page)).text();
			const links = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]));
			expect(links, `${lang} ${page}`).toEqual({ en: pair.en, es: pair.es, 'x-default': pair.en });
			expect(html, page).toContain(`<html lang="${lang}"`);
		}
		expect((await request.get(pair.es)).status(), pair.es).toBe(200);
	}
});

/**
 * Follows the language switch from the keyboard. (A pointer click in Playwright first
 * scrolls the sticky header "into view", which moves the page; a reader's click does not.)
 */
async function switchLanguage(page: Page): Promise<void> {
	await page.evaluate(() => document.querySelector<HTMLElement>('a[data-lang-switch]')!.focus({ preventScroll: true }));
	await page.keyboard.press('Enter');
}

/** Headings of the explainer's own sections, in order. */
async function sectionIds(page: Page): Promise<string[]> {
	return page.locator('.explainer__content h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
}

test('the language switch opens the same section of the same explainer', async ({ page }) => {
	// 50 s on a busy 2-core machine: it follows the switch from every section.
	test.setTimeout(180_000);
	await page.goto(url('es/explainers/title-42/'));
	const spanishSections = await sectionIds(page);
	await page.goto(url('explainers/title-42/'));
	const englishSections = await sectionIds(page);
	expect(spanishSections.length).toBe(englishSections.length);
	// Read the fourth section, then switch.
	await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), englishSections[3]!);
	await switchLanguage(page);
	await expect(page).toHaveURL(new RegExp(`/es/explainers/title-42/#${encodeURIComponent(spanishSections[3]!)}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.locator(`[id="${spanishSections[3]}"]`)).toBeInViewport();
	// And back again from Spanish to English, from the second section.
	await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), spanishSections[1]!);
	await switchLanguage(page);
	await expect(page).toHaveURL(new RegExp(`/explainers/title-42/#${englishSections[1]}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the language switch keeps a graphic step, whose id is the same in both languages', async ({ page }) => {
	await page.goto(url('explainers/title-42/'));
	const step = await page.locator('[data-step]').nth(2).getAttribute('id');
	await page.goto(url(`explainers/title-42/#${step}`));
	await page.locator('a[data-lang-switch]').click();
	await expect(page).toHaveURL(new RegExp(`/es/explainers/title-42/#${step}$`));
	await expect(page.locator(`[id="${step}"]`)).toBeInViewport();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the switch still links every page to its translation', async ({ page }) => {
		for (const [from, to] of [
			['explainers/mexico-delegation/', 'es/explainers/mexico-delegation/'],
			['es/glossary/cloture/', 'glossary/cloture/'],
			['timeline/', 'es/timeline/'],
		]) {
			await page.goto(url(from));
			await expect(page.locator('a[data-lang-switch]'), from).toHaveAttribute('href', url(to));
		}
	});
});

/** Site words that must never show on a Spanish page (templates cut at their first placeholder). */
function englishWords(): string[] {
	const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? values(v) : []));
	const chart = CHART_UI.en;
	const all = [...values(UI.en), ...values(SEARCH_UI.en), chart.downloadCsv, chart.viewTable, chart.stepLink, chart.tableLabel('').trim(), chart.aboutChart('').trim()];
	const spanish = new Set([...values(UI.es), ...values(SEARCH_UI.es)]);
	return [...new Set(all.map((w) => w.split('{')[0]!.trim()))].filter((w) => w.length >= 4 && !spanish.has(w));
}

test("the Spanish pages checked for English words are the crawl's Spanish pages", async ({ request }) => {
	expect(SPANISH_PAGES).toEqual((await crawlPages(request)).filter((p) => local(p).startsWith('es/')));
});

// One test per Spanish page of the build (the 404 aside), listed when the tests are collected.
const SPANISH_PAGES = builtPages().filter((p) => local(p).startsWith('es/') && !p.endsWith('/no-such-page/'));
for (const path of SPANISH_PAGES) {
	test(`Spanish pages show no English site words: ${path}`, async ({ page }) => {
		test.setTimeout(120_000);
		const words = englishWords();
		expect(words).toContain('Key takeaways');
		await page.goto(path);
		// Text a reader sees or hears, leaving out what is marked as English (source titles, the switch).
		const text = await page.evaluate(() => {
			const parts: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement;
				if (el && !el.closest('[lang]:not(html)')?.matches('[lang^="en"]') && !el.closest('script, style')) parts.push(n.textContent ?? '');
			}
			// Citation numbers are named after their source, whose title stays as published.
			const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
				.filter((el) => !el.closest('[lang^="en"]') && !el.matches('[data-cite]'))
				.map((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? '').join(' '));
			return `${parts.join(' ')} ${labels.join(' ')}`.replace(/\s+/g, ' ');
		});
		const found = words.filter((w) => new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
		expect(found, path).toEqual([]);
	});
}

/** A source's registry entry (content/sources/<file>.yaml) and its Spanish words (content/translations/es/source-notes-<file>.yaml). */
function sourceTexts(file: string, id: string): { title: string; spanishTitle?: string; titleIsDescription?: boolean } {
	const entry = (parse(readFileSync(`content/sources/${file}.yaml`, 'utf8')) as { id: string; title: string; titleIsDescription?: boolean }[]).find((s) => s.id === id)!;
	const spanish = (parse(readFileSync(`content/translations/es/source-notes-${file}.yaml`, 'utf8')) as Record<string, unknown>)[id];
	return { ...entry, spanishTitle: spanish && typeof spanish === 'object' ? (spanish as { title?: string }).title : undefined };
}

const fontStyle = (l: Locator) => l.evaluate((el) => getComputedStyle(el).fontStyle);

test('a source title that is our description is in Spanish on a Spanish explainer, upright, unlike a publisher’s title', async ({ page }) => {
	// The headline of Sen. Markey's statement was not recorded; Roll Call's, cited on the same page, was.
	const described = sourceTexts('border-funding-package', 'markey-statement-2024-02-07');
	const headline = sourceTexts('border-funding-package', 'rollcall-senate-unveils-2024-02-04');
	expect(described.titleIsDescription).toBe(true);
	expect(described.spanishTitle).toMatch(/^Declaración sobre /);
	expect(headline.titleIsDescription).toBeFalsy();

	await page.goto(url('es/explainers/border-funding-package/'));
	const title = page.locator('[id="source-markey-statement-2024-02-07"] .source__title');
	await expect(title).toHaveText(described.spanishTitle!);
	await expect(title).toHaveAttribute('lang', 'es');
	await expect(title).toHaveAttribute('data-described', '');
	await expect(title.locator('cite')).toHaveCount(0);
	expect(await fontStyle(title)).toBe('normal');
	// The publisher's headline stays as published: English, marked so, a <cite> in italics.
	const published = page.locator('[id="source-rollcall-senate-unveils-2024-02-04"] .source__title');
	await expect(published).toHaveText(headline.title);
	await expect(published).toHaveAttribute('lang', 'en');
	expect(await fontStyle(published.locator('cite'))).toBe('italic');
	// The citation preview shows the same Spanish description.
	const cite = page.locator('.cite:has(a[data-cite="markey-statement-2024-02-07"])').first();
	await cite.locator('a').first().focus();
	await expect(cite.locator('.cite__title')).toHaveText(described.spanishTitle!);
	expect(await fontStyle(cite.locator('.cite__title'))).toBe('normal');

	// The English page shows the English description, upright too.
	await page.goto(url('explainers/border-funding-package/'));
	const english = page.locator('[id="source-markey-statement-2024-02-07"] .source__title');
	await expect(english).toHaveText(described.title);
	await expect(english).toHaveAttribute('data-described', '');
	expect(await fontStyle(english)).toBe('normal');
});

test('a glossary term page lists a described source in Spanish', async ({ page }) => {
	const described = sourceTexts('mexico-delegation', 'jornada-rosa-icela');
	expect(described.spanishTitle, 'the Spanish description of jornada-rosa-icela').toBeTruthy();
	await page.goto(url('es/glossary/sspc/'));
	const item = page.locator('.sources li').filter({ hasText: described.spanishTitle! });
	await expect(item).toHaveCount(1);
	await expect(item.locator('[data-described]')).toHaveAttribute('lang', 'es');
	await expect(page.locator('.sources')).not.toContainText(described.title);
});
