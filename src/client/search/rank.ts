/**
 * What a query means, and the order of the results Pagefind found for it, as pure functions
 * (no DOM), so the browser and the tests agree. Pagefind ranks words (BM25 over the page and its
 * metadata); on top of that, for the first results only, this file:
 * - prefers explainers to the glossary and the timeline for a topic ("CBP One", "Sherwood-Randall"),
 *   and the glossary entry for a definition ("what is cloture", "qué es cloture");
 * - treats text in double quotes as a phrase: pages and sections with the exact words in that
 *   order come first, and the excerpt shows the phrase;
 * - prefers pages where the words of an unquoted query stand near each other.
 * Pagefind has no phrase search, so a phrase is searched as its words and checked here, in the
 * page text that Pagefind's result data carries (data().content, word positions per section).
 */
import type { Lang } from '../../i18n/lang';
import { fold, stemForHighlight } from './text';

export type SearchMode = 'words' | 'phrase' | 'definition';

export interface ParsedQuery {
	mode: SearchMode;
	/** What Pagefind is asked for: the query without quotes or a definition's "what is". */
	search: string;
	/** Folded phrases (from "…" or “…”), each a list of words. */
	phrases: string[][];
	/** Folded words of `search`, punctuation trimmed. */
	words: string[];
	/** For a definition: the term asked about, as typed. */
	term?: string;
}

/** "what is X", "define X", "qué es X"… Each pattern's last group is the term. */
const DEFINITION: Record<Lang, RegExp[]> = {
	en: [
		/^(?:what|who)\s*(?:is|are|was|were|'s|’s)\s+(?:an?\s+|the\s+)?(.+?)\??$/i,
		/^what\s+does\s+(.+?)\s+mean\??$/i,
		/^(?:define|definition\s+of|meaning\s+of|defining)\s+(?:an?\s+|the\s+)?(.+)$/i,
		/^(.+?)\s+(?:definition|meaning)$/i,
	],
	es: [
		/^¿?\s*(?:qu[eé]|qui[eé]n)\s+(?:es|son|era|fue)\s+(?:el\s+|la\s+|los\s+|las\s+|un\s+|una\s+)?(.+?)\??$/i,
		/^¿?\s*qu[eé]\s+significa\s+(.+?)\??$/i,
		/^(?:definici[oó]n|significado)\s+de\s+(?:el\s+|la\s+|los\s+|las\s+)?(.+)$/i,
		/^(?:definir|define)\s+(.+)$/i,
	],
};

/** Splits folded text into words with punctuation trimmed at both ends ("“cloture,”" → "cloture"). */
export function wordsOf(text: string): string[] {
	return fold(text)
		.split(/[^\S\uFEFF]+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}]+$/gu, ''));
}

export function parseQuery(raw: string, lang: Lang): ParsedQuery {
	const query = raw.trim();
	const phrases: string[][] = [];
	// Straight or typographic double quotes; an unclosed quote runs to the end.
	const quoted = /["“”„«]([^"“”„«»]*)(?:["“”»]|$)/g;
	for (const m of query.matchAll(quoted)) {
		const words = wordsOf(m[1]!).filter(Boolean);
		if (words.length > 1) phrases.push(words);
	}
	const unquoted = query
		.replace(/["“”„«»]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (phrases.length) return { mode: 'phrase', search: unquoted, phrases, words: wordsOf(unquoted).filter(Boolean) };
	for (const pattern of DEFINITION[lang]) {
		const term = pattern.exec(unquoted)?.[1]?.trim();
		if (term && term.length >= 2) return { mode: 'definition', search: term, phrases, words: wordsOf(term).filter(Boolean), term };
	}
	return { mode: 'words', search: unquoted, phrases, words: wordsOf(unquoted).filter(Boolean) };
}

/** The kind of page a result is (from its `kind` metadata, written by the layouts). */
export type PageKind = 'explainer' | 'glossary' | 'timeline' | 'page';

export interface RankInput {
	url: string;
	kind: PageKind;
	/** The page's title (for a glossary entry, the term). */
	title: string;
	/** Other names of a glossary term. */
	aliases: string[];
	/** Pagefind's score. */
	score: number;
	/** The indexed text of the page (Pagefind's data().content). */
	content: string;
}

/** How much each kind of page is preferred for a topic (on Pagefind's score, scaled to 0–1). */
const KIND_PRIOR: Record<PageKind, number> = { explainer: 0.6, glossary: 0, timeline: -0.1, page: -0.4 };

/** Word positions where a phrase starts in a list of folded words. */
export function phrasePositions(words: string[], phrase: string[]): number[] {
	const found: number[] = [];
	outer: for (let i = 0; i + phrase.length <= words.length; i++) {
		for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
		found.push(i);
	}
	return found;
}

/**
 * The fewest words that hold every query word (each matched as a word start, stemmed as for
 * highlighting), or Infinity when some word is missing.
 */
export function smallestWindow(words: string[], query: string[], lang: Lang): number {
	const stems = [...new Set(query.map((w) => stemForHighlight(w, lang)).filter((w) => w.length > 0))];
	if (stems.length < 2) return stems.length ? 1 : Infinity;
	const last = new Array<number>(stems.length).fill(-1);
	let best = Infinity;
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		let hit = false;
		stems.forEach((s, k) => {
			if (w.startsWith(s)) {
				last[k] = i;
				hit = true;
			}
		});
		if (!hit || last.includes(-1)) continue;
		best = Math.min(best, i - Math.min(...last) + 1);
	}
	return best;
}

/** True when a glossary entry is the term asked about ("cbp one" matches "CBP One", or one of its aliases). */
export function namesTerm(entry: Pick<RankInput, 'title' | 'aliases'>, term: string): boolean {
	const t = wordsOf(term).filter(Boolean).join(' ');
	if (!t) return false;
	return [entry.title, ...entry.aliases].some((name) => {
		const n = wordsOf(name.replace(/\s*\([^)]*\)\s*/g, ' '))
			.filter(Boolean)
			.join(' ');
		const full = wordsOf(name).filter(Boolean).join(' ');
		return n === t || full === t || n.startsWith(`${t} `) || full.includes(`(${t})`) || wordsOf(name).filter(Boolean).includes(t);
	});
}

export interface Ranked<T> {
	item: T;
	/** For a phrase query: whether the page holds the phrase. */
	phrase?: boolean;
	rank: number;
}

/**
 * Orders results: Pagefind's score (scaled so the best is 1), plus a preference by kind of page,
 * plus a lift for the phrase, for nearby words, and for the glossary entry a definition asks about.
 */
export function rankResults<T extends RankInput>(items: T[], query: ParsedQuery, lang: Lang): Ranked<T>[] {
	const top = Math.max(...items.map((i) => i.score), 1e-9);
	const ranked = items.map((item, index) => {
		const words = wordsOf(item.content);
		let rank = item.score / top;
		let phrase: boolean | undefined;
		if (query.mode === 'definition') {
			if (item.kind === 'glossary') rank += namesTerm(item, query.term ?? query.search) ? 4 : 0.3;
			else rank += KIND_PRIOR[item.kind] / 2;
		} else {
			rank += KIND_PRIOR[item.kind];
			// The glossary entry a query names shows its definition above the results, so the
			// explainer that tells the story can come first without hiding the definition.
			if (item.kind === 'glossary' && namesTerm(item, query.search)) rank -= 0.4;
		}
		if (query.mode === 'phrase') {
			phrase = query.phrases.every((p) => phrasePositions(words, p).length > 0);
			if (phrase) rank += 4;
		} else if (query.words.length > 1) {
			const span = smallestWindow(words, query.words, lang);
			if (span <= query.words.length + 2) rank += 0.5;
			else if (span <= 12) rank += 0.25;
		}
		// A stable order for equal ranks: Pagefind's own.
		return { item, phrase, rank: rank - index * 1e-6 };
	});
	return ranked.sort((a, b) => b.rank - a.rank);
}

/**
 * For a phrase: the word positions in a page where each phrase starts (all phrases), so the
 * caller can pick the sections that hold it and build an excerpt around it.
 */
export function phraseStarts(content: string, phrases: string[][]): { start: number; length: number }[] {
	const words = wordsOf(content);
	return phrases.flatMap((p) => phrasePositions(words, p).map((start) => ({ start, length: p.length })));
}

/**
 * An excerpt of `length` words around a phrase at word `start` of `content`, as parts to show,
 * the phrase marked. Content words are split as Pagefind splits them.
 */
export function phraseExcerpt(content: string, start: number, phraseLength: number, length = 24): { text: string; marked: boolean }[] {
	const words = content.split(/[^\S\uFEFF]+/);
	const from = Math.max(0, start - Math.floor((length - phraseLength) / 2));
	const to = Math.min(words.length, from + length);
	const before = words.slice(from, start).join(' ');
	const phrase = words.slice(start, start + phraseLength).join(' ');
	const after = words.slice(start + phraseLength, to).join(' ');
	const parts = [
		{ text: `${from > 0 ? '…' : ''}${before}${before ? ' ' : ''}`, marked: false },
		{ text: phrase, marked: true },
		{ text: `${after ? ' ' : ''}${after}${to < words.length ? '…' : ''}`, marked: false },
	];
	return parts.filter((p) => p.text);
}
