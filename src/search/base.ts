/**
 * The two facts every page's search code needs, kept apart from the Pagefind loader so
 * the code on every page stays tiny: where the site lives, and the highlight parameter.
 */

/** Result links carry ?highlight=<word> so the page they open can mark the words. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The site's base path with one trailing slash: "/" or "/sub/". */
export function basePath(): string {
	return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}
