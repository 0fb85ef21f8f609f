/**
 * Charts in Spanish, on the Spanish explainers of the normal build. Spanish readers
 * get Spanish figures (labels, words, numbers in docs/style-es.md's style, table, CSV,
 * share and step controls) and English readers get exactly what they had.
 *
 * Checked elsewhere and not repeated here: that no English site word (the chart
 * controls' English names included) shows on a Spanish page (i18n.spec.ts), that no
 * banned number style such as "301 981" or "40 %" does (spanish-style.spec.ts), and
 * that chart labels stay inside their frames in both languages (chart-text.spec.ts).
 */
import { expect, test, type Page } from './fixtures';
import { csvParseRows } from 'd3-dsv';
import { url, watchErrors } from './site';

const CHARTS = ['encounters', 't42-nationalities', 'funding', 'funding-votes', 'delegations', 'mexico-timeline'];
/** First column of each Spanish table. */
const FIRST_COLUMN_ES: Record<string, string> = {
	encounters: 'Mes',
	't42-nationalities': 'Nacionalidad',
	funding: 'Etapa',
	'funding-votes': 'Fecha',
	delegations: 'Persona',
	'mexico-timeline': 'Mes',
};
const FIRST_COLUMN_EN: Record<string, string> = {
	encounters: 'Month',
	't42-nationalities': 'Nationality',
	funding: 'Stage',
	'funding-votes': 'Date',
	delegations: 'Person',
	'mexico-timeline': 'Month',
};
/** Words that only English uses (Spanish writes "may", "mar" and "oct" in lower case). */
const ENGLISH =
	/\b(the|and|of|to|on|in|by|for|with|Title|Border|Record|[Ee]ncounters?|Mexico|United States|Passed|Failed|Yes|Senate|House|seats|needed|Host|Reported|outlet|Secretary|President|Ambassador|Jan|Feb|Apr|June?|July?|Aug|Sept?|Nov|Dec|Download|View|Share|Link|Data:)\b/;

test.describe('CSV downloads', () => {
	for (const name of CHARTS) {
		test(`${name}: /es/data/${name}.csv has Spanish headers and plain machine-readable numbers; /data/${name}.csv stays English`, async ({ request }) => {
			const es = await request.get(url(`es/data/${name}.csv`));
			expect(es.status()).toBe(200);
			expect(es.headers()['content-type']).toContain('text/csv');
			const [header, ...rows] = csvParseRows(await es.text());
			expect(header![0]).toBe(FIRST_COLUMN_ES[name]);
			for (const column of header!) expect(column).not.toMatch(ENGLISH);
			// Numeric cells are digits and a decimal point only: no grouping, no no-break space.
			for (const row of rows) for (const cell of row) if (/^[\d\s\u00a0.,]+$/.test(cell)) expect(cell, cell).toMatch(/^\d+(\.\d+)?$/);
			const en = await request.get(url(`data/${name}.csv`));
			expect(en.status()).toBe(200);
			expect(csvParseRows(await en.text())[0]![0]).toBe(FIRST_COLUMN_EN[name]);
		});
	}
});

test('English pages keep their English figures and CSV links', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto(url('explainers/title-42/'));
	const figure = page.locator('figure[data-chart-figure="t42-nationalities"]').first();
	await expect(figure.locator('.chart-figure__title')).toHaveText('Southwest border Title 42 encounters by nationality, March 2020 – May 2023');
	await expect(figure.getByRole('link', { name: 'Download the data (CSV)' })).toHaveAttribute('href', url('data/t42-nationalities.csv'));
	await expect(figure.locator('summary')).toHaveText('View the data as a table');
	await expect(figure.locator('svg.chart-svg--wide text').first()).toBeAttached();
	expect(await figure.locator('svg.chart-svg--wide').textContent()).toContain('Mexico');
	const scrolly = page.locator('[data-scrolly="encounters"]');
	await expect(scrolly.locator('.chart-figure__title')).toHaveText('Southwest border encounters by legal authority, March 2020 – July 2026');
	// The graphic starts when it nears the screen, then keeps one of the two SVGs the build drew (wide and narrow); wait for it.
	await scrolly.scrollIntoViewIfNeeded();
	await expect(scrolly.locator('[data-chart-frame]')).toHaveClass(/is-live/);
	await expect(scrolly.locator('[data-key="legend-title42-label"]')).toHaveText('Title 42 (processed for expulsion)');
	await expect(page.locator('.scrolly-notes').first()).toHaveAttribute('aria-label', /^About the chart: /);
	expect(errors).toEqual([]);
});

/** Each Spanish explainer and its charts (one scrollytelling graphic and one static figure). */
const PAGES_ES: { page: string; charts: string[] }[] = [
	{ page: 'es/explainers/title-42/', charts: ['encounters', 't42-nationalities'] },
	{ page: 'es/explainers/border-funding-package/', charts: ['funding', 'funding-votes'] },
	{ page: 'es/explainers/mexico-delegation/', charts: ['delegations', 'mexico-timeline'] },
];
const T42_ES = url('es/explainers/title-42/');

test('every chart is on one of the Spanish explainers checked here', () => {
	expect(PAGES_ES.flatMap((p) => p.charts).sort()).toEqual([...CHARTS].sort());
});

/** What a reader sees in the figures, credits aside: they name sources by their original titles. */
const figureTexts = (page: Page) =>
	page.locator('main .chart-figure').evaluateAll((figs) =>
		figs.map((f) => {
			const copy = f.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('.chart-figure__credit').forEach((c) => c.remove());
			return copy.textContent ?? '';
		}),
	);

test.describe('Spanish figures', () => {
	for (const { page: path, charts } of PAGES_ES) {
		test(`every figure reads in Spanish: titles, labels, captions, credits, controls: ${path}`, async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto(url(path));
			const figures = page.locator('main figure.chart-figure');
			expect(await figures.evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart-figure')).sort())).toEqual([...charts].sort());
			for (const text of await figureTexts(page)) expect(text).not.toMatch(ENGLISH);
			for (const credit of await page.locator('main .chart-figure__credit').allTextContents()) expect(credit).toMatch(/^Datos: /);
			// The static drawings (both sizes) and their text alternatives.
			for (const svg of await page.locator('main svg.chart-svg').all()) expect((await svg.textContent()) ?? '').not.toMatch(ENGLISH);
			const csv = page.getByRole('link', { name: 'Descargar los datos (CSV)' });
			expect(await csv.evaluateAll((links) => links.map((a) => a.getAttribute('href')).sort())).toEqual(charts.map((c) => url(`es/data/${c}.csv`)).sort());
			await expect(page.getByRole('button', { name: /^Compartir esta gráfica: / })).toHaveCount(charts.length);
			// A scrolly's caption, table and CSV link follow it, in a group named after its chart.
			await expect(page.locator('main .chart-figure summary')).toHaveText(charts.map(() => 'Ver los datos en una tabla'));
			await expect(page.locator('.step__link').first()).toHaveText('Enlace a este paso');
			const title = (await page.locator(`#chart-${charts[0]}-title`).textContent())!.trim();
			await expect(page.getByRole('group', { name: `Acerca de la gráfica: ${title}` })).toHaveCount(1);
			expect(errors).toEqual([]);
		});
	}

	test('the data tables have Spanish headers and Spanish number style', async ({ page }) => {
		await page.goto(T42_ES);
		const figure = page.getByRole('group', { name: /^Acerca de la gráfica: Encuentros en la frontera suroeste/ });
		await figure.locator('summary').click();
		await expect(figure.getByRole('region', { name: /^Datos: Encuentros en la frontera suroeste/ })).toBeVisible();
		await expect(figure.locator('thead th').first()).toHaveText('Mes');
		const december = figure.locator('tbody tr', { hasText: 'Diciembre de 2023' });
		await expect(december.locator('td').last()).toHaveText('301,981');
	});

	test('the scrollytelling graphic stays in Spanish as it moves between steps, with the same marks as in English', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(`${T42_ES}#step-record`);
		const svg = page.locator('[data-scrolly="encounters"] .chart-frame.is-live svg[data-chart]');
		const stateOf = (id: string) => page.locator(`#${id}`).getAttribute('data-step-state');
		await expect(svg).toHaveAttribute('data-state', (await stateOf('step-record'))!);
		await expect(svg.locator('[data-key="reference-label"]')).toContainText('Tope de devoluciones CHNV');
		await expect(svg.locator('[data-key="note-2023-12-label"]')).toContainText('301,981');
		expect(await svg.textContent()).not.toMatch(ENGLISH);
		// Next step (keyboard: focus inside a step activates it): new words, still Spanish.
		await page.locator('#step-after .step__link').focus();
		await expect(svg).toHaveAttribute('data-state', (await stateOf('step-after'))!);
		await expect(svg.locator('[data-key="note-2024-12-label"]')).toContainText('96,033');
		// The record step's notes leave once their exit transition ends.
		await expect(svg.locator('[data-key="reference-label"]')).toHaveCount(0);
		expect(await svg.textContent()).not.toMatch(ENGLISH);
		const keysEs = await svg.locator('[data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));

		await page.goto(url('explainers/title-42/#step-after'));
		const svgEn = page.locator('[data-scrolly="encounters"] .chart-frame.is-live svg[data-chart]');
		await expect(svgEn).toHaveAttribute('data-state', (await page.locator('#step-after').getAttribute('data-step-state'))!);
		await expect(svgEn.locator('[data-key="note-2024-12-label"]')).toContainText('96,033');
		const keysEn = await svgEn.locator('[data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
		expect(keysEs).toEqual(keysEn);
		expect(errors).toEqual([]);
	});

	test('the delegations graphic draws its steps in Spanish', async ({ page }) => {
		await page.goto(url('es/explainers/mexico-delegation/#step-added'));
		const people = page.locator('[data-scrolly="delegations"] .chart-frame.is-live svg[data-chart]');
		await expect(people).toHaveAttribute('data-state', (await page.locator('#step-added').getAttribute('data-step-state'))!);
		await expect(people.locator('[data-key="title-garduno"]')).toContainText('Se sumó');
		await expect(people.locator('[data-key="header-MX"]')).toHaveText('México');
		expect(await people.textContent()).not.toMatch(ENGLISH);
	});

	test('the funding graphic draws its steps in Spanish', async ({ page }) => {
		await page.goto(url('es/explainers/border-funding-package/#step-cloture-fails'));
		const money = page.locator('[data-scrolly="funding"] .chart-frame.is-live svg[data-chart]');
		// A declared chart's state is the object its step declares (data-step-state).
		await expect(money).toHaveAttribute('data-state', (await page.locator('#step-cloture-fails').getAttribute('data-step-state'))!);
		await expect(money.locator('[data-key="note-senate-deal-2024-02-04"]')).toContainText('Bloqueado el');
		expect(await money.textContent()).not.toMatch(ENGLISH);
	});

	test('a 320 px phone shows the narrow Spanish drawing inside the screen', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await page.goto(T42_ES);
		const svg = page.locator('figure[data-chart-figure="t42-nationalities"] svg.chart-svg--narrow');
		await svg.scrollIntoViewIfNeeded();
		await expect(svg).toBeVisible();
		const box = (await svg.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(320);
		expect(await svg.textContent()).toContain('México');
		await context.close();
	});

	test('sharing a figure confirms in Spanish', async ({ browser }) => {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(T42_ES);
		const figure = page.locator('figure[data-chart-figure="t42-nationalities"]');
		await figure.getByRole('button', { name: /^Compartir esta gráfica/ }).click();
		await expect(figure.locator('.figure-share [role="status"]')).toHaveText(/^(Enlace copiado|Copia el enlace desde la barra de direcciones)$/);
		await context.close();
	});
});
