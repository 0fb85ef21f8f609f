import { test, expect } from '@playwright/test';
import { url } from './site';

test('searching for "expulsions" finds the Title 42 explainer first', async ({ page }) => {
	await page.goto(url('search/?q=expulsions'));
	const first = page.locator('[data-search-results] a.result__title').first();
	await expect(first).toHaveAttribute('href', /explainers\/title-42\//);
	await expect(page.locator('[data-search-status]')).toContainText('results for “expulsions”');
	await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
});

test('typing a query updates the URL so the search can be shared', async ({ page }) => {
	await page.goto(url('search/'));
	await page.getByLabel('Search the explainers, glossary and timeline').fill('cloture');
	await expect(page).toHaveURL(/\?q=cloture/);
	await expect(page.locator('[data-search-results] a.result__title').first()).toBeVisible();
});

test('a hostile query is shown as text and runs nothing', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (d) => {
		dialogs++;
		await d.dismiss();
	});
	const hostile = '<img src=x onerror=alert(1)>';
	await page.goto(url(`search/?q=${encodeURIComponent(hostile)}`));
	await expect(page.locator('[data-search-status]')).toContainText(hostile);
	await expect(page.locator('main img')).toHaveCount(0);
	expect(dialogs).toBe(0);
});

test('"/" opens search from any page', async ({ page }) => {
	await page.goto(url('about/'));
	await page.keyboard.press('/');
	await expect(page).toHaveURL(/\/search\/$/);
	await expect(page.getByLabel('Search the explainers, glossary and timeline')).toBeFocused();
});
