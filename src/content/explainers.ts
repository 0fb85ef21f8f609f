/**
 * Loading explainers for pages: published ones in reading order, and the checks
 * that need the MDX body (citations) before the page renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationOrder, citationProblems } from './citations';
import { DEFAULT_LANG, splitEntryId, type Lang } from '../i18n/lang';

export type Explainer = CollectionEntry<'explainers'>;

/** The slug an explainer is published under, the same in every language: "es/title-42" → "title-42". */
export function slugOf(entry: Explainer): string {
	return splitEntryId(entry.id).slug;
}

/** The language of an explainer, from its folder; `lang` in the frontmatter must agree. */
export function langOf(entry: Explainer): Lang {
	const { lang } = splitEntryId(entry.id);
	if (entry.data.lang !== lang) {
		throw new Error(`${explainerFile(entry)}: field "lang": "${entry.data.lang}" does not match the folder, which holds ${lang === DEFAULT_LANG ? 'English' : `"${lang}"`} explainers; expected lang: ${lang}`);
	}
	return lang;
}

export async function publishedExplainers(lang: Lang = DEFAULT_LANG): Promise<Explainer[]> {
	const all = await getCollection('explainers', (e) => langOf(e) === lang && (import.meta.env.DEV || !e.data.draft));
	// The frontmatter's `order` (the story's own chronology); explainers without one follow.
	const rank = (e: Explainer) => e.data.order ?? Number.MAX_SAFE_INTEGER;
	return all.sort((a, b) => rank(a) - rank(b) || a.data.title.localeCompare(b.data.title));
}

/** The same explainer in another language, if it is published there. */
export async function counterpartOf(entry: Explainer, lang: Lang): Promise<Explainer | undefined> {
	return (await publishedExplainers(lang)).find((e) => slugOf(e) === slugOf(entry));
}

export function explainerFile(entry: Explainer): string {
	return entry.filePath ?? `content/explainers/${entry.id}/index.mdx`;
}

/** Citation numbers for an explainer; throws one error listing every problem. */
export async function explainerCitations(entry: Explainer): Promise<Map<string, number>> {
	const file = explainerFile(entry);
	const cited = citationOrder(entry.body ?? '');
	const known = new Set((await getCollection('sources')).map((s) => s.id));
	const listed = entry.data.sources.map((s) => s.id);
	const problems = citationProblems(file, cited, listed, known);
	if (problems.length) throw new Error(problems.join('\n'));
	return new Map(cited.map((id, i) => [id, i + 1]));
}
