/**
 * Small readers for built HTML, used by the sharing and link-crawler specs: they read
 * the static HTML exactly as a crawler or a link-preview bot does (no JavaScript).
 */
import type { APIRequestContext } from '@playwright/test';
import { url } from './site';

export const decode = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** An attribute of one tag's markup. */
export function attr(tag: string, name: string): string | undefined {
	const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	const value = m?.slice(1).find((v) => v !== undefined);
	return value === undefined ? undefined : decode(value);
}

/** <meta property|name="…" content="…"> of a page, keyed by property or name (every value kept). */
export function metaTags(html: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
		const key = attr(tag, 'property') ?? attr(tag, 'name');
		const content = attr(tag, 'content');
		if (key && content !== undefined) map.set(key, [...(map.get(key) ?? []), content]);
	}
	return map;
}

/** The first <link rel="…"> with that rel (and type, if given). */
export function linkTag(html: string, rel: string, type?: string): string | undefined {
	return [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).find((t) => attr(t, 'rel') === rel && (!type || attr(t, 'type') === type));
}

/** Every JSON-LD block of a page, parsed (throws with the page's text if one does not parse). */
export function jsonLd(html: string): Record<string, unknown>[] {
	return [...html.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => JSON.parse(m[1]!));
}

/** Every id (and name) in a page: the targets of #fragment links. */
export function idsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1]!)));
}

/** The absolute site URL (SITE_URL + BASE_PATH) the build used: the home page's canonical link. */
export async function siteRoot(request: APIRequestContext): Promise<URL> {
	const html = await (await request.get(url())).text();
	return new URL(attr(linkTag(html, 'canonical') ?? '', 'href') ?? '');
}

/** An absolute URL on the site → the path on the local test server. */
export function localPath(absolute: string, site: URL, base: string): string {
	const u = new URL(absolute);
	if (u.origin !== site.origin || !u.pathname.startsWith(site.pathname)) throw new Error(`${absolute} is not under ${site.href}`);
	return base + u.pathname.slice(site.pathname.length) + u.search;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
	if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
