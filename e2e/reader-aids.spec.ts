/**
 * Reader aids: definition cards (<Term>), citation previews (<Cite>), the table of
 * contents, the timeline, the glossary and print. Every test checks something a
 * reader would notice: a card appears, stays on screen, goes away with Esc; a tap
 * does not whisk the reader off to another page; the printout has the URLs.
 */
import { test, expect, type Locator, type Page } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { url, watchErrors } from './site';

const T42 = url('explainers/title-42/');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const term = (page: Page, id: string) => page.locator(`.term[data-term="${id}"]`);
const cardOf = (pop: Locator) => pop.locator('.pop__card');

/** Moves keyboard focus with Tab (as a reader would) until `target` has it. */
async function tabTo(page: Page, target: Locator, max = 150) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error('Tab never reached the element');
}

/** The box of an element, checked to be fully inside the visible width. */
async function expectInsideViewport(page: Page, el: Locator, label: string) {
	const box = await el.boundingBox();
	const width = page.viewportSize()!.width;
	expect(box, label).not.toBeNull();
	expect(box!.x, `${label}: left edge`).toBeGreaterThanOrEqual(0);
	expect(box!.x + box!.width, `${label}: right edge`).toBeLessThanOrEqual(width);
	expect(box!.y, `${label}: top edge`).toBeGreaterThanOrEqual(0);
}

test.describe('definition cards', () => {
	test('hovering a term shows its definition; the card can be hovered; Esc hides it', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(T42);
		const t8 = term(page, 'title-8');
		const card = cardOf(t8);
		await expect(card).toBeHidden();
		await t8.locator('.term__word').hover();
		await expect(card).toBeVisible();
		await expect(card).toContainText('Title 8');
		await expect(card).toContainText('immigration');
		// Hoverable (WCAG 1.4.13): the pointer can move onto the card without losing it.
		await card.getByRole('link', { name: /Read the full definition/ }).hover();
		await expect(card).toBeVisible();
		// Dismissible: Esc hides it without moving the pointer.
		await page.keyboard.press('Escape');
		await expect(card).toBeHidden();
		// Leaving and coming back shows it again.
		await page.mouse.move(0, 0);
		await t8.locator('.term__word').hover();
		await expect(card).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('Tab focus shows the card, the definition is the link’s description, Esc hides it and keeps focus', async ({ page }) => {
		await page.goto(T42);
		const word = term(page, 'title-42').locator('.term__word');
		await tabTo(page, word);
		const card = cardOf(term(page, 'title-42'));
		await expect(card).toBeVisible();
		await expect(word).toHaveAccessibleDescription(/public-health power/);
		await page.keyboard.press('Escape');
		await expect(card).toBeHidden();
		await expect(word).toBeFocused();
		// Enter still follows the link to the term's page.
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/glossary\/title-42\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Title 42');
	});

	test('only the first use of a term gets a card; later uses are plain text', async ({ page }) => {
		for (const slug of ['title-42', 'border-funding-package', 'mexico-delegation']) {
			await page.goto(url(`explainers/${slug}/`));
			const ids = await page.locator('.term[data-term]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.term!));
			expect(ids.length, slug).toBeGreaterThan(5);
			expect(new Set(ids).size, `${slug}: a term has two cards`).toBe(ids.length);
		}
	});
});

test.describe('citation previews', () => {
	test('hovering a citation number previews its source without leaving the text; Esc hides it', async ({ page }) => {
		await page.goto(T42);
		const cite = page.locator('.cite').nth(4);
		const number = cite.locator('a').first();
		const entry = page.locator(`[id="${(await number.getAttribute('href'))!.slice(1)}"]`);
		await number.hover();
		const card = cardOf(cite);
		await expect(card).toBeVisible();
		await expect(card.locator('.cite__title')).toHaveText((await entry.locator('.source__title').textContent())!);
		await expect(card.locator('.cite__meta')).toContainText(/\d{4}/);
		await card.locator('.cite__meta').hover();
		await expect(card).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(card).toBeHidden();
		expect(new URL(page.url()).hash).toBe('');
	});

	test('Tab focus on a citation number shows the preview; Enter goes to the source in the list', async ({ page }) => {
		await page.goto(T42);
		const cite = page.locator('.cite').first();
		const number = cite.locator('a').first();
		await tabTo(page, number);
		await expect(cardOf(cite)).toBeVisible();
		await expect(number).toHaveAccessibleName(/^Source 1: /);
		await page.keyboard.press('Escape');
		await expect(cardOf(cite)).toBeHidden();
		await expect(number).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${(await number.getAttribute('href'))!}$`));
	});

	test('without JavaScript a term still shows its card on hover, and a citation number still leads to its source', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(T42);
		await term(page, 'title-8').locator('.term__word').hover();
		await expect(cardOf(term(page, 'title-8'))).toBeVisible();
		const number = page.locator('.cite > a').first();
		const href = (await number.getAttribute('href'))!;
		await number.click();
		await expect(page).toHaveURL(new RegExp(`${href}$`));
		await expect(page.locator(`[id="${href.slice(1)}"]`)).toBeInViewport();
		await context.close();
	});
});

test.describe('on a phone (390 px, touch)', () => {
	test.use(phone);

	test('the first tap on a term opens its card instead of leaving the page; its link goes to the full definition', async ({ page }) => {
		await page.goto(T42);
		const pop = term(page, 'title-42');
		await pop.locator('.term__word').tap();
		await expect(page).toHaveURL(T42);
		const card = cardOf(pop);
		await expect(card).toBeVisible();
		await expect(pop.locator('.term__word')).toHaveAttribute('aria-expanded', 'true');
		await expectInsideViewport(page, card, 'Title 42 card');
		// Persistent: it stays until the reader does something else.
		await page.waitForTimeout(300);
		await expect(card).toBeVisible();
		// Tapping elsewhere closes it.
		await page.locator('h1').tap();
		await expect(pop).not.toHaveClass(/is-open/);
		// Open again and follow the visible link.
		await pop.locator('.term__word').tap();
		await card.getByRole('link', { name: /Read the full definition/ }).tap();
		await expect(page).toHaveURL(/\/glossary\/title-42\/$/);
	});

	test('the first tap on a citation previews the source; a second tap goes to the sources list', async ({ page }) => {
		await page.goto(T42);
		const cite = page.locator('.cite').first();
		const trigger = cite.locator('a').first();
		const target = (await trigger.getAttribute('href'))!;
		const id = target.slice(1);
		const entry = page.locator(`[id="${id}"]`);
		await trigger.tap();
		await expect(page).toHaveURL(T42);
		const card = cardOf(cite);
		await expect(card).toBeVisible();
		await expectInsideViewport(page, card, 'first citation preview');
		// Title, publisher and date as in the sources list; the title links to the original publisher when known.
		await expect(card.locator('.cite__title')).toHaveText((await entry.locator('.source__title').textContent())!);
		await expect(card.locator('.cite__meta')).toHaveText((await entry.locator('.source__by').textContent())!);
		const original = entry.locator('.source__title a[href^="https://"]');
		if (await original.count()) await expect(card.locator('.cite__title a')).toHaveAttribute('href', (await original.getAttribute('href'))!);
		await expect(card.getByRole('link', { name: /See source 1 in the list/ })).toBeVisible();
		await trigger.tap();
		await expect(page).toHaveURL(`${T42}${target}`);
		await expect(entry).toBeInViewport();
	});

	test('a citation preview links the title to the original publisher', async ({ page }) => {
		await page.goto(T42);
		// The first citation whose source has a publisher's URL.
		const index = await page
			.locator('.cite > a')
			.evaluateAll((links) => links.findIndex((a) => !!document.getElementById((a as HTMLAnchorElement).hash.slice(1))?.querySelector('.source__title a[href^="https://"]')));
		expect(index).toBeGreaterThanOrEqual(0);
		const cite = page.locator('.cite').nth(index);
		const id = (await cite.locator('a').first().getAttribute('href'))!.slice(1);
		const original = (await page.locator(`[id="${id}"] .source__title a`).getAttribute('href'))!;
		await cite.locator('a').first().tap();
		const link = cardOf(cite).locator('.cite__title a');
		await expect(link).toBeVisible();
		await expect(link).toHaveAttribute('href', original);
		expect(new URL(original).hostname).not.toBe('localhost');
	});

	test('a citation preview’s link to the sources list works, and Esc closes a tapped card', async ({ page }) => {
		await page.goto(T42);
		const cite = page.locator('.cite').nth(3);
		await cite.locator('a').first().tap();
		const card = cardOf(cite);
		await expect(card).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(card).toBeHidden();
		await cite.locator('a').first().tap();
		await expect(card).toBeVisible();
		const href = (await cite.locator('a').first().getAttribute('href'))!;
		await card.locator('.pop__more').tap();
		await expect(page).toHaveURL(`${T42}${href}`);
	});
});

test.describe('on a 320 px phone', () => {
	test.use({ ...phone, viewport: { width: 320, height: 640 } });

	test('every definition card and citation preview stays inside the screen', async ({ page }) => {
		// 96 s on a busy 2-core machine (it opens every card of the page one by one).
		test.setTimeout(300_000);
		await page.goto(T42);
		const pops = page.locator('.term, .cite');
		const n = await pops.count();
		// Every term, and every fourth citation (numbers sit at line ends, near the edge).
		let checked = 0;
		for (let i = 0; i < n; i++) {
			const pop = pops.nth(i);
			const isTerm = await pop.evaluate((el) => el.classList.contains('term'));
			if (!isTerm && i % 4 !== 0) continue;
			await pop.locator('.pop__trigger').tap();
			const card = cardOf(pop);
			await expect(card).toBeVisible();
			await expectInsideViewport(page, card, `${isTerm ? 'term' : 'citation'} #${i}`);
			await page.keyboard.press('Escape');
			checked++;
		}
		expect(checked).toBeGreaterThan(30);
		// The page itself never scrolls sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});
});

test.describe('table of contents', () => {
	test('on a wide screen it stays in view, marks the section being read and leaves the URL alone while scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(T42);
		const toc = page.getByRole('navigation', { name: 'In this explainer' });
		await expect(toc.getByRole('link', { name: 'The court fight' })).toBeVisible();
		await page.locator('#the-court-fight').evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 120));
		await expect(toc.locator('a[aria-current]')).toHaveText('The court fight');
		await expect(toc).toBeInViewport();
		expect(new URL(page.url()).hash).toBe('');
		await page.locator('#counting-expulsions').evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 120));
		await expect(toc.locator('a[aria-current]')).toHaveText('Counting expulsions');
		await expect(toc.locator('a[aria-current]')).toHaveCount(1);
		expect(new URL(page.url()).hash).toBe('');
		// A click is what changes the hash.
		await toc.getByRole('link', { name: 'The end and what replaced it' }).click();
		await expect(page).toHaveURL(/#the-end-and-what-replaced-it$/);
		await expect(page.locator('#the-end-and-what-replaced-it')).toBeInViewport();
		await expect(toc.locator('a[aria-current]')).toHaveText('The end and what replaced it');
	});

	test('on a phone it is a closed list above the text that opens on tap', async ({ browser }) => {
		const context = await browser.newContext(phone);
		const page = await context.newPage();
		await page.goto(T42);
		const toc = page.getByRole('navigation', { name: 'In this explainer' });
		const link = toc.getByRole('link', { name: 'The court fight' });
		await expect(link).toBeHidden();
		await toc.getByText('In this explainer').tap();
		await expect(link).toBeVisible();
		await link.tap();
		await expect(page).toHaveURL(/#the-court-fight$/);
		await context.close();
	});
});

test.describe('timeline', () => {
	test('topic filters show one topic without a reload and update the count and the URL', async ({ page }) => {
		await page.goto(url('timeline/'));
		const events = page.locator('.timeline__event');
		const total = await events.count();
		expect(total).toBeGreaterThan(40);
		await expect(page.locator('[data-timeline-count]')).toHaveText(`${total} events`);
		await page.getByRole('radio', { name: /Title 42/ }).check();
		const visible = page.locator('.timeline__event:visible');
		const shown = await visible.count();
		expect(shown).toBeGreaterThan(5);
		expect(shown).toBeLessThan(total);
		for (const topic of await visible.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.topic))) expect(topic).toBe('title-42');
		await expect(page.locator('[data-timeline-count]')).toHaveText(`${shown} events`);
		await expect(page).toHaveURL(/\?topic=title-42$/);
		// Years with no Title 42 events hide their heading too.
		const emptyYears = await page.locator('[data-year]').evaluateAll((sections) => sections.filter((s) => !s.querySelector('[data-topic="title-42"]')).map((s) => s.querySelector('h2')!.textContent!));
		for (const year of emptyYears) await expect(page.getByRole('heading', { name: year, level: 2 })).toBeHidden();
		// A shared filtered link opens filtered.
		await page.reload();
		await expect(page.getByRole('radio', { name: /Title 42/ })).toBeChecked();
		await expect(visible).toHaveCount(shown);
		await page.getByRole('radio', { name: /All topics/ }).check();
		await expect(visible).toHaveCount(total);
		await expect(page).toHaveURL(url('timeline/'));
	});

	test('without JavaScript every event is listed and no filters are offered', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('timeline/'));
		const total = await page.locator('.timeline__event').count();
		expect(total).toBeGreaterThan(40);
		await expect(page.locator('.timeline__event:visible')).toHaveCount(total);
		await expect(page.getByRole('group', { name: 'Show events about' })).toBeHidden();
		await context.close();
	});

	test('events run from March 2020 to February 2026, each once, each linking to a real section and a source', async ({ page, request }) => {
		await page.goto(url('timeline/'));
		const events = await page.locator('.timeline__event').evaluateAll((els) =>
			els.map((el) => ({
				id: el.id,
				date: el.querySelector('time')!.getAttribute('datetime')!,
				title: el.querySelector('h3')!.textContent!.trim(),
				section: el.querySelector<HTMLAnchorElement>('.timeline__links a[href*="/explainers/"]')?.getAttribute('href') ?? '',
				sources: el.querySelectorAll('.timeline__links > span:last-child a, .timeline__links > span:last-child > span').length,
			})),
		);
		expect(events[0]!.date.slice(0, 7)).toBe('2020-03');
		expect(events.at(-1)!.date.slice(0, 7)).toBe('2026-02');
		const keys = events.map((e) => `${e.date} ${e.title.toLowerCase()}`);
		expect(new Set(keys).size, 'an event appears twice').toBe(keys.length);
		// The two events that used to be written twice now appear once each.
		expect(events.filter((e) => e.date === '2023-05-11')).toHaveLength(1);
		expect(events.filter((e) => e.date === '2024-06-04')).toHaveLength(1);
		const pages = new Map<string, string>();
		for (const e of events) {
			expect(e.sources, `${e.id}: sources`).toBeGreaterThan(0);
			expect(e.section, `${e.id}: explainer link`).toMatch(/#.+/);
			const [path, hash] = e.section.split('#') as [string, string];
			if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
			expect(pages.get(path), `${e.id}: #${hash} on ${path}`).toContain(`id="${decodeURIComponent(hash)}"`);
		}
	});
});

test.describe('glossary', () => {
	const ISSUE_TERMS = [
		'Title 8',
		'Title 42',
		'encounter',
		'expulsion',
		'removal',
		'expedited removal',
		'credible fear',
		'asylum',
		'parole',
		'CHNV',
		'CBP One',
		'CBP',
		'OFO',
		'Border Patrol',
		'cloture',
		'motion to proceed',
		'supplemental appropriation',
		'emergency border authority',
		'readout',
		'communiqué',
		'INM',
		'SRE',
	];

	test('the glossary lists every term A–Z with a jump list', async ({ page }) => {
		await page.goto(url('glossary/'));
		const terms = page.locator('.glossary__item dt');
		expect(await terms.count()).toBeGreaterThanOrEqual(20);
		const text = (await terms.allTextContents()).map((t) => t.toLowerCase());
		for (const name of ISSUE_TERMS)
			expect(
				text.some((t) => t.includes(name.toLowerCase())),
				name,
			).toBe(true);
		const jump = page.getByRole('navigation', { name: 'Jump to letter' });
		await jump.getByRole('link', { name: 'R', exact: true }).click();
		await expect(page).toHaveURL(/#letter-R$/);
		await expect(page.getByRole('heading', { name: 'R', exact: true })).toBeInViewport();
		// Letters with no terms are not links.
		await expect(jump.getByRole('link', { name: 'Q', exact: true })).toHaveCount(0);
	});

	test('a term page gives the long definition, its sources and the explainers that use it', async ({ page }) => {
		await page.goto(url('glossary/cloture/'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/cloture/i);
		expect((await page.locator('.term-page p').allTextContents()).join(' ').length).toBeGreaterThan(200);
		await expect(page.locator('.term-page ul.sources li').first()).toBeVisible();
		const used = page.locator('.term-page a[href*="/explainers/border-funding-package/"]');
		await expect(used).toHaveAttribute('href', /#how-the-deal-failed$/);
		await used.click();
		await expect(page.locator('#how-the-deal-failed')).toBeInViewport();
	});
});

test.describe('Spanish edition', () => {
	const ES_T42 = url('es/explainers/title-42/');
	/** Letters of the Spanish alphabet (RAE), in order: Ñ is a letter of its own. */
	const ABC_ES = 'ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'.split('');
	/** First letter as the glossary files it: accents off the vowels, Ñ kept. */
	const fileUnder = (term: string) => {
		const c = term.trim().charAt(0).toUpperCase();
		return c === 'Ñ' ? c : c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	};

	test('/es/glossary/ lists the Spanish terms A–Z by the Spanish alphabet', async ({ page }) => {
		await page.goto(url('es/glossary/'));
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page).toHaveTitle(/^Glosario \| /);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glosario');
		await expect(page.locator('.glossary > p').first()).toContainText('lenguaje sencillo');
		const terms = (await page.locator('.glossary__item dt').allTextContents()).map((t) => t.trim());
		expect(terms.length).toBeGreaterThanOrEqual(35);
		for (const name of [
			'Asilo',
			'Encuentro',
			'Expulsión',
			'Miedo creíble',
			'Patrulla Fronteriza',
			'Comunicado',
			'Título 8',
			'Título 42',
			'Votación para cerrar el debate (cloture)',
			'Deportación (removal)',
			'Parole humanitario',
		])
			expect(terms, name).toContain(name);
		// Not the English words.
		for (const name of ['Encounter', 'Expulsion', 'Asylum', 'Communiqué']) expect(terms, name).not.toContain(name);
		// Numbers in a term sort as numbers; the groups follow the Spanish alphabet; each term sits under its letter.
		expect(terms.indexOf('Título 8')).toBeLessThan(terms.indexOf('Título 42'));
		const groups = await page
			.locator('.glossary section')
			.evaluateAll((sections) => sections.map((s) => ({ letter: s.querySelector('h2')!.textContent!.trim(), terms: [...s.querySelectorAll('dt')].map((d) => d.textContent!.trim()) })));
		const letters = groups.map((g) => g.letter);
		expect(letters).toEqual([...letters].sort((a, b) => ABC_ES.indexOf(a) - ABC_ES.indexOf(b)));
		for (const g of groups) for (const t of g.terms) expect(fileUnder(t), `${t} under ${g.letter}`).toBe(g.letter);
		expect(groups.find((g) => g.letter === 'E')!.terms).toContain('Expulsión');
		// The jump list has the Spanish alphabet, Ñ included (not a link: no term starts with it).
		const jump = page.getByRole('navigation', { name: 'Ir a la letra' });
		expect((await jump.locator('li').allTextContents()).map((t) => t.trim())).toEqual(ABC_ES);
		await expect(jump.getByRole('link', { name: 'Ñ', exact: true })).toHaveCount(0);
		await jump.getByRole('link', { name: 'T', exact: true }).click();
		await expect(page).toHaveURL(/#letter-T$/);
		await expect(page.getByRole('heading', { name: 'T', exact: true })).toBeInViewport();
		// Each term links to its Spanish page; the search filter calls the page a "Glosario".
		const hrefs = await page.locator('.glossary__item dt a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		for (const h of hrefs) expect(h).toMatch(new RegExp(`^${url('es/glossary/')}[a-z0-9-]+/$`));
		await expect(page.locator('[data-pagefind-filter]')).toHaveAttribute('data-pagefind-filter', 'type:Glosario');
	});

	test('a Spanish term page links to the section of the Spanish explainer where the term first appears', async ({ page }) => {
		await page.goto(url('es/glossary/cloture/'));
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page).toHaveTitle(/^Votación para cerrar el debate \(cloture\): definición \| /);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votación para cerrar el debate (cloture)');
		await expect(page.locator('.kicker a')).toHaveAttribute('href', url('es/glossary/'));
		await expect(page.getByRole('heading', { name: 'Aparece en', level: 2 })).toBeVisible();
		const used = page.locator('.term-page__used a');
		await expect(used).toHaveCount(1);
		await expect(used).toHaveAttribute('href', `${url('es/explainers/border-funding-package/')}#cómo-fracasó-el-acuerdo`);
		await expect(page.locator('.term-page__used')).toContainText('primero en “Cómo fracasó el acuerdo”');
		// Source dates in Spanish; source titles stay as published and are marked as English.
		await expect(page.locator('.term-page ul.sources')).toContainText('12 de febrero de 2024');
		await expect(page.locator('.term-page ul.sources li > span[lang="en"]').first()).toBeVisible();
		await used.click();
		await expect(page).toHaveURL(/\/es\/explainers\/border-funding-package\/#c%C3%B3mo-fracas%C3%B3-el-acuerdo$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.locator('[id="cómo-fracasó-el-acuerdo"]')).toBeInViewport();
	});

	test('every “Aparece en” link on a Spanish term page opens an existing section of a Spanish explainer', async ({ request }) => {
		const index = await (await request.get(url('es/glossary/'))).text();
		const termPages = [...new Set([...index.matchAll(/<dt[^>]*><a href="([^"]+)"/g)].map((m) => m[1]!))];
		expect(termPages.length).toBeGreaterThanOrEqual(35);
		const explainers = new Map<string, string>();
		let links = 0;
		let sections = 0;
		for (const path of termPages) {
			const html = await (await request.get(path)).text();
			const used = /<ul class="term-page__used[^"]*"[^>]*>(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
			for (const [, href] of used.matchAll(/href="([^"]+)"/g)) {
				// A term first used in the introduction (before any heading) links to the top of the explainer.
				expect(href, path).toMatch(new RegExp(`^${url('es/explainers/')}[a-z0-9-]+/(#.+)?$`));
				const [page, hash] = href!.split('#') as [string, string | undefined];
				if (!explainers.has(page)) {
					const res = await request.get(page);
					expect(res.status(), page).toBe(200);
					explainers.set(page, await res.text());
				}
				links++;
				if (!hash) continue;
				expect(explainers.get(page), `${path} → ${href}`).toContain(`id="${decodeURIComponent(hash)}"`);
				sections++;
			}
		}
		// Most terms are used in at least one Spanish explainer, most of them after a heading.
		expect(links).toBeGreaterThanOrEqual(35);
		expect(sections).toBeGreaterThanOrEqual(25);
	});

	test('/es/timeline/ gives Spanish dates, topics and filters, and its links open sections of the Spanish explainers', async ({ page, request }) => {
		await page.goto(url('es/timeline/'));
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cronología');
		await expect(page).toHaveTitle(/^Cronología, marzo de 2020 – febrero de 2026 \| /);
		const meeting = page.locator('.timeline__event:has(time[datetime="2024-01-19"])');
		await expect(meeting.locator('time')).toHaveText('19 de enero de 2024');
		await expect(meeting.locator('.timeline__topic')).toHaveText('Diálogo con México');
		await expect(page.locator('time[datetime="2023-05-11"]')).toHaveText('11 de mayo de 2023');
		const total = await page.locator('.timeline__event').count();
		expect(total).toBeGreaterThan(40);
		await expect(page.locator('[data-timeline-count]')).toHaveText(`${total} hechos`);
		// Filters in Spanish, and they work.
		await expect(page.getByRole('group', { name: 'Mostrar hechos sobre' })).toBeVisible();
		await page.getByRole('radio', { name: /^Título 42/ }).check();
		const shown = await page.locator('.timeline__event:visible').count();
		expect(shown).toBeGreaterThan(5);
		expect(shown).toBeLessThan(total);
		await expect(page.locator('[data-timeline-count]')).toHaveText(`${shown} hechos`);
		await page.getByRole('radio', { name: /^Todos los temas/ }).check();
		// Every event links to a section of the Spanish explainer, and that section exists.
		const links = await page.locator('.timeline__event').evaluateAll((els) =>
			els.map((el) => ({
				id: el.id,
				href: el.querySelector<HTMLAnchorElement>('.timeline__links a[href*="/explainers/"]')?.getAttribute('href') ?? '',
				label: el.querySelector('.timeline__links a[href*="/explainers/"]')?.textContent ?? '',
			})),
		);
		const pages = new Map<string, string>();
		for (const { id, href, label } of links) {
			expect(href, `${id}: explainer link`).toMatch(new RegExp(`^${url('es/explainers/')}[a-z0-9-]+/#.+`));
			const [path, hash] = href.split('#') as [string, string];
			if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
			const html = pages.get(path)!;
			expect(html, `${id}: #${hash} on ${path}`).toContain(`id="${decodeURIComponent(hash)}"`);
			// The link names the Spanish section it opens.
			expect(html, `${id}: "${label}"`).toMatch(new RegExp(`id="${decodeURIComponent(hash)}"[^>]*>${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<`));
		}
		// A click lands on the section.
		const first = page.locator('.timeline__event').first().locator('.timeline__links a[href*="/explainers/"]');
		const target = decodeURIComponent((await first.getAttribute('href'))!.split('#')[1]!);
		await first.click();
		await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
	});

	test('a term card in a Spanish explainer shows the Spanish term and definition and opens the Spanish glossary page', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(ES_T42);
		const t8 = term(page, 'title-8');
		const card = cardOf(t8);
		await t8.locator('.term__word').hover();
		await expect(card).toBeVisible();
		await expect(card.locator('strong')).toHaveText('Título 8:');
		await expect(card).toContainText('Código de Estados Unidos');
		await expect(card).not.toContainText('Read the full definition');
		await expect(t8.locator('.term__word')).toHaveAccessibleDescription(/Código de Estados Unidos/);
		const more = card.getByRole('link', { name: /^Leer la definición completa\s*: Título 8$/ });
		await expect(more).toHaveAttribute('href', url('es/glossary/title-8/'));
		await more.click();
		await expect(page).toHaveURL(url('es/glossary/title-8/'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Título 8');
		expect(errors).toEqual([]);
	});

	test('a citation preview in a Spanish explainer speaks Spanish', async ({ page }) => {
		await page.goto(ES_T42);
		const cite = page.locator('.cite').first();
		await cite.locator('a').first().hover();
		const card = cardOf(cite);
		await expect(card).toBeVisible();
		await expect(card.getByRole('link', { name: 'Ver la fuente 1 en la lista' })).toBeAttached();
		await expect(card.locator('.cite__meta')).toContainText(/\d{1,2} de [a-z]+ de \d{4}|[a-z]+ de \d{4}|\d{4}/);
	});
});

test.describe('print', () => {
	test('prints the text, each chart once and the full source URLs, without the interactive chrome', async ({ page }) => {
		await page.goto(T42);
		// Let the scrolly adopt its chart first, as it would once a reader has scrolled to it.
		await page.locator('[data-scrolly]').first().scrollIntoViewIfNeeded();
		await expect(page.locator('[data-scrolly] [data-chart-frame].is-live').first()).toBeAttached();
		await page.emulateMedia({ media: 'print' });
		for (const chrome of ['.site-header', '.toc', '[data-share-group]', '.chart-figure__tools']) {
			await expect(page.locator(chrome).first(), chrome).toBeHidden();
		}
		await expect(page.locator('.explainer__content p').first()).toBeVisible();
		// Each figure shows one SVG (not the wide and the narrow copy, not none).
		for (const figure of await page.locator('figure.chart-figure').all()) {
			await expect(figure.locator('svg[data-chart]:visible')).toHaveCount(1);
		}
		await expect(page.locator('[data-scrolly] svg[data-chart]:visible')).toHaveCount(1);
		// The scrolly's steps print as text right after the chart, not a screen apart.
		const gap = await page
			.locator('[data-scrolly] [data-step]')
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).marginTop));
		expect(gap).toBeLessThan(20);
		// Full URLs after each linked source.
		const links = page.locator('.sources a[href^="https://"]');
		expect(await links.count()).toBeGreaterThan(10);
		const first = links.first();
		const after = await first.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toContain((await first.getAttribute('href'))!);
		// Paper is white with black text, even for a reader in the dark theme.
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
		expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
	});
});

test.describe('accessibility', () => {
	/** Axe on the page as it is now; each violation becomes one line naming the page and the element. */
	const axe = async (page: Page, label: string, failures: string[]) => {
		const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
		for (const v of results.violations) failures.push(`${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}: ${v.help}`);
	};
	for (const theme of ['light', 'dark'] as const) {
		// Split by page group so that each test stays well under its timeout on a busy 2-core machine.
		for (const lang of ['en', 'es'] as const) {
			test(`axe: glossary, a term page and the timeline (${lang}, ${theme})`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: theme });
				const failures: string[] = [];
				const prefix = lang === 'es' ? 'es/' : '';
				for (const path of [`${prefix}glossary/`, `${prefix}glossary/parole/`, `${prefix}timeline/`]) {
					await page.goto(url(path));
					await axe(page, path, failures);
				}
				expect(failures).toEqual([]);
			});
		}

		test(`axe: an explainer with a definition card, then a citation preview, open (${theme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			const failures: string[] = [];
			await page.goto(T42);
			await term(page, 'title-8').locator('.term__word').hover();
			await expect(cardOf(term(page, 'title-8'))).toBeVisible();
			await axe(page, 'title-42 with a term card open', failures);
			await page.locator('.cite').nth(2).locator('a').first().hover();
			await expect(cardOf(page.locator('.cite').nth(2))).toBeVisible();
			await axe(page, 'title-42 with a citation preview open', failures);
			expect(failures).toEqual([]);
		});

		// Closed <details> hide their contents from axe's contrast checks: open every one
		// (the contents list and each chart's data table) and scan again, in both languages.
		for (const path of ['explainers/title-42/', 'es/explainers/mexico-delegation/']) {
			test(`axe: ${path} with every details element open (${theme})`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: theme });
				const failures: string[] = [];
				await page.goto(url(path));
				const opened = await page.evaluate(() => {
					const all = [...document.querySelectorAll('details')];
					for (const d of all) d.open = true;
					return all.length;
				});
				expect(opened, `${path}: details elements`).toBeGreaterThanOrEqual(3);
				await page.locator('#sources').scrollIntoViewIfNeeded();
				await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);
				await axe(page, `${path} with every details element open`, failures);
				expect(failures).toEqual([]);
			});
		}
	}
});
