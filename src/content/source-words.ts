/**
 * The words of a source in a language: its title and its note.
 *
 * A title is either the publisher's own, which stays as published (in its own language,
 * marked with `lang`) in every edition, or a description we wrote because the headline
 * was not recorded (`titleIsDescription: true` in content/sources/*.yaml). A description
 * is our words, so each edition shows it in its own language: other languages take it
 * from field `title` of content/translations/<lang>/source-notes-*.yaml, and must not
 * give a `title` for a publisher's title. Notes are translated the same way.
 *
 * Pure (no astro:* imports): src/content/translations.ts feeds it the collections, and unit
 * tests feed it small lists.
 */
import type { Lang } from '../i18n/lang';

/** An English source registry entry (content/sources/*.yaml), as far as words go. */
export interface EnglishSource {
	id: string;
	title: string;
	/** Language of the title as published. */
	lang: Lang;
	titleIsDescription: boolean;
	note?: string;
	/** The registry file, for messages. */
	file: string;
}

/** One entry of content/translations/<lang>/source-notes-*.yaml. */
export interface SourceTranslation {
	title?: string;
	note?: string;
	file: string;
}

export interface SourceWords {
	/** The title to show: the publisher's as published, or our description in the page's language. */
	title: string;
	/** Language of `title`. */
	titleLang: Lang;
	/** The title is our description of the source, not the publisher's title (set it upright, not as a cited title). */
	described: boolean;
	note?: string;
}

/** Words as the English registry gives them. */
export function englishSourceWords(s: EnglishSource): SourceWords {
	return { title: s.title, titleLang: s.lang, described: s.titleIsDescription, ...(s.note ? { note: s.note } : {}) };
}

/**
 * The words of every source in `lang` (not English), and one message per problem, each
 * naming the file, the source id and the field: a translation for an unknown id, a
 * missing note or description, a note the English does not have, or a translated title
 * for a title that is the publisher's own.
 */
export function translatedSourceWords(lang: Lang, english: EnglishSource[], translated: Map<string, SourceTranslation>): { words: Map<string, SourceWords>; problems: string[] } {
	const folder = `content/translations/${lang}`;
	const known = new Set(english.map((s) => s.id));
	const problems = [...translated]
		.filter(([id]) => !known.has(id))
		.map(([id, t]) => `${t.file}: "${id}": no source with this id in content/sources/; expected the id of an English source with a note or a described title`);
	const words = new Map<string, SourceWords>();
	for (const s of english) {
		const t = translated.get(s.id);
		const file = t?.file ?? `${folder}/source-notes-*.yaml`;
		if (!t) {
			if (s.note || s.titleIsDescription) {
				const needs = [s.titleIsDescription && '"title" (the source\'s title is our description)', s.note && '"note"'].filter(Boolean).join(' and ');
				problems.push(`${file}: "${s.id}" (from ${s.file}) has no ${lang} translation; add it with field ${needs} to the file for its explainer`);
			}
			words.set(s.id, englishSourceWords(s));
			continue;
		}
		if (s.note && !t.note) problems.push(`${t.file}: "${s.id}": field "note" is missing; the English source in ${s.file} has a note`);
		if (!s.note && t.note) problems.push(`${t.file}: "${s.id}": field "note": the English source in ${s.file} has no note to translate; remove it`);
		if (s.titleIsDescription && !t.title) {
			problems.push(`${t.file}: "${s.id}": field "title" is missing; ${s.file} marks the title "${s.title}" as our description (titleIsDescription: true), so it needs its ${lang} wording`);
		}
		if (!s.titleIsDescription && t.title) {
			problems.push(
				`${t.file}: "${s.id}": field "title": "${s.title}" (${s.file}) is the publisher's own title, which stays as published in every language; remove the translated title, or set titleIsDescription: true in ${s.file} if the title is a description we wrote`,
			);
		}
		const described = s.titleIsDescription && !!t.title;
		words.set(s.id, {
			title: described ? t.title! : s.title,
			titleLang: described ? lang : s.lang,
			described: s.titleIsDescription,
			...(t.note ? { note: t.note } : {}),
		});
	}
	return { words, problems };
}
