/**
 * Chart text as the browser draws it, in the site's own font: every label inside its
 * chart's frame and no two labels on top of each other. The unit tests check the same
 * with estimated text widths; this catches what the estimates miss. Both languages, at
 * desktop and phone width, on the static drawings and in every step of every scrolly.
 */
import { test, expect, type Page } from '@playwright/test';
import { url } from './site';

const EXPLAINERS = ['title-42', 'border-funding-package', 'mexico-delegation'];
const PAGES = EXPLAINERS.flatMap((slug) => [url(`explainers/${slug}/`), url(`es/explainers/${slug}/`)]);
const VIEWPORTS = [
	{ width: 1280, height: 800 },
	{ width: 360, height: 740 },
];

/** Problems with the text of every chart on screen: outside its viewBox, or overlapping another. */
function textProblems(page: Page, scope = 'body'): Promise<string[]> {
	return page
		.locator(scope)
		.first()
		.evaluate((root) => {
			const problems: string[] = [];
			for (const svg of root.querySelectorAll<SVGSVGElement>('svg[data-chart]')) {
				if (svg.getBoundingClientRect().width === 0) continue; // the other (wide or narrow) drawing
				const name = `${svg.dataset.chart}${svg.dataset.state ? ` (${svg.dataset.state})` : ''}`;
				const vb = svg.viewBox.baseVal;
				const texts = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: t.getBBox() })).filter((t) => t.box.width > 0);
				for (const { text, box } of texts) {
					// Half a pixel of slack for anti-aliasing.
					if (box.x < vb.x - 0.5 || box.y < vb.y - 0.5 || box.x + box.width > vb.x + vb.width + 0.5 || box.y + box.height > vb.y + vb.height + 0.5) {
						const edges = [box.x, box.y, box.x + box.width, box.y + box.height].map((v) => v.toFixed(1)).join(', ');
						problems.push(`${name}: "${text}" [${edges}] leaves the ${vb.width}×${vb.height} frame`);
					}
				}
				for (let i = 0; i < texts.length; i++) {
					for (let j = i + 1; j < texts.length; j++) {
						const [a, b] = [texts[i]!.box, texts[j]!.box];
						const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
						// Boxes include ascenders and descenders, so rows 1.2 em apart touch by a pixel or two.
						const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
						if (across > 1 && down > 2) problems.push(`${name}: "${texts[i]!.text}" overlaps "${texts[j]!.text}"`);
					}
				}
			}
			return problems;
		});
}

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
