/**
 * Writes sitemap.xml after Astro has written the site: every built HTML page, in
 * every language, that has a canonical URL and does not say noindex, with its
 * hreflang alternates (see src/discovery/sitemap.ts). The build stops if an alternate
 * points at a page that is not listed or does not point back. No dependency and no
 * network; robots.txt (src/pages/robots.txt.ts) points to it.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alternateProblems, sitemapEntryFromHtml, sitemapXml, type SitemapEntry } from '../discovery/sitemap';

/** Top-level build folders that hold no pages (the Spanish cards and CSVs under es/ hold no .html either). */
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
				const problems = alternateProblems(entries);
				if (problems.length) throw new Error(`sitemap.xml: hreflang alternates that search engines would reject:\n${problems.join('\n')}`);
				writeFileSync(join(root, 'sitemap.xml'), sitemapXml(entries));
				const translated = entries.filter((e) => e.alternates).length;
				logger.info(`sitemap.xml lists ${entries.length} pages, ${translated} of them with hreflang alternates`);
			},
		},
	};
}
