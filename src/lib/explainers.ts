/**
 * Loading explainers for pages: published ones in reading order, and the checks
 * that need the MDX body (citations) before the page renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationOrder, citationProblems } from './citations';

export type Explainer = CollectionEntry<'explainers'>;

/** The order explainers are listed in: the story's own chronology. */
const ORDER = ['title-42', 'border-funding-package', 'mexico-delegation'];

export async function publishedExplainers(lang = 'en'): Promise<Explainer[]> {
	const all = await getCollection('explainers', (e) => e.data.lang === lang && (import.meta.env.DEV || !e.data.draft));
	const rank = (e: Explainer) => (ORDER.includes(e.id) ? ORDER.indexOf(e.id) : ORDER.length);
	return all.sort((a, b) => rank(a) - rank(b) || a.data.title.localeCompare(b.data.title));
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
