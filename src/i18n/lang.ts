/**
 * Languages of the site. English lives at the root, Spanish under /es/. Pure: no
 * astro:* imports, so charts and browser code can use it too.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Astro.currentLocale, <html lang> or any string → a supported language (English otherwise). */
export function toLang(value: string | undefined | null): Lang {
	const short = (value ?? '').slice(0, 2).toLowerCase();
	return isLang(short) ? short : DEFAULT_LANG;
}

/** BCP 47 tags and Open Graph locales per language. */
export const LOCALE: Record<Lang, { tag: string; og: string; name: string }> = {
	en: { tag: 'en-US', og: 'en_US', name: 'English' },
	es: { tag: 'es-MX', og: 'es_MX', name: 'Español' },
};

/** Folder of a language in URLs and content: "" for English, "es/" for Spanish. */
export function langPrefix(lang: Lang): string {
	return lang === DEFAULT_LANG ? '' : `${lang}/`;
}

/** A path without the base in a language: ("es", "glossary/") → "es/glossary/". */
export function inLang(lang: Lang, path = ''): string {
	return langPrefix(lang) + path.replace(/^\//, '');
}

/** The language a base-less path is in, and the path without its language folder. */
export function splitLang(path: string): { lang: Lang; rest: string } {
	const clean = path.replace(/^\//, '');
	const m = /^([a-z]{2})(?:\/|$)(.*)$/.exec(clean);
	if (m && isLang(m[1]) && m[1] !== DEFAULT_LANG) return { lang: m[1], rest: m[2]! };
	return { lang: DEFAULT_LANG, rest: clean };
}

/** The other edition (two languages today). */
export function otherLang(lang: Lang): Lang {
	return lang === 'en' ? 'es' : 'en';
}

/** "es/title-42" → { lang: "es", slug: "title-42" }; "title-42" → English. */
export function splitEntryId(id: string): { lang: Lang; slug: string } {
	const { lang, rest } = splitLang(id);
	return { lang, slug: rest };
}

/**
 * getStaticPaths() for a page under src/pages/[...lang]/: one page per language,
 * English at the root (no `lang` param) and the others under /<lang>/.
 */
export function langPaths<P extends Record<string, string | undefined> = Record<never, never>, T extends object = Record<never, never>>(
	each: (lang: Lang) => { params?: P; props?: T }[] = () => [{}],
): { params: P & { lang: string | undefined }; props: T & { lang: Lang } }[] {
	return LANGS.flatMap((lang) =>
		each(lang).map(({ params, props }) => ({
			params: { ...(params ?? ({} as P)), lang: lang === DEFAULT_LANG ? undefined : lang },
			props: { ...(props ?? ({} as T)), lang },
		})),
	);
}
