/**
 * sitemap.xml from the built pages themselves: each page's own canonical URL, for
 * articles its modified date, and for pages that exist in more than one language
 * the hreflang alternates the page declares in its <head> (xhtml:link, as search
 * engines read them). Pages that ask not to be indexed (the 404 page) are left out.
 * Reading the built HTML means every page any route produces is listed, with no
 * list of routes to keep in step.
 */
import { escapeXml } from '../graphics/core/xml';

export interface SitemapAlternate {
	/** "en", "es" or "x-default". */
	hreflang: string;
	href: string;
}

export interface SitemapEntry {
	loc: string;
	/** YYYY-MM-DD */
	lastmod?: string;
	/** The page in every language it exists in (itself included) and x-default; only when there are two languages or more. */
	alternates?: SitemapAlternate[];
}

function attr(tag: string, name: string): string | undefined {
	return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);
}

const decode = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');

/** Canonical URL, last-modified day and language alternates of a built page, or undefined if it is not to be indexed. */
export function sitemapEntryFromHtml(html: string): SitemapEntry | undefined {
	const end = html.search(/<\/head>/i);
	const head = end >= 0 ? html.slice(0, end) : html;
	let canonical: string | undefined;
	let modified: string | undefined;
	const alternates: SitemapAlternate[] = [];
	for (const [tag] of head.matchAll(/<(?:link|meta)\b[^>]*>/gi)) {
		const rel = /^<link/i.test(tag) ? attr(tag, 'rel')?.toLowerCase() : undefined;
		if (rel === 'canonical') canonical = attr(tag, 'href');
		const hreflang = rel === 'alternate' ? attr(tag, 'hreflang') : undefined;
		const href = attr(tag, 'href');
		if (hreflang && href && !alternates.some((a) => a.hreflang === hreflang)) alternates.push({ hreflang, href: decode(href) });
		if (attr(tag, 'name')?.toLowerCase() === 'robots' && /noindex/i.test(attr(tag, 'content') ?? '')) return undefined;
		if (attr(tag, 'property') === 'article:modified_time') modified = attr(tag, 'content');
	}
	if (!canonical) return undefined;
	// A page in one language only has nothing to point to: no alternates.
	const languages = alternates.filter((a) => a.hreflang.toLowerCase() !== 'x-default');
	return {
		loc: decode(canonical),
		...(modified ? { lastmod: decode(modified).slice(0, 10) } : {}),
		...(languages.length > 1 ? { alternates } : {}),
	};
}

/**
 * Alternates that search engines would reject: a target that is not itself a listed
 * page, a target that does not point back (hreflang must be reciprocal), or a page
 * missing from its own alternates.
 */
export function alternateProblems(entries: SitemapEntry[]): string[] {
	const byLoc = new Map(entries.map((e) => [e.loc, e]));
	const problems: string[] = [];
	for (const e of entries) {
		if (!e.alternates) continue;
		if (!e.alternates.some((a) => a.href === e.loc && a.hreflang !== 'x-default')) problems.push(`${e.loc}: its hreflang alternates do not include the page itself`);
		for (const a of e.alternates) {
			const target = byLoc.get(a.href);
			if (!target) problems.push(`${e.loc}: hreflang="${a.hreflang}" points to ${a.href}, which is not a listed page (missing, or noindex)`);
			else if (a.href !== e.loc && !target.alternates?.some((b) => b.href === e.loc)) problems.push(`${e.loc}: ${a.href} (hreflang="${a.hreflang}") does not point back to it`);
		}
	}
	return problems;
}

export function sitemapXml(entries: SitemapEntry[]): string {
	const unique = [...new Map(entries.map((e) => [e.loc, e])).values()].sort((a, b) => a.loc.localeCompare(b.loc));
	const hasAlternates = unique.some((e) => e.alternates);
	const url = (e: SitemapEntry) =>
		[
			`<url><loc>${escapeXml(e.loc)}</loc>`,
			e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : '',
			...(e.alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`),
			'</url>',
		].join('');
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${hasAlternates ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''}>`,
		...unique.map(url),
		'</urlset>',
		'',
	].join('\n');
}
