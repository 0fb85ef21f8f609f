/**
 * sitemap.xml from the built pages themselves: each page's own canonical URL and,
 * for articles, its modified date. Pages that ask not to be indexed (the 404 page)
 * are left out. Reading the built HTML means every page any route produces is
 * listed, with no list of routes to keep in step.
 */
import { escapeXmlText } from './feed';

export interface SitemapEntry {
	loc: string;
	/** YYYY-MM-DD */
	lastmod?: string;
}

function attr(tag: string, name: string): string | undefined {
	return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Canonical URL and last-modified day of a built page, or undefined if it is not to be indexed. */
export function sitemapEntryFromHtml(html: string): SitemapEntry | undefined {
	const end = html.search(/<\/head>/i);
	const head = end >= 0 ? html.slice(0, end) : html;
	let canonical: string | undefined;
	let modified: string | undefined;
	for (const [tag] of head.matchAll(/<(?:link|meta)\b[^>]*>/gi)) {
		if (/^<link/i.test(tag) && attr(tag, 'rel')?.toLowerCase() === 'canonical') canonical = attr(tag, 'href');
		if (attr(tag, 'name')?.toLowerCase() === 'robots' && /noindex/i.test(attr(tag, 'content') ?? '')) return undefined;
		if (attr(tag, 'property') === 'article:modified_time') modified = attr(tag, 'content');
	}
	if (!canonical) return undefined;
	return { loc: decode(canonical), ...(modified ? { lastmod: decode(modified).slice(0, 10) } : {}) };
}

export function sitemapXml(entries: SitemapEntry[]): string {
	const unique = [...new Map(entries.map((e) => [e.loc, e])).values()].sort((a, b) => a.loc.localeCompare(b.loc));
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...unique.map((e) => `<url><loc>${escapeXmlText(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`),
		'</urlset>',
		'',
	].join('\n');
}
