import { test, expect, type Page } from './fixtures';
import { url } from './site';

const PAGE = url('explainers/title-42/');

async function scrollToStep(page: Page, id: string) {
	// Put the step's top just above the middle of the viewport (the trigger line).
	await page.evaluate((stepId) => {
		const el = document.getElementById(stepId)!;
		const top = el.getBoundingClientRect().top + window.scrollY;
		window.scrollTo(0, top - window.innerHeight * 0.45);
	}, id);
}

const chartState = (page: Page) => page.locator('[data-scrolly="encounters"] .is-live svg[data-chart]').getAttribute('data-state');
/** The state a step declares (data-step-state: its state object as JSON). */
const stepState = (page: Page, id: string) => page.locator(`#${id}`).getAttribute('data-step-state');

test('scrolling through the Title 42 steps moves the graphic through every state', async ({ page }) => {
	await page.goto(PAGE);
	const steps = page.locator('[data-scrolly="encounters"] [data-step]');
	const count = await steps.count();
	expect(count).toBeGreaterThanOrEqual(6);
	const seen: string[] = [];
	for (let i = 0; i < count; i++) {
		const id = (await steps.nth(i).getAttribute('id'))!;
		const state = (await steps.nth(i).getAttribute('data-step-state'))!;
		await scrollToStep(page, id);
		await expect.poll(() => chartState(page), { message: `state after scrolling to ${id}` }).toBe(state);
		await expect(steps.nth(i)).toHaveClass(/is-active/);
		seen.push(state);
	}
	expect(new Set(seen).size).toBe(count);
});

test('the graphic changes what it draws: later months appear as the story moves on', async ({ page }) => {
	await page.goto(PAGE);
	const height = (key: string) => page.locator(`[data-scrolly="encounters"] rect[data-key="${key}"]`).evaluate((el) => Number(el.getAttribute('height')));
	const first = (await page.locator('[data-scrolly="encounters"] [data-step]').first().getAttribute('id'))!;
	await scrollToStep(page, first);
	await expect.poll(() => chartState(page)).toBe(await stepState(page, first));
	expect(await height('2023-12-title8')).toBe(0);
	const last = (await page.locator('[data-scrolly="encounters"] [data-step]').last().getAttribute('id'))!;
	await scrollToStep(page, last);
	await expect.poll(() => height('2023-12-title8')).toBeGreaterThan(100);
});

test('a #step link opens the page with the graphic in that step’s state', async ({ page }) => {
	const id = 'step-end';
	await page.goto(`${PAGE}#${id}`);
	await expect.poll(() => chartState(page)).toBe(await stepState(page, id));
	await expect(page.locator(`#${id}`)).toBeInViewport();
});

test('with reduced motion the state changes at once', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(PAGE);
	const id = 'step-record';
	await scrollToStep(page, id);
	await expect.poll(() => chartState(page)).toBe(await stepState(page, id));
	// No transition in flight: the reference line is already fully drawn.
	await expect(page.locator('[data-scrolly="encounters"] [data-key="reference-line"]')).not.toHaveAttribute('opacity', /.+/);
});

test('the graphic loads its code only as it nears the screen; until then the static chart shows', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
	// Chart code: the scrolly driver and the chart's own module (its model; d3 comes with them).
	const chartCode = () => loaded.filter((p) => /\/_astro\/(scrolly|model|client)\.[\w-]+\.js$/.test(p));
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto(PAGE);
	await page.waitForLoadState('networkidle');
	const frame = page.locator('[data-scrolly="encounters"] [data-chart-frame]');
	expect(chartCode()).toEqual([]);
	await expect(frame).not.toHaveClass(/is-live/);
	await expect(frame.locator('svg[data-chart]').first()).toBeAttached();
	await page.locator('[data-scrolly="encounters"]').scrollIntoViewIfNeeded();
	await expect(frame).toHaveClass(/is-live/);
	expect(chartCode().length).toBeGreaterThanOrEqual(2);
});

/** Labels drawn centred on their y (dy 0.35em) whose visible middle is more than 2 px off it. */
const offCentre = (page: Page, root: string) =>
	page.locator(root).evaluate((el) =>
		[...el.querySelectorAll<SVGTextElement>('svg[data-chart] text[dy="0.35em"]')]
			.filter((t) => t.getBBox().width > 0)
			.map((t) => {
				const box = t.getBBox();
				return { text: t.textContent, off: box.y + box.height / 2 - Number(t.getAttribute('y')) };
			})
			.filter((t) => Math.abs(t.off) > 2)
			.map((t) => `${t.text} (${t.off.toFixed(1)} px)`),
	);

test('legend and bar labels sit level with what they name, before and after the graphic moves', async ({ page }) => {
	const funding = url('explainers/border-funding-package/');
	await page.goto(funding);
	const root = '[data-scrolly="funding"]';
	const labels = await page.locator(root).evaluate((el) => el.querySelectorAll('svg[data-chart] text[dy="0.35em"]').length);
	expect(labels).toBeGreaterThan(5);
	expect(await offCentre(page, root), 'static chart').toEqual([]);
	await scrollToStep(page, 'step-senate-deal');
	// The funding chart is declared in data/funding.chart.yaml: its state is the object the step declares.
	await expect(page.locator(`${root} .is-live svg[data-chart]`)).toHaveAttribute('data-state', (await page.locator('#step-senate-deal').getAttribute('data-step-state'))!);
	expect(await offCentre(page, root), 'after the step').toEqual([]);
});

test('after a resize the chart is redrawn to the new width', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(PAGE);
	// Once live (it starts as it nears the screen), the scrolly keeps one SVG (the build drew a wide and a narrow one).
	await page.locator('[data-scrolly="encounters"]').scrollIntoViewIfNeeded();
	await expect(page.locator('[data-scrolly="encounters"] [data-chart-frame]')).toHaveClass(/is-live/);
	const svg = page.locator('[data-scrolly="encounters"] svg[data-chart]');
	await svg.scrollIntoViewIfNeeded();
	const wide = Number(await svg.getAttribute('width'));
	await page.setViewportSize({ width: 390, height: 844 });
	await expect.poll(async () => Number(await svg.getAttribute('width'))).toBeLessThan(wide);
	const box = await svg.boundingBox();
	expect(box!.width).toBeLessThanOrEqual(390);
});

/** Where the sticky graphic sits once live, with the header's bottom edge while it sticks (0 when it scrolls away). */
function graphicBox(page: Page, scrolly: string) {
	return page.evaluate((name) => {
		const root = document.querySelector<HTMLElement>(`[data-scrolly="${name}"]`)!;
		const header = document.querySelector<HTMLElement>('[data-site-header]')!;
		const sticky = ['sticky', 'fixed'].includes(getComputedStyle(header).position);
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { top: r.top, bottom: r.bottom, height: r.height };
		};
		const active = root.querySelector('[data-step].is-active');
		return {
			headerBottom: sticky ? header.getBoundingClientRect().bottom : 0,
			figure: box(root.querySelector('.scrolly__graphic .chart-figure')!),
			svg: box(root.querySelector('.is-live svg[data-chart]')!),
			// The active step's words: its paragraphs, not the padding around them.
			text: active ? [...active.querySelectorAll('p')].map(box) : [],
			viewport: window.innerHeight,
		};
	}, scrolly);
}

/** Puts a step's top just above the trigger line (half-way down; 72% on phones, as in chart-text.spec.ts). */
async function toTriggerLine(page: Page, id: string) {
	await page.evaluate((stepId) => {
		const el = document.getElementById(stepId)!;
		window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * (window.innerWidth < 900 ? 0.7 : 0.45));
	}, id);
}

for (const { path, scrolly, viewport } of [
	{ path: 'explainers/title-42/', scrolly: 'encounters', viewport: { width: 1280, height: 900 } },
	{ path: 'explainers/border-funding-package/', scrolly: 'funding', viewport: { width: 1280, height: 900 } },
	// The Spanish header's links wrap to a second line at this width: the graphic starts below it.
	{ path: 'es/explainers/title-42/', scrolly: 'encounters', viewport: { width: 1000, height: 800 } },
]) {
	test(`on a ${viewport.width}×${viewport.height} screen the live graphic fills the height below the header, centred: ${path}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(url(path));
		const steps = page.locator(`[data-scrolly="${scrolly}"] [data-step]`);
		for (const i of [1, (await steps.count()) - 1]) {
			const step = steps.nth(i);
			await toTriggerLine(page, (await step.getAttribute('id'))!);
			await expect(page.locator(`[data-scrolly="${scrolly}"] .is-live svg[data-chart]`)).toHaveAttribute('data-state', (await step.getAttribute('data-step-state'))!);
			const box = await graphicBox(page, scrolly);
			const room = { top: box.headerBottom, bottom: box.viewport };
			// Below the header and on screen, whole.
			expect(box.figure.top).toBeGreaterThanOrEqual(room.top);
			expect(box.figure.bottom).toBeLessThanOrEqual(room.bottom);
			// Centred in the room below the header, within 20 px.
			expect(Math.abs((box.figure.top + box.figure.bottom) / 2 - (room.top + room.bottom) / 2)).toBeLessThanOrEqual(20);
			// The chart itself takes most of the screen's height, not only its width times its proportions.
			expect(box.svg.height / box.viewport).toBeGreaterThanOrEqual(0.55);
		}
	});
}

test('on a 390×844 phone the graphic uses the top of the screen and stays clear of the active step’s text', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(PAGE);
	const steps = page.locator('[data-scrolly="encounters"] [data-step]');
	const count = await steps.count();
	for (let i = 0; i < count; i++) {
		const id = (await steps.nth(i).getAttribute('id'))!;
		await toTriggerLine(page, id);
		await expect(steps.nth(i)).toHaveClass(/is-active/);
		const box = await graphicBox(page, 'encounters');
		expect(box.text.length, id).toBeGreaterThan(0);
		const firstLine = Math.min(...box.text.map((t) => t.top));
		expect(box.figure.bottom, `${id}: graphic bottom vs the step's first line`).toBeLessThanOrEqual(firstLine);
		expect(box.figure.top, id).toBeGreaterThanOrEqual(0);
		expect(box.svg.height / box.viewport, id).toBeGreaterThanOrEqual(0.45);
	}
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('every step’s text and a static SVG chart are there', async ({ page }) => {
		await page.goto(PAGE);
		await expect(page.locator('html')).toHaveClass(/no-js/);
		const svg = page.locator('[data-scrolly="encounters"] svg.chart-svg--wide');
		await expect(svg).toBeVisible();
		expect(await svg.locator('rect.bar').count()).toBeGreaterThan(100);
		await expect(svg.locator('title')).toContainText('Southwest border encounters');
		const steps = page.locator('[data-step]');
		for (let i = 0; i < (await steps.count()); i++) await expect(steps.nth(i)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Download the data (CSV)' }).first()).toBeVisible();
	});
});

test('the CSV download has the chart’s data', async ({ request }) => {
	const res = await request.get(url('data/encounters.csv'));
	expect(res.status()).toBe(200);
	const text = await res.text();
	expect(text.split('\n')[0]).toBe('Month,Title 42 (processed for expulsion),Title 8 processing,Total encounters');
	expect(text).toContain('December 2023,0,301981,301981');
});
