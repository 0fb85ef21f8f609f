/**
 * The facts every page's search code needs, kept apart from the Pagefind loader so the
 * code on every page stays tiny: where the site lives, the page's language, and the
 * highlight parameter.
 */
import { toLang, type Lang } from '../../i18n/lang';
import { langHref } from '../../i18n/paths';

/** Result links carry ?highlight=<word> so the page they open can mark the words. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The site's base path with one trailing slash: "/" or "/sub/". */
export function basePath(): string {
	return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** The language of the page the code runs on, from <html lang> ("en" or "es"). */
export function pageLang(): Lang {
	return toLang(document.documentElement.lang);
}

/** A link in the page's own edition: "glossary/" → "/base/es/glossary/" on a Spanish page. */
export function pageHref(path = ''): string {
	return langHref(path, pageLang());
}
