/**
 * The end-to-end tests' `test` and `expect`. A page's scripts start after its first paint
 * (docs/decisions/0003-first-paint.md), which can come after the load event that `page.goto`
 * waits for. Here `goto`, `reload`, `goBack` and `goForward` also wait until the page's scripts
 * have run (`data-scripts="ready"` on <html>, set by src/client/head.js), so that a test acts
 * on the page as a reader would once it is drawn. They do not wait without JavaScript, with
 * `waitUntil: 'commit'` or `'domcontentloaded'`, or on a document that is not a site page.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';

export { expect } from '@playwright/test';
export type { APIRequestContext, Locator, Page } from '@playwright/test';

/** Until the page's deferred scripts have run; at once on documents without them. */
export async function scriptsReady(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const root = document.documentElement;
		// no-js: the page's head script has not run (JavaScript is off), so nothing will load.
		if (root.classList.contains('no-js')) return true;
		return !document.querySelector('template[data-after-paint]') && root.getAttribute('data-scripts') !== 'loading';
	});
}

const wrapped = new WeakSet<Page>();

/** Makes the page's navigations wait for its scripts as well. */
function waitForScripts(page: Page): void {
	if (wrapped.has(page)) return;
	wrapped.add(page);
	for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
		const navigate = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page['reload']>;
		Object.assign(page, {
			[name]: async (...args: unknown[]) => {
				const response = await navigate(...args);
				const options = args.find((a): a is { waitUntil?: string } => typeof a === 'object' && a !== null);
				if (!['commit', 'domcontentloaded'].includes(options?.waitUntil ?? 'load')) await scriptsReady(page);
				return response;
			},
		});
	}
}

function watch(context: BrowserContext): void {
	context.pages().forEach(waitForScripts);
	context.on('page', waitForScripts);
}

// The test's own context and page, and contexts a test opens with browser.newContext().
export const test = base.extend<object, object>({
	context: async ({ context }, use) => {
		watch(context);
		await use(context);
	},
	browser: [
		async ({ browser }, use) => {
			const newContext = browser.newContext.bind(browser);
			browser.newContext = async (options) => {
				const context = await newContext(options);
				watch(context);
				return context;
			};
			await use(browser);
		},
		{ scope: 'worker' },
	],
});
