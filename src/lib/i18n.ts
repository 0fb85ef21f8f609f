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
