/**
 * Sharing and discovery, as a link-preview bot, a feed reader, a search engine and a
 * reader sharing a link would meet them: social meta and card images, JSON-LD, the
 * RSS feed, the sitemap, robots.txt, and the share controls. Runs at the root and
 * under a subpath (playwright.sub.config.ts).
 */
import { test, expect, type Page } from '@playwright/test';
import { BASE, crawlPages, url } from './site';
import { attr, jsonLd, linkTag, localPath, metaTags, pngSize, siteRoot } from './html';

const explainerPages = (pages: string[]) => pages.filter((p) => /\/explainers\/[a-z0-9-]+\/$/.test(p));

test('every page has a canonical URL and complete Open Graph and Twitter cards', async ({ request }) => {
	const site = await siteRoot(request);
	const problems: string[] = [];
	for (const path of await crawlPages(request)) {
		const html = await (await request.get(path)).text();
		const meta = metaTags(html);
		const one = (key: string) => meta.get(key)?.[0];
		const canonical = attr(linkTag(html, 'canonical') ?? '', 'href');
		if (!canonical || localPath(canonical, site, BASE) !== path) problems.push(`${path}: canonical ${canonical}`);
		for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:site_name', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) {
			if (!one(key)) problems.push(`${path}: no ${key}`);
		}
		if (one('og:url') !== canonical) problems.push(`${path}: og:url ${one('og:url')} is not the canonical URL`);
		if (one('twitter:card') !== 'summary_large_image') problems.push(`${path}: twitter:card ${one('twitter:card')}`);
		if (one('twitter:image') !== one('og:image')) problems.push(`${path}: twitter:image differs from og:image`);
		const feed = linkTag(html, 'alternate', 'application/rss+xml');
		if (!feed || new URL(attr(feed, 'href')!, `http://localhost${path}`).pathname !== url('rss.xml')) problems.push(`${path}: no RSS alternate link to ${url('rss.xml')}`);
		const isExplainer = /\/explainers\/[a-z0-9-]+\/$/.test(path);
		if (isExplainer) {
			if (one('og:type') !== 'article') problems.push(`${path}: og:type ${one('og:type')}`);
			for (const key of ['article:published_time', 'article:modified_time']) if (!/^\d{4}-\d{2}-\d{2}/.test(one(key) ?? '')) problems.push(`${path}: ${key} ${one(key)}`);
			const slug = path.split('/').at(-2);
			if (!one('og:image')?.endsWith(`/og/${slug}.png`)) problems.push(`${path}: og:image ${one('og:image')} is not its own card`);
		}
	}
	expect(problems).toEqual([]);
});

test('social card images exist where the meta tags say, as 1200×630 PNGs', async ({ request }) => {
	const site = await siteRoot(request);
	const images = new Set<string>();
	for (const path of await crawlPages(request)) {
		const meta = metaTags(await (await request.get(path)).text());
		images.add(meta.get('og:image')![0]!);
		expect(meta.get('og:image:width')?.[0], path).toBe('1200');
		expect(meta.get('og:image:height')?.[0], path).toBe('630');
	}
	// One card per explainer plus the site card.
	expect(images.size).toBe(explainerPages(await crawlPages(request)).length + 1);
	for (const image of images) {
		const res = await request.get(localPath(image, site, BASE));
		expect(res.status(), image).toBe(200);
		expect(res.headers()['content-type'], image).toContain('image/png');
		expect(pngSize(await res.body()), image).toEqual({ width: 1200, height: 630 });
		// A real picture, not a blank: a card with text and a chart compresses to tens of kilobytes.
		expect((await res.body()).length, image).toBeGreaterThan(15_000);
	}
});

test('JSON-LD parses and carries what search engines need', async ({ request }) => {
	const site = await siteRoot(request);
	const pages = await crawlPages(request);
	const termPages = pages.filter((p) => p.startsWith(url('glossary/')) && p !== url('glossary/'));
	for (const path of pages) {
		const html = await (await request.get(path)).text();
		const blocks = jsonLd(html);
		for (const block of blocks) expect(block['@context'], path).toBe('https://schema.org');
		const types = blocks.map((b) => b['@type']);
		if (path === url()) {
			const web = blocks.find((b) => b['@type'] === 'WebSite') as { url: string; name: string; potentialAction: { target: { urlTemplate: string } } };
			expect(web.url).toBe(site.href);
			const search = web.potentialAction.target.urlTemplate.replace('{search_term_string}', 'Title');
			expect((await request.get(localPath(search, site, BASE))).status()).toBe(200);
		} else if (explainerPages([path]).length) {
			expect(types, path).toContain('NewsArticle');
			const a = blocks.find((b) => b['@type'] === 'NewsArticle') as Record<string, any>;
			for (const key of ['headline', 'description', 'datePublished', 'dateModified', 'author', 'publisher', 'image', 'mainEntityOfPage', 'citation']) expect(a[key], `${path} ${key}`).toBeTruthy();
			expect(a.headline).toBe(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1]!.replace(/<[^>]+>/g, '').trim().replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
			expect(a.author['@type']).toBe('Organization');
			expect(a.publisher['@type']).toBe('Organization');
			expect(localPath(a.mainEntityOfPage['@id'], site, BASE)).toBe(path);
			expect((await request.get(localPath(a.image.url, site, BASE))).status()).toBe(200);
			expect((await request.get(localPath(a.publisher.logo.url, site, BASE))).status()).toBe(200);
			// One citation per entry in the page's numbered sources list.
			const listed = [...html.matchAll(/<li[^>]*\sid="source-[^"]+"/g)].length;
			expect(listed, path).toBeGreaterThan(0);
			expect(a.citation, path).toHaveLength(listed);
			for (const c of a.citation) expect(c.name && c.publisher?.name && c.datePublished, JSON.stringify(c)).toBeTruthy();
		} else if (path === url('glossary/')) {
			const set = blocks.find((b) => b['@type'] === 'DefinedTermSet') as { hasDefinedTerm: { url: string; name: string }[] };
			expect(set.hasDefinedTerm.map((t) => localPath(t.url, site, BASE)).sort()).toEqual([...termPages].sort());
		} else if (termPages.includes(path)) {
			const term = blocks.find((b) => b['@type'] === 'DefinedTerm') as { name: string; inDefinedTermSet: { '@id': string } };
			expect(term?.name, path).toBeTruthy();
			expect(localPath(term.inDefinedTermSet['@id'], site, BASE)).toBe(url('glossary/'));
		}
	}
});

test('the RSS feed parses as XML, with one item per explainer and its full summary', async ({ page, request }) => {
	const site = await siteRoot(request);
	const res = await request.get(url('rss.xml'));
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toMatch(/xml/);
	const xml = await res.text();
	await page.goto(url());
	const items = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		if (doc.querySelector('parsererror')) return null;
		return [...doc.querySelectorAll('channel > item')].map((item) => ({
			title: item.querySelector('title')?.textContent ?? '',
			link: item.querySelector('link')?.textContent ?? '',
			description: item.querySelector('description')?.textContent ?? '',
		}));
	}, xml);
	expect(items, 'feed parses').not.toBeNull();
	const explainers = explainerPages(await crawlPages(request));
	expect(items!.map((i) => localPath(i.link, site, BASE)).sort()).toEqual([...explainers].sort());
	for (const item of items!) {
		const html = await (await request.get(localPath(item.link, site, BASE))).text();
		const dek = metaTags(html).get('og:description')![0]!;
		expect(item.description).toContain(dek.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
		// Takeaways come through as a list.
		expect(item.description.match(/<li>/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
	}
});

test('the sitemap lists every page and robots.txt points to it', async ({ request }) => {
	const site = await siteRoot(request);
	const xml = await (await request.get(url('sitemap.xml'))).text();
	const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => localPath(m[1]!.replace(/&amp;/g, '&'), site, BASE)).sort();
	expect(locs).toEqual([...(await crawlPages(request))].sort());
	expect(locs).not.toContain(url('404/'));
	const robots = await (await request.get(url('robots.txt'))).text();
	expect(robots).toContain(`Sitemap: ${new URL('sitemap.xml', site).href}`);
});

/** Readers without the Web Share API (most desktop browsers) get copy-link. */
async function withoutWebShare(page: Page) {
	await page.addInitScript(() => {
		delete (Navigator.prototype as { share?: unknown }).share;
		delete (navigator as { share?: unknown }).share;
	});
}
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('share controls', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('the explainer share button copies the page link and says so', async ({ page }) => {
		await withoutWebShare(page);
		await page.goto(url('explainers/title-42/?highlight=expel'));
		await page.getByRole('button', { name: 'Share', exact: true }).click();
		await expect(page.locator('.share [role="status"]')).toHaveText('Link copied');
		// The page link without the search highlight.
		expect(await clipboard(page)).toBe(new URL(url('explainers/title-42/'), page.url()).href);
	});

	test('“Link to this step” copies a link that opens the graphic in that step’s state', async ({ page, context }) => {
		await withoutWebShare(page);
		await page.goto(url('explainers/title-42/'));
		const step = page.locator('[data-step-state="record"]');
		const id = (await step.getAttribute('id'))!;
		await step.scrollIntoViewIfNeeded();
		await step.getByRole('link', { name: 'Link to this step' }).click();
		await expect(step.getByRole('status')).toHaveText('Link copied');
		const copied = await clipboard(page);
		expect(copied).toBe(new URL(`${url('explainers/title-42/')}#${id}`, page.url()).href);
		await expect(page).toHaveURL(copied);
		// Someone opening the link sees the same state.
		const other = await context.newPage();
		await other.goto(copied);
		await expect.poll(() => other.locator('[data-scrolly="encounters"] svg[data-chart]').getAttribute('data-state')).toBe('record');
	});

	test('a figure’s share control links to the figure, or in a scrolly to the current step', async ({ page }) => {
		await withoutWebShare(page);
		await page.goto(url('explainers/title-42/'));
		const scrolly = page.locator('[data-scrolly="encounters"]');
		const step = page.locator('[data-step-state="end"]');
		const id = (await step.getAttribute('id'))!;
		await page.goto(`${url('explainers/title-42/')}#${id}`);
		await expect(scrolly).toHaveAttribute('data-active-step', id);
		await scrolly.getByRole('button', { name: /^Share this chart/ }).click();
		await expect(scrolly.locator('.figure-share [role="status"]')).toHaveText('Link copied');
		expect(await clipboard(page)).toMatch(new RegExp(`#${id}$`));

		const figure = page.locator('figure[data-chart-figure]:not([data-scrolly] figure)').first();
		const figureId = (await figure.getAttribute('id'))!;
		await figure.getByRole('button', { name: /^Share this chart/ }).click();
		await expect(figure.locator('.figure-share [role="status"]')).toHaveText('Link copied');
		expect(await clipboard(page)).toMatch(new RegExp(`#${figureId}$`));
	});

	test('where the Web Share API exists it gets the link, with the step hash', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { shared: unknown[] }).shared = [];
			Object.defineProperty(Navigator.prototype, 'share', {
				configurable: true,
				value: async (data: unknown) => void (window as unknown as { shared: unknown[] }).shared.push(data),
			});
		});
		await page.goto(url('explainers/title-42/'));
		const step = page.locator('[data-step-state="courts"]');
		const id = (await step.getAttribute('id'))!;
		await step.scrollIntoViewIfNeeded();
		await step.getByRole('link', { name: 'Link to this step' }).click();
		const shared = await page.evaluate(() => (window as unknown as { shared: { url: string; title: string }[] }).shared);
		expect(shared).toHaveLength(1);
		expect(shared[0]!.url).toMatch(new RegExp(`${url('explainers/title-42/')}#${id}$`));
		expect(shared[0]!.title).toContain('Title 42');
		// The share sheet is the confirmation; no extra message.
		await expect(step.getByRole('status')).toHaveText('');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('step links are plain links and share buttons that need JavaScript are not shown', async ({ page }) => {
		await page.goto(url('explainers/title-42/'));
		const link = page.getByRole('link', { name: 'Link to this step' }).first();
		await expect(link).toHaveAttribute('href', /^#step-/);
		await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeHidden();
		await expect(page.getByRole('button', { name: /^Share this chart/ }).first()).toBeHidden();
	});
});
