/**
 * Chart text as the browser draws it, in the site's own font: every label inside its
 * chart's frame and no two labels on top of each other. The unit tests check the same
 * with estimated text widths; this catches what the estimates miss. Both languages, at
 * desktop and phone width, on the static drawings and in every step of every scrolly.
 */
import { test, expect } from './fixtures';
import { textProblems } from './chart-text';
import { url } from './site';

const EXPLAINERS = ['title-42', 'border-funding-package', 'mexico-delegation'];
const PAGES = EXPLAINERS.flatMap((slug) => [url(`explainers/${slug}/`), url(`es/explainers/${slug}/`)]);
const VIEWPORTS = [
	{ width: 1280, height: 800 },
	{ width: 360, height: 740 },
];

test.describe('static drawings (as without JavaScript)', () => {
	// With scripts on, a graphic near the screen starts moving to its first step at once.
	test.use({ javaScriptEnabled: false });
	// One test per page and width: a slow machine need not fit every explainer into one timeout.
	for (const viewport of VIEWPORTS) {
		for (const path of PAGES) {
			test(`chart labels stay inside their frames and apart at ${viewport.width} px: ${path}`, async ({ page }) => {
				test.setTimeout(180_000);
				await page.setViewportSize(viewport);
				await page.goto(path);
				await page.evaluate(() => document.fonts.ready);
				expect(await page.locator('svg[data-chart] text').count(), path).toBeGreaterThan(10);
				expect((await textProblems(page)).map((p) => `${path} ${p}`)).toEqual([]);
			});
		}
	}
});

// One test per page and width. Every explainer has at least six steps (20 or more over the
// pages of one language), and every step is checked.
test('the scrolly-step checks cover every explainer, in both languages', () => {
	expect(PAGES.length).toBe(6);
});
for (const viewport of VIEWPORTS) {
	for (const path of PAGES) {
		test(`chart labels stay inside their frames and apart in every scrolly step at ${viewport.width} px: ${path}`, async ({ page }) => {
			test.setTimeout(300_000);
			await page.setViewportSize(viewport);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			let checked = 0;
			await page.goto(path);
			await page.evaluate(() => document.fonts.ready);
			for (const scrolly of await page.locator('[data-scrolly]').all()) {
				const live = `[data-scrolly="${await scrolly.getAttribute('data-scrolly')}"] .is-live`;
				for (const step of await scrolly.locator('[data-step]').all()) {
					const state = (await step.getAttribute('data-step-state'))!;
					// The step's top just above the trigger line, where the graphic takes its state: half-way
					// down on wide screens, at 72% on phones, below the graphic (src/client/scrolly/scrolly.ts).
					await step.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * (window.innerWidth < 900 ? 0.7 : 0.45)));
					await expect(scrolly.locator('.is-live svg[data-chart]')).toHaveAttribute('data-state', state);
					// Polled, so a drawing still settling is not caught halfway; a lasting fault still fails.
					await expect.poll(() => textProblems(page, live), { message: `${path} ${state}`, timeout: 3000 }).toEqual([]);
					checked++;
				}
			}
			// Was: more than 20 steps over all six pages; now per page, at least the six each has.
			expect(checked).toBeGreaterThanOrEqual(6);
		});
	}
}
