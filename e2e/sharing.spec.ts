/**
 * Sharing and discovery, as a link-preview bot, a feed reader, a search engine and a
 * reader sharing a link would meet them: social meta and card images, JSON-LD, the
 * RSS feeds, the sitemap, robots.txt, and the share controls, in both editions
 * (English at the root, Spanish under /es/). Runs at the root and under a subpath
 * (e2e/subpath.config.ts).
 */
import { test, expect, type APIRequestContext, type Page } from './fixtures';
import { BASE, SITEMAP_INDEX, crawlPages, sitemapEntries, url } from './site';
import { attr, jsonLd, linkTag, localPath, metaTags, pngSize, siteRoot } from './html';
import { SITE, UI } from '../src/i18n/site';
import { TOPIC_LABELS } from '../src/i18n/topics';

type Lang = 'en' | 'es';
const LANGS: Lang[] = ['en', 'es'];
const explainerPages = (pages: string[]) => pages.filter((p) => /\/explainers\/[a-z0-9-]+\/$/.test(p));
/** The edition a page belongs to, from its path: Spanish under /es/. */
const langOf = (path: string): Lang => (path.startsWith(url('es/')) ? 'es' : 'en');
/** A path in an edition: ("es", "rss.xml") → "/es/rss.xml" (under the base). */
const inLang = (lang: Lang, path = '') => url(`${lang === 'es' ? 'es/' : ''}${path}`);

test('every page has a canonical URL and complete Open Graph and Twitter cards', async ({ request }) => {
	const site = await siteRoot(request);
	const problems: string[] = [];
	for (const path of await crawlPages(request)) {
		const html = await (await request.get(path)).text();
		const meta = metaTags(html);
		const one = (key: string) => meta.get(key)?.[0];
		const lang = langOf(path);
		const canonical = attr(linkTag(html, 'canonical') ?? '', 'href');
		if (!canonical || localPath(canonical, site, BASE) !== path) problems.push(`${path}: canonical ${canonical}`);
		for (const key of [
			'og:title',
			'og:description',
			'og:url',
			'og:type',
			'og:locale',
			'og:site_name',
			'og:image',
			'og:image:alt',
			'twitter:card',
			'twitter:title',
			'twitter:description',
			'twitter:image',
		]) {
			if (!one(key)) problems.push(`${path}: no ${key}`);
		}
		if (one('og:url') !== canonical) problems.push(`${path}: og:url ${one('og:url')} is not the canonical URL`);
		if (one('og:site_name') !== SITE[lang].name) problems.push(`${path}: og:site_name ${one('og:site_name')}`);
		if (one('og:locale') !== { en: 'en_US', es: 'es_MX' }[lang]) problems.push(`${path}: og:locale ${one('og:locale')}`);
		if (one('twitter:card') !== 'summary_large_image') problems.push(`${path}: twitter:card ${one('twitter:card')}`);
		if (one('twitter:image') !== one('og:image')) problems.push(`${path}: twitter:image differs from og:image`);
		// Each edition's cards live in its own folder: /og/… in English, /es/og/… in Spanish.
		const image = one('og:image') ? localPath(one('og:image')!, site, BASE) : '';
		if (!image.startsWith(inLang(lang, 'og/'))) problems.push(`${path}: og:image ${image} is not a ${lang} card`);
		// The feed link points at the page's own edition's feed.
		const feed = linkTag(html, 'alternate', 'application/rss+xml');
		if (!feed || new URL(attr(feed, 'href')!, `http://localhost${path}`).pathname !== inLang(lang, 'rss.xml')) problems.push(`${path}: no RSS alternate link to ${inLang(lang, 'rss.xml')}`);
		if (feed && attr(feed, 'title') !== `${SITE[lang].name} (RSS)`) problems.push(`${path}: feed title ${attr(feed, 'title')}`);
		const isExplainer = /\/explainers\/[a-z0-9-]+\/$/.test(path);
		if (isExplainer) {
			if (one('og:type') !== 'article') problems.push(`${path}: og:type ${one('og:type')}`);
			for (const key of ['article:published_time', 'article:modified_time']) if (!/^\d{4}-\d{2}-\d{2}/.test(one(key) ?? '')) problems.push(`${path}: ${key} ${one(key)}`);
			const slug = path.split('/').at(-2);
			if (image !== inLang(lang, `og/${slug}.png`)) problems.push(`${path}: og:image ${image} is not its own card`);
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
	// One card per explainer in each language, plus each edition's site card.
	expect(images.size).toBe(explainerPages(await crawlPages(request)).length + LANGS.length);
	for (const image of images) {
		const res = await request.get(localPath(image, site, BASE));
		expect(res.status(), image).toBe(200);
		expect(res.headers()['content-type'], image).toContain('image/png');
		expect(pngSize(await res.body()), image).toEqual({ width: 1200, height: 630 });
		// A real picture, not a blank: a card with text and a chart compresses to tens of kilobytes.
		expect((await res.body()).length, image).toBeGreaterThan(15_000);
	}
	// The Spanish card is its own picture, not a copy of the English one.
	const [en, es] = await Promise.all([request.get(url('og/title-42.png')), request.get(url('es/og/title-42.png'))]);
	expect(Buffer.compare(await en.body(), await es.body())).not.toBe(0);
});

test('JSON-LD parses and carries what search engines need, in the page’s language', async ({ request }) => {
	const site = await siteRoot(request);
	const pages = await crawlPages(request);
	for (const path of pages) {
		const html = await (await request.get(path)).text();
		const lang = langOf(path);
		const glossary = inLang(lang, 'glossary/');
		const termPages = pages.filter((p) => p.startsWith(glossary) && p !== glossary);
		const blocks = jsonLd(html);
		for (const block of blocks) expect(block['@context'], path).toBe('https://schema.org');
		const types = blocks.map((b) => b['@type']);
		if (path === inLang(lang)) {
			const web = blocks.find((b) => b['@type'] === 'WebSite') as { url: string; name: string; inLanguage: string; potentialAction: { target: { urlTemplate: string } } };
			expect(localPath(web.url, site, BASE)).toBe(inLang(lang));
			expect(web.name).toBe(SITE[lang].name);
			expect(web.inLanguage).toBe(lang);
			const search = web.potentialAction.target.urlTemplate.replace('{search_term_string}', 'Title');
			expect(localPath(search, site, BASE)).toBe(`${inLang(lang, 'search/')}?q=Title`);
			expect((await request.get(localPath(search, site, BASE))).status()).toBe(200);
		} else if (explainerPages([path]).length) {
			expect(types, path).toContain('NewsArticle');
			const a = blocks.find((b) => b['@type'] === 'NewsArticle') as Record<string, any>;
			for (const key of ['headline', 'description', 'datePublished', 'dateModified', 'author', 'publisher', 'image', 'mainEntityOfPage', 'citation']) expect(a[key], `${path} ${key}`).toBeTruthy();
			expect(a.headline).toBe(
				html
					.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1]!
					.replace(/<[^>]+>/g, '')
					.trim()
					.replace(/&#39;/g, "'")
					.replace(/&amp;/g, '&'),
			);
			expect(a.inLanguage, path).toBe(lang);
			expect(a.author['@type']).toBe('Organization');
			expect(a.publisher['@type']).toBe('Organization');
			expect(a.publisher.name, path).toBe(SITE[lang].name);
			expect(localPath(a.mainEntityOfPage['@id'], site, BASE)).toBe(path);
			expect(localPath(a.image.url, site, BASE)).toBe(inLang(lang, `og/${path.split('/').at(-2)}.png`));
			expect((await request.get(localPath(a.image.url, site, BASE))).status()).toBe(200);
			expect((await request.get(localPath(a.publisher.logo.url, site, BASE))).status()).toBe(200);
			// One citation per entry of the page's numbered sources list that links to its original.
			const linked = [...html.matchAll(/<li[^>]*\sid="source-[^"]+"[^>]*>\s*<span class="source__title[^"]*"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')).sort();
			expect(linked.length, path).toBeGreaterThan(0);
			expect([...a.citation].sort(), path).toEqual(linked);
		} else if (path === glossary) {
			const set = blocks.find((b) => b['@type'] === 'DefinedTermSet') as { inLanguage: string; name: string; hasDefinedTerm: { url: string; name: string }[] };
			expect(set.inLanguage, path).toBe(lang);
			expect(set.name, path).toContain(SITE[lang].name);
			expect(set.hasDefinedTerm.map((t) => localPath(t.url, site, BASE)).sort()).toEqual([...termPages].sort());
		} else if (termPages.includes(path)) {
			const term = blocks.find((b) => b['@type'] === 'DefinedTerm') as { name: string; inDefinedTermSet: { '@id': string } };
			expect(term?.name, path).toBeTruthy();
			expect(localPath(term.inDefinedTermSet['@id'], site, BASE)).toBe(glossary);
		}
	}
});

/** A feed as a feed reader sees it: parsed by the browser's XML parser (null if it does not parse). */
async function readFeed(page: Page, request: APIRequestContext, path: string) {
	const res = await request.get(path);
	expect(res.status(), path).toBe(200);
	expect(res.headers()['content-type'], path).toMatch(/xml/);
	const xml = await res.text();
	await page.goto(url());
	return page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		if (doc.querySelector('parsererror')) return null;
		const channel = doc.querySelector('channel')!;
		return {
			title: channel.querySelector(':scope > title')?.textContent ?? '',
			language: channel.querySelector(':scope > language')?.textContent ?? '',
			items: [...doc.querySelectorAll('channel > item')].map((item) => ({
				title: item.querySelector('title')?.textContent ?? '',
				link: item.querySelector('link')?.textContent ?? '',
				description: item.querySelector('description')?.textContent ?? '',
				categories: [...item.querySelectorAll('category')].map((c) => c.textContent ?? ''),
			})),
		};
	}, xml);
}

for (const lang of LANGS) {
	test(`the ${lang} RSS feed parses as XML, with one item per ${lang} explainer and its full summary`, async ({ page, request }) => {
		const site = await siteRoot(request);
		const feed = await readFeed(page, request, inLang(lang, 'rss.xml'));
		expect(feed, 'feed parses').not.toBeNull();
		expect(feed!.title).toBe(SITE[lang].name);
		expect(feed!.language).toBe(lang);
		const explainers = explainerPages(await crawlPages(request)).filter((p) => langOf(p) === lang);
		expect(explainers.length).toBeGreaterThanOrEqual(3);
		expect(feed!.items.map((i) => localPath(i.link, site, BASE)).sort()).toEqual([...explainers].sort());
		const topics = new Set(Object.values(TOPIC_LABELS[lang]));
		for (const item of feed!.items) {
			const html = await (await request.get(localPath(item.link, site, BASE))).text();
			const meta = metaTags(html);
			expect(item.title).toBe(meta.get('og:title')![0]!);
			const dek = meta.get('og:description')![0]!;
			expect(item.description).toContain(dek.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
			// Takeaways come through as a list, under the edition's own heading.
			expect(item.description).toContain(`<strong>${UI[lang].takeaways}</strong>`);
			expect(item.description.match(/<li>/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
			expect(item.categories.length, item.link).toBeGreaterThan(0);
			for (const c of item.categories) expect(topics, `${item.link}: category ${c}`).toContain(c);
		}
	});
}

test('the sitemap lists every page in both languages, with hreflang alternates and article dates, and robots.txt points to it', async ({ request }) => {
	const site = await siteRoot(request);
	const { sitemaps, entries } = await sitemapEntries(request);
	expect(sitemaps.length).toBeGreaterThan(0);
	for (const s of sitemaps) expect(localPath(s, site, BASE), s).toMatch(new RegExp(`^${url('sitemap-')}\\d+\\.xml$`));
	const urls = entries.map((e) => ({
		loc: localPath(e.match(/<loc>([^<]+)<\/loc>/)![1]!.replace(/&amp;/g, '&'), site, BASE),
		lastmod: e.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1],
		alternates: Object.fromEntries([...e.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => [a[1]!, localPath(a[2]!, site, BASE)])),
	}));
	const locs = urls.map((u) => u.loc).sort();
	expect(locs).toEqual([...(await crawlPages(request))].sort());
	expect(new Set(locs).size).toBe(locs.length);
	expect(locs).not.toContain(url('404/'));
	expect(locs).not.toContain(url('es/404/'));
	expect(locs).toContain(url('es/explainers/title-42/'));
	for (const { loc, alternates, lastmod } of urls) {
		const html = await (await request.get(loc)).text();
		// Each entry's alternates are the hreflang links the page itself declares.
		const declared = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, localPath(m[2]!, site, BASE)]));
		expect(alternates, loc).toEqual(Object.keys(declared).length > 2 ? declared : {});
		// An explainer's lastmod is the day it was last updated (its article:modified_time); other pages have none.
		const modified = metaTags(html).get('article:modified_time')?.[0];
		if (explainerPages([loc]).length) expect(lastmod?.slice(0, 10), loc).toBe(modified?.slice(0, 10));
		else expect(lastmod, loc).toBeUndefined();
	}
	expect(urls.filter((u) => u.lastmod).length).toBe(explainerPages(locs).length);
	const pair = urls.find((u) => u.loc === url('es/explainers/title-42/'))!;
	expect(pair.alternates).toEqual({ en: url('explainers/title-42/'), es: url('es/explainers/title-42/'), 'x-default': url('explainers/title-42/') });
	const robots = await (await request.get(url('robots.txt'))).text();
	expect(robots).toContain(`Sitemap: ${new URL(SITEMAP_INDEX, site).href}`);
});

test('a Spanish explainer shares as Spanish: locale, card, JSON-LD, hreflang both ways', async ({ request }) => {
	const site = await siteRoot(request);
	const es = url('es/explainers/title-42/');
	const en = url('explainers/title-42/');
	const html = await (await request.get(es)).text();
	const meta = metaTags(html);
	expect(meta.get('og:locale')).toEqual(['es_MX']);
	expect(meta.get('og:locale:alternate')).toEqual(['en_US']);
	expect(meta.get('og:site_name')).toEqual([SITE.es.name]);
	const image = localPath(meta.get('og:image')![0]!, site, BASE);
	expect(image).toBe(url('es/og/title-42.png'));
	expect(meta.get('og:image:alt')![0]).toMatch(/^La frontera, explicada: El Título 42.*\. Gráfica: Encuentros/);
	const card = await request.get(image);
	expect(card.headers()['content-type']).toContain('image/png');
	expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });

	const article = jsonLd(html).find((b) => b['@type'] === 'NewsArticle') as Record<string, any>;
	expect(article.inLanguage).toBe('es');
	expect(article.publisher.name).toBe('La frontera, explicada');
	expect(article.isPartOf).toMatchObject({ '@id': new URL('es/#website', site).href, name: 'La frontera, explicada' });
	// The Spanish article translates the English one, which names it as its translation.
	const original = jsonLd(await (await request.get(en)).text()).find((b) => b['@type'] === 'NewsArticle') as Record<string, any>;
	expect(article.translationOfWork).toMatchObject({ '@type': 'NewsArticle', '@id': original['@id'], inLanguage: 'en' });
	expect(localPath(article.translationOfWork.url, site, BASE)).toBe(en);
	expect(original.workTranslation).toEqual([expect.objectContaining({ '@type': 'NewsArticle', '@id': article['@id'], inLanguage: 'es' })]);
	expect(localPath(original.workTranslation[0].url, site, BASE)).toBe(es);
	expect(original).not.toHaveProperty('translationOfWork');

	// hreflang: the Spanish page and the English page name each other, and x-default is English.
	const hreflang = async (path: string) =>
		Object.fromEntries([...(await (await request.get(path)).text()).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, localPath(m[2]!, site, BASE)]));
	expect(await hreflang(es)).toEqual({ en, es, 'x-default': en });
	expect(await hreflang(en)).toEqual({ en, es, 'x-default': en });
	expect(metaTags(await (await request.get(en)).text()).get('og:locale')).toEqual(['en_US']);
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
		const step = page.locator('#step-record');
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
		await expect.poll(() => other.locator('[data-scrolly="encounters"] .is-live svg[data-chart]').getAttribute('data-state')).toBe(await step.getAttribute('data-step-state'));
	});

	test('a figure’s share control links to the figure, or in a scrolly to the current step', async ({ page }) => {
		await withoutWebShare(page);
		await page.goto(url('explainers/title-42/'));
		const scrolly = page.locator('[data-scrolly="encounters"]');
		const step = page.locator('#step-end');
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
		const step = page.locator('#step-courts');
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
