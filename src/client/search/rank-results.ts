/**
 * Puts Pagefind's results in the order a reader means (src/client/search/rank.ts): the first
 * POOL results are loaded (one small fragment each, as the first page of results needs them
 * anyway), ranked, and for a phrase given excerpts and section links that show the phrase.
 * The rest follow in Pagefind's order and load when shown.
 */
import type { Lang } from '../../i18n/lang';
import { namesTerm, phraseExcerpt, phraseStarts, rankResults, wordsOf, type PageKind, type ParsedQuery } from './rank';
import { stemForHighlight } from './text';
import type { PagefindResult, PagefindResultData, PagefindSubResult } from './pagefind-client';

/** How many of Pagefind's first results are ranked again. */
const POOL = 6;

export interface Found {
	data(): Promise<PagefindResultData>;
}

export interface Definition {
	term: string;
	short: string;
	url: string;
}

export interface RankedResults {
	results: Found[];
	/** Every word of the query is in the pages found (not only words that look like it). */
	exact: boolean;
	/** The glossary entry the query names, to show its short definition above the results. */
	definition?: Definition;
}

const KINDS = new Set<PageKind>(['explainer', 'glossary', 'timeline']);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const asExcerpt = (parts: { text: string; marked: boolean }[]) => parts.map((p) => (p.marked ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');

/** For a phrase: the excerpt around its first occurrence, and the sections that hold it first. */
function markPhrase(data: PagefindResultData, query: ParsedQuery, lang: Lang): PagefindResultData {
	const content = data.content ?? '';
	const starts = phraseStarts(content, query.phrases);
	if (!starts.length) return data;
	const first = starts[0]!;
	const subs = data.sub_results.map((sub) => {
		const at = starts.find((s) => sub.locations?.includes(s.start));
		return at ? { ...sub, excerpt: asExcerpt(phraseExcerpt(content, at.start, at.length)), phrase: true } : { ...sub, phrase: false };
	});
	const stems = query.words.filter((w) => w.length >= 3).map((w) => stemForHighlight(w, lang));
	subs.sort((a, b) => Number(b.phrase) - Number(a.phrase) || sectionWeight(b, stems) - sectionWeight(a, stems));
	return { ...data, excerpt: asExcerpt(phraseExcerpt(content, first.start, first.length)), sub_results: subs };
}

/**
 * Section links in the order a reader wants them (Pagefind lists them in page order): a section
 * whose heading holds the query's words first, then the most matches; the key takeaways, which
 * sum up every section, count half.
 */
function sectionWeight(sub: PagefindSubResult, stems: string[]): number {
	const heading = wordsOf(sub.title);
	const inHeading = stems.filter((s) => heading.some((w) => w.startsWith(s))).length;
	const count = sub.locations?.length ?? 0;
	return inHeading * 100 + (sub.url.endsWith('#takeaways') ? count / 2 : count);
}

function bySection(data: PagefindResultData, query: ParsedQuery, lang: Lang): PagefindResultData {
	const stems = query.words.filter((w) => w.length >= 3).map((w) => stemForHighlight(w, lang));
	const subs = [...data.sub_results].sort((a, b) => sectionWeight(b, stems) - sectionWeight(a, stems));
	return { ...data, sub_results: subs };
}

export async function rankAndMark(found: PagefindResult[], query: ParsedQuery, lang: Lang): Promise<RankedResults> {
	if (!found.length) return { results: [], exact: false };
	const pool = found.slice(0, POOL);
	const data = await Promise.all(pool.map((r) => r.data()));
	const items = data.map((d, i) => ({
		data: d,
		url: d.url,
		kind: (KINDS.has(d.meta.kind as PageKind) ? d.meta.kind : 'page') as PageKind,
		title: d.meta.title ?? '',
		aliases: (d.meta.aliases ?? '').split(' | ').filter(Boolean),
		score: pool[i]!.score,
		content: d.content ?? '',
	}));
	// Exact: each word of the query starts a word of some page found (its text or metadata).
	const seen = new Set(items.flatMap((i) => wordsOf(`${i.content} ${Object.values(i.data.meta).join(' ')}`)));
	const exact = query.words
		.filter((w) => w.length >= 3 && /\p{L}/u.test(w))
		.every((w) => {
			const stem = stemForHighlight(w, lang);
			for (const s of seen) if (s.startsWith(stem)) return true;
			return false;
		});
	const ranked = rankResults(items, query, lang);
	const named = items.find((i) => i.kind === 'glossary' && i.data.meta.short && namesTerm(i, query.term ?? query.search));
	const definition = named && query.mode !== 'definition' ? { term: named.title, short: named.data.meta.short!, url: named.url } : undefined;
	const results: Found[] = [
		...ranked.map((r) => {
			const d = query.mode === 'phrase' && r.phrase ? markPhrase(r.item.data, query, lang) : bySection(r.item.data, query, lang);
			return { data: () => Promise.resolve(d) };
		}),
		...found.slice(POOL),
	];
	return { results, exact, definition };
}
