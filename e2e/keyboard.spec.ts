/**
 * A keyboard-only reader walks the Title 42 explainer from the first Tab to the
 * footer: every stop shows where focus is and is not hidden under the sticky header
 * or the sticky graphic, and each graphic step, reached from the keyboard, puts the
 * graphic in that step's state, in the order of the story.
 */
import { test, expect, type Page } from './fixtures';
import { url, watchErrors } from './site';

const PAGE = url('explainers/title-42/');

interface Stop {
	what: string;
	visible: boolean;
	/** Focus indicator: an outline or a box shadow while focused. */
	indicated: boolean;
	/** The element at the focused box's centre is the focused element (nothing sits on top of it). */
	unobscured: boolean;
	inFooter: boolean;
	step?: { id: string; state: string };
}

/** Where focus is now, seen as a reader would see it. */
function focusStop(page: Page): Promise<Stop | null> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const style = getComputedStyle(el);
		const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
		const x = rect.left + rect.width / 2;
		const y = rect.top + rect.height / 2;
		const hit = document.elementFromPoint(x, y);
		const step = el.closest<HTMLElement>('[data-step]');
		return {
			what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
			visible: rect.width > 0 && rect.height > 0 && y >= 0 && y <= innerHeight,
			indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
			unobscured: !!hit && (hit === el || el.contains(hit) || hit.contains(el)),
			inFooter: !!el.closest('footer'),
			step: step ? { id: step.id, state: step.dataset.stepState ?? '' } : undefined,
		};
	});
}

const liveState = (page: Page) => page.locator('[data-scrolly="encounters"] .chart-frame.is-live svg[data-chart]').getAttribute('data-state');

for (const size of [
	{ name: 'desktop', viewport: { width: 1280, height: 800 } },
	{ name: 'phone', viewport: { width: 360, height: 740 } },
]) {
	test(`keyboard only, ${size.name}: every stop is visible and marked, and the graphic follows the steps`, async ({ page }) => {
		test.setTimeout(150_000);
		await page.setViewportSize(size.viewport);
		const errors = watchErrors(page);
		await page.goto(PAGE);
		const stepStates = await page.locator('[data-scrolly="encounters"] [data-step]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.stepState));

		await page.keyboard.press('Tab');
		await expect(page.locator('.skip-link')).toBeFocused();
		await expect(page.locator('.skip-link')).toBeInViewport();

		const problems: string[] = [];
		const visitedStates: string[] = [];
		let stops = 0;
		for (let i = 0; i < 400; i++) {
			await page.keyboard.press('Tab');
			const stop = await focusStop(page);
			if (!stop) break;
			stops++;
			if (!stop.visible) problems.push(`${stop.what}: focused but not in view`);
			if (!stop.indicated) problems.push(`${stop.what}: no focus indicator`);
			if (!stop.unobscured) problems.push(`${stop.what}: covered by something else`);
			if (stop.step && visitedStates[visitedStates.length - 1] !== stop.step.state) {
				await expect.poll(() => liveState(page), { message: `${stop.step.id} sets the graphic` }).toBe(stop.step.state);
				visitedStates.push(stop.step.state);
			}
			if (stop.inFooter) break;
		}
		expect(problems).toEqual([]);
		// Every step was reached, in the story's order (a state may repeat only if two steps share it).
		expect(visitedStates).toEqual(stepStates.filter((s, i) => s !== stepStates[i - 1]));
		expect(stops, 'Tab reached the footer').toBeGreaterThan(50);
		expect(await focusStop(page).then((s) => s?.inFooter)).toBe(true);
		expect(errors).toEqual([]);
	});
}

test('the skip link jumps past the header to the article', async ({ page }) => {
	await page.goto(PAGE);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const inMain = await page.evaluate(() => !!document.activeElement?.closest('#main'));
	expect(inMain).toBe(true);
});
