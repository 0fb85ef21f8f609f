/**
 * The sitemap, written by Astro's maintained integration (@astrojs/sitemap) as
 * sitemap-index.xml and sitemap-0.xml; robots.txt (src/pages/robots.txt.ts) points to
 * the index. What the integration does not do by itself is set here:
 *
 * - hreflang alternates: its i18n option pairs each page with its translation by URL
 *   (/glossary/x/ ↔ /es/glossary/x/); `serializeEntry` adds the x-default alternate
 *   (English), as each page's own <head> does.
 * - lastmod: an explainer's `updated` date from its frontmatter (`articleDates`).
 * - pages that ask not to be indexed (<meta name="robots" content="noindex">, the 404
 *   pages) are left out: `filter` reads the built page (`saysNoindex`).
 */
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DEFAULT_LANG, LANGS, inLang, isLang } from '../i18n/lang';

/** The file robots.txt names (src/pages/robots.txt.ts). */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** The hreflang of each language, as pages declare it (BaseLayout.astro). */
export const SITEMAP_LOCALES: Record<string, string> = Object.fromEntries(LANGS.map((l) => [l, l]));

/** A URL's path without the base: ("https://ex.org/sub/es/a/", "/sub/") → "es/a/". */
export function pathWithoutBase(url: string, base: string): string {
	const path = new URL(url).pathname;
	const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	return (path.startsWith(prefix) ? path.slice(prefix.length) : path.replace(/^\//, '')).replace(/^\/+/, '');
}

/**
 * The sitemap entry of a page: the integration's alternates (one per language the page
 * exists in) plus x-default, which points to the default language's page; and the page's
 * last-modified day when it is an explainer. A page in one language keeps no alternates.
 */
export function serializeEntry(item: SitemapItem, base: string, dates: ReadonlyMap<string, string>): SitemapItem {
	const links = item.links ?? [];
	const fallback = links.find((l) => l.lang === SITEMAP_LOCALES[DEFAULT_LANG]);
	const withDefault = links.length > 1 && fallback && !links.some((l) => l.lang === 'x-default') ? [...links, { url: fallback.url, lang: 'x-default' }] : links.length > 1 ? links : undefined;
	const lastmod = dates.get(pathWithoutBase(item.url, base));
	const { links: _links, lastmod: _lastmod, ...rest } = item;
	return { ...rest, ...(withDefault ? { links: withDefault } : {}), ...(lastmod ? { lastmod } : {}) };
}

/** Whether a page's HTML asks search engines not to index it. */
export function saysNoindex(html: string): boolean {
	const head = html.slice(0, Math.max(0, html.search(/<\/head>/i)) || html.length);
	return [...head.matchAll(/<meta\b[^>]*>/gi)].some(([tag]) => /\bname\s*=\s*["']?robots\b/i.test(tag) && /\bcontent\s*=\s*["'][^"']*noindex/i.test(tag));
}

/** The built file of a page URL (build.format "directory": <path>/index.html). */
export function pageFile(outDir: string, url: string, base: string): string {
	const path = pathWithoutBase(url, base);
	return path === '' || path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, `${path}.html`);
}

/**
 * Last-modified day of every explainer, by its path without the base:
 * content/explainers/<slug>/index.mdx → "explainers/<slug>/", and
 * content/explainers/<lang>/<slug>/index.mdx → "<lang>/explainers/<slug>/", from the
 * frontmatter's `updated` (checked by the content schema; YYYY-MM-DD).
 */
export function articleDates(contentRoot: string): Map<string, string> {
	const dates = new Map<string, string>();
	const dir = join(contentRoot, 'explainers');
	if (!existsSync(dir)) return dates;
	const add = (folder: string, path: string) => {
		const file = join(folder, 'index.mdx');
		if (!existsSync(file)) return;
		const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
		const updated = front ? (parse(front) as Record<string, unknown> | null)?.updated : undefined;
		const day = updated instanceof Date ? updated.toISOString().slice(0, 10) : typeof updated === 'string' ? updated.slice(0, 10) : undefined;
		if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) dates.set(path, day);
	};
	for (const d of readdirSync(dir, { withFileTypes: true })) {
		if (!d.isDirectory()) continue;
		if (isLang(d.name) && d.name !== DEFAULT_LANG) {
			for (const s of readdirSync(join(dir, d.name), { withFileTypes: true })) if (s.isDirectory()) add(join(dir, d.name, s.name), inLang(d.name, `explainers/${s.name}/`));
		} else add(join(dir, d.name), `explainers/${d.name}/`);
	}
	return dates;
}

/** @astrojs/sitemap with the site's languages, x-default, article dates and no noindex pages. */
export default function siteSitemap(contentRoot = process.env.CONTENT_ROOT || 'content'): AstroIntegration {
	let outDir = '';
	let base = '/';
	const dates = articleDates(contentRoot);
	const inner = sitemap({
		i18n: { defaultLocale: DEFAULT_LANG, locales: SITEMAP_LOCALES },
		filter: (url) => {
			const file = pageFile(outDir, url, base);
			return !(existsSync(file) && saysNoindex(readFileSync(file, 'utf8')));
		},
		serialize: (item) => serializeEntry(item, base, dates),
		// Only xhtml:link is used; no news, image or video entries.
		namespaces: { news: false, image: false, video: false, xhtml: true },
	});
	return {
		...inner,
		hooks: {
			...inner.hooks,
			'astro:config:done': async (options) => {
				outDir = fileURLToPath(options.config.outDir);
				base = options.config.base;
				await inner.hooks['astro:config:done']?.(options);
			},
			// @astrojs/sitemap logs a failure (in serialize, say) and goes on; a build without its sitemap stops here.
			'astro:build:done': async (options) => {
				await inner.hooks['astro:build:done']?.(options);
				if (!existsSync(join(fileURLToPath(options.dir), SITEMAP_INDEX))) throw new Error(`${SITEMAP_INDEX} was not written: see the @astrojs/sitemap messages above`);
			},
		},
	};
}
