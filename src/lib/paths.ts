/**
 * Links that work from the domain root and from a subpath (BASE_PATH). Every
 * internal href goes through `href()`; absolute URLs (canonical, social) through
 * `absolute()`.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** "explainers/title-42/" → "/base/explainers/title-42/" */
export function href(path = ''): string {
	return BASE + path.replace(/^\//, '');
}

/** Absolute URL on the configured site (SITE_URL). */
export function absolute(path: string, site: URL | undefined): string {
	return new URL(href(path), site ?? 'https://example.org').toString();
}

export function explainerPath(slug: string): string {
	return href(`explainers/${slug}/`);
}

export function glossaryPath(id?: string): string {
	return href(id ? `glossary/${id}/` : 'glossary/');
}

export function dataPath(chart: string): string {
	return href(`data/${chart}.csv`);
}
