/**
 * The recipe in README ("Add a scrollytelling chart from a CSV") followed as a newcomer
 * would: a CSV, a spec file of a chart kind and an explainer with four steps, in English
 * and Spanish (tests/fixtures/newcomer/). It is built only into the subpath test site
 * (`npm run test:e2e:sub`, through scripts/with-fixtures.mjs), never into the public one.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from './fixtures';
import { textProblems } from './chart-text';
import { url } from './site';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PAGES = [
	{ path: url('explainers/example-chart/'), title: 'Example counts by month, January to May 2024' },
	{ path: url('es/explainers/example-chart/'), title: 'Conteos de ejemplo por mes, de enero a mayo de 2024' },
];
const ROOT = '[data-scrolly="example-counts"]';

/** Puts a step's top just above the trigger line (half-way down; 72% on phones). */
async function toTriggerLine(page: Page, id: string) {
	await page.evaluate((stepId) => {
		const el = document.getElementById(stepId)!;
		window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * (window.innerWidth < 900 ? 0.7 : 0.45));
	}, id);
}

for (const { path, title } of PAGES) {
	test.describe(path, () => {
		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });
			test('the static chart and every step’s words are on the page', async ({ page }) => {
				await page.goto(path);
				const svg = page.locator(`${ROOT} svg.chart-svg--wide`);
				await expect(svg).toBeVisible();
				await expect(svg.locator('title')).toHaveText(title);
				// Five months, five bars.
				await expect(svg.locator('g[data-layer="bars"] rect')).toHaveCount(5);
				const steps = page.locator(`${ROOT} [data-step]`);
				await expect(steps).toHaveCount(4);
				for (const step of await steps.all()) await expect(step).toBeVisible();
				expect(await textProblems(page, ROOT)).toEqual([]);
			});
		});

		for (const viewport of [
			{ width: 1280, height: 800 },
			{ width: 360, height: 740 },
		]) {
			test(`at ${viewport.width} px the steps drive the graphic and its labels stay in the frame and apart`, async ({ page }) => {
				await page.setViewportSize(viewport);
				await page.emulateMedia({ reducedMotion: 'reduce' });
				await page.goto(path);
				await page.evaluate(() => document.fonts.ready);
				const steps = page.locator(`${ROOT} [data-step]`);
				const seen = new Set<string>();
				for (const step of await steps.all()) {
					const state = (await step.getAttribute('data-step-state'))!;
					await toTriggerLine(page, (await step.getAttribute('id'))!);
					await expect(page.locator(`${ROOT} .is-live svg[data-chart]`)).toHaveAttribute('data-state', state);
					await expect(step).toHaveClass(/is-active/);
					await expect.poll(() => textProblems(page, `${ROOT} .is-live`), { message: state, timeout: 3000 }).toEqual([]);
					seen.add(state);
				}
				expect(seen.size).toBe(4);
				// The third step's note is drawn in the page's language.
				await toTriggerLine(page, 'step-high');
				await expect(page.locator(`${ROOT} .is-live svg[data-chart] text`, { hasText: path.includes('/es/') ? 'Máximo: 210' : 'High: 210' })).toHaveCount(1);
			});
		}

		test('axe finds no violations', async ({ page }) => {
			await page.goto(path);
			await toTriggerLine(page, 'step-high');
			await expect(page.locator(`${ROOT} .is-live svg[data-chart]`)).toBeAttached();
			const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
		});
	});
}

test('the chart’s data downloads as CSV', async ({ request }) => {
	const res = await request.get(url('data/example-counts.csv'));
	expect(res.status()).toBe(200);
	expect((await res.text()).split('\n')[0]).toBe('Month,Example count');
});
