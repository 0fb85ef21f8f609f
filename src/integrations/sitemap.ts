/**
 * Writes sitemap.xml after Astro has written the site: every built HTML page that
 * has a canonical URL and does not say noindex (see src/lib/sitemap.ts). No
 * dependency and no network; robots.txt (src/pages/robots.txt.ts) points to it.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapEntryFromHtml, sitemapXml, type SitemapEntry } from '../lib/sitemap';

/** Build folders that hold no pages. */
const SKIP = new Set(['_astro', 'pagefind', 'og', 'data']);

function htmlFiles(dir: string, top = true): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		if (d.isDirectory()) return top && SKIP.has(d.name) ? [] : htmlFiles(join(dir, d.name), false);
		return d.name.endsWith('.html') ? [join(dir, d.name)] : [];
	});
}

export default function sitemap(): AstroIntegration {
	return {
		name: 'border-sitemap',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const entries = htmlFiles(root)
					.map((file) => sitemapEntryFromHtml(readFileSync(file, 'utf8')))
					.filter((e): e is SitemapEntry => e !== undefined);
				writeFileSync(join(root, 'sitemap.xml'), sitemapXml(entries));
				logger.info(`sitemap.xml lists ${entries.length} pages`);
			},
		},
	};
}
