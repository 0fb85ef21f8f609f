/**
 * Glossary helpers: A–Z grouping for the glossary page in each language, and where in
 * an explainer a term is first used (its glossary page links straight to that
 * section). Pure.
 *
 * Spanish follows the alphabet of the Real Academia Española (2010): 27 letters, "Ñ"
 * a letter of its own between N and O, "ch" and "ll" not letters (they file under C
 * and L). Accents on vowels do not change the letter ("Ángel" files under A). English
 * has no Ñ, so there "ñ" files under N.
 */
import { DEFAULT_LANG, LOCALE, type Lang } from '../i18n/lang';

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
	let c = collators.get(lang);
	if (!c) collators.set(lang, (c = new Intl.Collator(LOCALE[lang].tag, { numeric: true, sensitivity: 'base' })));
	return c;
}

/**
 * "Title 8" sorts before "Title 42"; case and accents do not change the order. In
 * Spanish, "ñ" is a letter of its own after "n" ("nopal" < "ñandú" < "oso").
 */
export function compareTerms(a: string, b: string, lang: Lang = DEFAULT_LANG): number {
	return collator(lang).compare(a, b);
}

/** The letters of the A–Z jump list in each language. */
export const ALPHABETS: Record<Lang, readonly string[]> = {
	en: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''),
	es: 'ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'.split(''),
};

/** Fragment id of a letter's group on the glossary page: "letter-R", "letter-Ñ", "letter-0-9" for "#". */
export function letterAnchor(letter: string): string {
	return letter === '#' ? 'letter-0-9' : `letter-${letter}`;
}

/**
 * The letter a term files under: "communiqué" → "C", "Élan" → "E", and in Spanish
 * "Ñandú" → "Ñ" (English: "N"). Leading quotes or ¿¡ are skipped; a term starting
 * with a digit files under "#".
 */
export function letterOf(term: string, lang: Lang = DEFAULT_LANG): string {
	const first = term
		.trim()
		.replace(/^[^\p{L}\p{N}]+/u, '')
		.charAt(0)
		.toUpperCase();
	if (lang === 'es' && first === 'Ñ') return 'Ñ';
	const plain = first.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	return ALPHABETS[lang].includes(plain) ? plain : '#';
}

export interface LetterGroup<T> {
	letter: string;
	items: T[];
}

/** Terms grouped under their first letter, letters in the language's alphabet order ("#" first), terms sorted in each. */
export function groupByLetter<T>(items: T[], termOf: (item: T) => string, lang: Lang = DEFAULT_LANG): LetterGroup<T>[] {
	const groups = new Map<string, T[]>();
	for (const item of [...items].sort((a, b) => compareTerms(termOf(a), termOf(b), lang))) {
		const letter = letterOf(termOf(item), lang);
		groups.set(letter, [...(groups.get(letter) ?? []), item]);
	}
	const rank = (letter: string) => (letter === '#' ? -1 : ALPHABETS[lang].indexOf(letter));
	return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([letter, list]) => ({ letter, items: list }));
}

/** Heading text without Markdown marks or punctuation, for matching source to rendered headings. */
function plain(text: string): string {
	return text
		.replace(/<[^>]+>/g, '')
		.replace(/[*_`[\]]/g, '')
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Does an MDX body use <Term id="…">? */
export function usesTerm(body: string, id: string): boolean {
	return termPattern(id).test(body);
}

function termPattern(id: string): RegExp {
	return new RegExp(`<Term\\s+id=["']${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`);
}

/**
 * The anchor of the section (## or ###) in which an MDX body first uses <Term id>,
 * found by matching the Markdown heading above it against the rendered headings.
 */
export function firstUseSection(body: string, id: string, headings: { depth: number; slug: string; text: string }[]): string | undefined {
	const at = body.search(termPattern(id));
	if (at < 0) return undefined;
	const above = [...body.slice(0, at).matchAll(/^#{2,3}\s+(.+?)\s*#*\s*$/gm)].pop();
	if (!above) return undefined;
	const wanted = plain(above[1]!);
	return headings.find((h) => h.depth <= 3 && plain(h.text) === wanted)?.slug;
}
