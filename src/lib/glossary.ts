/**
 * Glossary helpers: A–Z grouping for the glossary page, and where in an explainer a
 * term is first used (its glossary page links straight to that section). Pure.
 */

/** "Title 8" sorts before "Title 42"; case and accents do not change the order. */
export function compareTerms(a: string, b: string): number {
	return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/** "communiqué" → "C", "Élan" → "E"; a term starting with a digit files under "#". */
export function letterOf(term: string): string {
	const first = term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}

export interface LetterGroup<T> {
	letter: string;
	items: T[];
}

/** Terms grouped under their first letter, letters in order, terms sorted in each. */
export function groupByLetter<T>(items: T[], termOf: (item: T) => string): LetterGroup<T>[] {
	const groups = new Map<string, T[]>();
	for (const item of [...items].sort((a, b) => compareTerms(termOf(a), termOf(b)))) {
		const letter = letterOf(termOf(item));
		groups.set(letter, [...(groups.get(letter) ?? []), item]);
	}
	return [...groups.entries()].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b))).map(([letter, list]) => ({ letter, items: list }));
}

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

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

/**
 * The anchor of the section (## or ###) in which an MDX body first uses <Term id>,
 * found by matching the Markdown heading above it against the rendered headings.
 */
export function firstUseSection(body: string, id: string, headings: { depth: number; slug: string; text: string }[]): string | undefined {
	const at = body.search(new RegExp(`<Term\\s+id=["']${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`));
	if (at < 0) return undefined;
	const above = [...body.slice(0, at).matchAll(/^#{2,3}\s+(.+?)\s*#*\s*$/gm)].pop();
	if (!above) return undefined;
	const wanted = plain(above[1]!);
	return headings.find((h) => h.depth <= 3 && plain(h.text) === wanted)?.slug;
}
