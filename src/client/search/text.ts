/**
 * Text matching for search aids that run outside Pagefind: highlighting the searched
 * words on the page a result opens, and suggesting glossary terms when nothing matched.
 * Both ignore case and diacritics, as Pagefind does ("Barcena" finds "Bárcena" and
 * "Bárcena" finds "Barcena").
 */

import type { Lang } from '../../i18n/lang';

/** A character that can be part of a word: letters, digits, combining marks and "$" (as in "$20"). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}$]/u;

function foldChar(ch: string): string {
	return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Lower case without diacritics: "Bárcena" → "barcena". */
export function fold(text: string): string {
	return foldChar(text);
}

/**
 * Folds text and keeps, for each folded character, the index of the character it came
 * from, so a match found in the folded text can be marked in the original.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
	let folded = '';
	const map: number[] = [];
	let index = 0;
	for (const ch of text) {
		const f = foldChar(ch);
		for (let i = 0; i < f.length; i++) map.push(index);
		folded += f;
		index += ch.length;
	}
	map.push(index);
	return { folded, map };
}

/**
 * Short words that would mark half the page ("de" marks every "de", "del" and "desde"),
 * so they are not marked; Pagefind still searches for them.
 */
const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
	en: new Set(['an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'the', 'to', 'was', 'with']),
	es: new Set(['al', 'con', 'de', 'del', 'el', 'en', 'es', 'la', 'las', 'lo', 'los', 'para', 'por', 'que', 'se', 'su', 'sus', 'un', 'una', 'y']),
};

/** A final gender or theme vowel ("política", "fondo", "migrante"). */
const VOWEL = /[aeo]$/;

/**
 * A light stem of a folded word, used as a prefix: each page the index found through its
 * stemmer (Pagefind stems every language it knows) should also show its words marked.
 * Spanish drops plural endings and a final gender vowel, so "expulsiones" → "expulsion"
 * marks "expulsión" and "expulsiones", and "políticas" → "politic" marks "política";
 * English drops plural and "-ing"/"-ed" endings ("expulsions" → "expulsion", "funded"
 * → "fund"). Words with digits or "$" and short words stay as they are.
 */
export function stemForHighlight(word: string, lang: Lang): string {
	if (/[\p{N}$]/u.test(word) || word.length < 4) return word;
	let stem = word;
	if (lang === 'es') {
		if (/[^aeiou]es$/.test(stem) && stem.length >= 5) stem = stem.slice(0, -2);
		else if (/[aeo]s$/.test(stem)) stem = stem.slice(0, -1);
		if (VOWEL.test(stem) && stem.length >= 5) stem = stem.slice(0, -1);
		return stem;
	}
	if (/ies$/.test(stem) && stem.length >= 6) return stem.slice(0, -3);
	if (/(?:[sxz]|[cs]h)es$/.test(stem)) return stem.slice(0, -2);
	if (/[^siu]s$/.test(stem)) return stem.slice(0, -1);
	if (/ing$/.test(stem) && stem.length >= 7) return stem.slice(0, -3);
	if (/[^e]ed$/.test(stem) && stem.length >= 6) return stem.slice(0, -2);
	return stem;
}

/**
 * The words to mark from the highlight parameters of a search result link
 * (?highlight=title&highlight=42) on a page in `lang`: folded, without punctuation at
 * either end, stemmed (stemForHighlight), no duplicates, no stop words, at least two
 * characters (or one digit), at most ten.
 */
export function highlightTerms(values: string[], lang: Lang = 'en'): string[] {
	const terms = new Set<string>();
	for (const value of values) {
		for (const word of fold(value).split(/\s+/)) {
			const term = word.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}]+$/gu, '');
			if (STOP_WORDS[lang].has(term)) continue;
			if (term.length >= 2 || /^\p{N}$/u.test(term)) terms.add(stemForHighlight(term, lang));
		}
	}
	return [...terms].slice(0, 10);
}

/**
 * Where the terms occur in text, as [start, end) ranges of the original string. A term
 * matches at the start of a word and the whole word is marked, so "expulsion" marks
 * "expulsions" (Pagefind also matches word prefixes). Ranges are sorted and do not overlap.
 */
export function findMatches(text: string, terms: string[]): [number, number][] {
	if (!terms.length || !text) return [];
	const { folded, map } = foldWithMap(text);
	const ranges: [number, number][] = [];
	let i = 0;
	while (i < folded.length) {
		const startsWord = i === 0 || !WORD_CHAR.test(folded[i - 1]!);
		const term = startsWord ? terms.find((t) => folded.startsWith(t, i)) : undefined;
		if (!term) {
			i++;
			continue;
		}
		let end = i + term.length;
		while (end < folded.length && WORD_CHAR.test(folded[end]!)) end++;
		ranges.push([map[i]!, map[end]!]);
		i = end;
	}
	return ranges;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			best = Math.min(best, current[j]!);
		}
		if (best > max) return max + 1;
		previous = current;
	}
	return previous[b.length]!;
}

export interface SuggestionSource {
	label: string;
	url: string;
	/** Other names that should find it (glossary aliases). */
	aliases?: string[];
}

/**
 * Glossary terms (or any named pages) that look like the query, best first: a name that
 * starts with the query, or any word of a name within a typo or two of a query word
 * ("expulsoin" → "Expulsion", "barcena" → nothing, "clotur" → "Cloture").
 */
export function closestNames<T extends SuggestionSource>(query: string, sources: T[], limit = 3): T[] {
	const q = fold(query)
		.replace(/[^\p{L}\p{N}$ ]+/gu, ' ')
		.trim();
	if (q.length < 3) return [];
	const qWords = q.split(/\s+/).filter((w) => w.length >= 3);
	const scored: { source: T; score: number }[] = [];
	for (const source of sources) {
		let best = Infinity;
		for (const name of [source.label, ...(source.aliases ?? [])]) {
			const n = fold(name);
			if (n.startsWith(q) || (q.length >= 4 && n.includes(q))) best = Math.min(best, 0);
			for (const word of n.split(/[^\p{L}\p{N}$]+/u)) {
				if (word.length < 3) continue;
				for (const qw of qWords) {
					const allowed = qw.length >= 8 ? 2 : qw.length >= 4 ? 1 : 0;
					const d = editDistance(qw, word, allowed);
					if (d <= allowed) best = Math.min(best, d + 0.5);
				}
			}
		}
		if (best < Infinity) scored.push({ source, score: best });
	}
	return scored
		.sort((a, b) => a.score - b.score || a.source.label.localeCompare(b.source.label))
		.slice(0, limit)
		.map((s) => s.source);
}
