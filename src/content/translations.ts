/**
 * Glossary terms, timeline events and the words of sources (titles, notes) in a
 * language. English comes from content/glossary, content/events and content/sources;
 * other languages lay their translation (content/translations/<lang>/…) over the
 * English entry, which keeps everything that is not words (sources, dates, topics).
 * A missing translation or one for an id that does not exist stops the build, naming
 * the file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { englishSourceWords, translatedSourceWords, type EnglishSource, type SourceWords } from './source-words';

type Translation = CollectionEntry<'translations'>['data'];
type Of<K extends Translation['kind']> = Extract<Translation, { kind: K }>;

export interface LocalTerm {
	id: string;
	term: string;
	short: string;
	long: string;
	aliases: string[];
	/** Source ids, as in the English entry. */
	sources: string[];
	/** File the words came from (for error messages). */
	file: string;
}

export interface LocalEvent {
	id: string;
	date: Date;
	topic: CollectionEntry<'events'>['data']['topic'];
	title: string;
	summary: string;
	section?: string;
	/** The English event's section (the same as `section` in English); a translation must name one when this is set. */
	englishSection?: string;
	sources: string[];
	/** The English events file (content/events/<explainer>.yaml): it names the explainer. */
	file: string;
	/** File the words came from. */
	wordsFile: string;
}

async function translationsOf<K extends Translation['kind']>(lang: Lang, kind: K): Promise<Map<string, { data: Of<K>; file: string }>> {
	const all = await getCollection('translations', (t) => t.data.lang === lang && t.data.kind === kind);
	return new Map(all.map((t) => [t.data.key, { data: t.data as Of<K>, file: t.filePath ?? `content/translations/${lang}` }]));
}

/** Throws one error listing translations of unknown ids and untranslated ids. */
function checkCoverage(kind: string, lang: Lang, englishIds: string[], translated: Map<string, { file: string }>, englishFolder: string): void {
	const known = new Set(englishIds);
	const problems = [
		...[...translated].filter(([key]) => !known.has(key)).map(([key, t]) => `${t.file}: "${key}": no ${kind} with this id in ${englishFolder}; expected one of the English ids`),
		...englishIds.filter((id) => !translated.has(id)).map((id) => `content/translations/${lang}/${kind}-*.yaml: "${id}" (from ${englishFolder}) has no ${lang} translation; add it to the file for its explainer`),
	];
	if (problems.length) throw new Error(problems.join('\n'));
}

export async function glossaryTerms(lang: Lang = DEFAULT_LANG): Promise<LocalTerm[]> {
	const english = await getCollection('glossary');
	const base = english.map((e) => ({ id: e.id, ...e.data, sources: e.data.sources.map((s) => s.id), file: e.filePath ?? `content/glossary/${e.id}.yaml` }));
	if (lang === DEFAULT_LANG) return base;
	const words = await translationsOf(lang, 'glossary');
	checkCoverage('glossary', lang, base.map((t) => t.id), words, 'content/glossary/');
	return base.map((t) => {
		const w = words.get(t.id)!;
		return { ...t, term: w.data.term, short: w.data.short, long: w.data.long, aliases: w.data.aliases, file: w.file };
	});
}

export async function glossaryTerm(lang: Lang, id: string): Promise<LocalTerm | undefined> {
	return (await glossaryTerms(lang)).find((t) => t.id === id);
}

export async function timelineEvents(lang: Lang = DEFAULT_LANG): Promise<LocalEvent[]> {
	const english = await getCollection('events');
	const base: LocalEvent[] = english.map((e) => {
		const file = e.filePath ?? 'content/events';
		return { id: e.id, date: e.data.date, topic: e.data.topic, title: e.data.title, summary: e.data.summary, section: e.data.section, englishSection: e.data.section, sources: e.data.sources.map((s) => s.id), file, wordsFile: file };
	});
	if (lang === DEFAULT_LANG) return base;
	const words = await translationsOf(lang, 'events');
	checkCoverage('events', lang, base.map((e) => e.id), words, 'content/events/');
	return base.map((e) => {
		const w = words.get(e.id)!;
		return { ...e, title: w.data.title, summary: w.data.summary, section: w.data.section, wordsFile: w.file };
	});
}

/**
 * Title and note of every source in a language (src/content/source-words.ts): publishers'
 * titles stay as published; titles that are our descriptions (`titleIsDescription`)
 * and notes come from the translation, and a missing or misplaced one stops the build.
 */
export async function sourceWords(lang: Lang = DEFAULT_LANG): Promise<Map<string, SourceWords>> {
	const english: EnglishSource[] = (await getCollection('sources')).map((s) => ({
		id: s.id,
		title: s.data.title,
		lang: s.data.lang,
		titleIsDescription: s.data.titleIsDescription,
		note: s.data.note,
		file: s.filePath ?? 'content/sources',
	}));
	if (lang === DEFAULT_LANG) return new Map(english.map((s) => [s.id, englishSourceWords(s)]));
	const translated = await translationsOf(lang, 'source-notes');
	const { words, problems } = translatedSourceWords(lang, english, new Map([...translated].map(([key, t]) => [key, { title: t.data.title, note: t.data.note, file: t.file }])));
	if (problems.length) throw new Error(problems.join('\n'));
	return words;
}
