/**
 * The Content Security Policy holds on every page (no violations, also while
 * searching and running the scrolly), and no page sends a request to another origin.
 */
import { test, expect, type Page } from './fixtures';
import { builtPages, crawlPages, url, watchErrors } from './site';

async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		(window as unknown as { __csp: string[] }).__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test('every page carries a CSP without unsafe-inline', async ({ request }) => {
	for (const path of await crawlPages(request)) {
		const html = await (await request.get(path)).text();
		const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
		expect(csp, path).toBeTruthy();
		expect(csp, path).not.toContain('unsafe-inline');
		expect(csp, path).toContain("default-src 'self'");
		expect(csp, path).toContain("object-src 'none'");
	}
});

// One test per page (every page of the build but the 404s), so a slow machine never has to fit them all into one timeout.
for (const path of builtPages().filter((p) => !p.endsWith('/no-such-page/'))) {
	test(`no CSP violations, console errors or third-party requests: ${path}`, async ({ page }) => {
		test.setTimeout(120_000);
		await recordViolations(page);
		const foreign: string[] = [];
		page.on('request', (r) => {
			const u = new URL(r.url());
			if (!['localhost', '127.0.0.1'].includes(u.hostname) && !u.protocol.startsWith('data') && !u.protocol.startsWith('blob')) foreign.push(r.url());
		});
		const errors = watchErrors(page);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(await violations(page), path).toEqual([]);
		expect(errors, path).toEqual([]);
		expect(foreign, path).toEqual([]);
	});
}

test('search runs under the CSP (WebAssembly and worker allowed, nothing else)', async ({ page }) => {
	await recordViolations(page);
	const errors = watchErrors(page);
	await page.goto(url('search/?q=expulsions'));
	await expect(page.locator('[data-search-results] a').first()).toBeVisible();
	expect(await violations(page)).toEqual([]);
	expect(errors).toEqual([]);
});

test('the scrolly animates under the CSP', async ({ page }) => {
	await recordViolations(page);
	await page.goto(url('explainers/title-42/'));
	const last = page.locator('[data-scrolly] [data-step]').last();
	await last.scrollIntoViewIfNeeded();
	await page.mouse.wheel(0, 200);
	await page.waitForTimeout(800);
	expect(await violations(page)).toEqual([]);
});

test('odd URLs (hashes, query strings) neither throw nor break the page', async ({ page }) => {
	const errors = watchErrors(page);
	for (const odd of ['#%E0%A4%A', '#<script>alert(1)</script>', '?q=%3Cscript%3E#step-', '#step-does-not-exist', '?highlight=%F0%9F%98%80%20%D8%B9%D8%B1%D8%A8%D9%8A']) {
		await page.goto(url(`explainers/title-42/${odd}`));
		await expect(page.locator('h1')).toBeVisible();
		await page.waitForLoadState('networkidle');
	}
	expect(errors).toEqual([]);
});
