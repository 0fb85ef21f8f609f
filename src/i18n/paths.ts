/**
 * Links that work from the domain root and from a subpath (BASE_PATH), in either
 * language. Every internal href goes through `href()`; absolute URLs (canonical,
 * social) through `absolute()`. Paths "without the base" look like "explainers/x/".
 */
import { DEFAULT_LANG, inLang, type Lang } from './lang';

// import.meta.env is Vite's; plain Node (the end-to-end tests import word lists) has none.
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** "explainers/title-42/" → "/base/explainers/title-42/" */
export function href(path = ''): string {
	return BASE + path.replace(/^\//, '');
}

/** href() in a language: ("glossary/", "es") → "/base/es/glossary/". */
export function langHref(path = '', lang: Lang = DEFAULT_LANG): string {
	return href(inLang(lang, path));
}

/** Absolute URL on the configured site (SITE_URL). */
export function absolute(path: string, site: URL | undefined): string {
	return new URL(href(path), site ?? 'https://example.org').toString();
}

export function explainerPath(slug: string, lang: Lang = DEFAULT_LANG): string {
	return langHref(`explainers/${slug}/`, lang);
}

export function glossaryPath(id?: string, lang: Lang = DEFAULT_LANG): string {
	return langHref(id ? `glossary/${id}/` : 'glossary/', lang);
}

export function dataPath(chart: string, lang: Lang = DEFAULT_LANG): string {
	return langHref(`data/${chart}.csv`, lang);
}

/** The data a scrollytelling graphic redraws its steps from (one file for both languages). */
export function chartDataPath(chart: string): string {
	return href(`data/${chart}.json`);
}
