/**
 * Checks on the dated events that need more than one file at a time, so the schema
 * cannot make them: every `section` must be a heading of the explainer the events
 * file belongs to, and no event may be written twice (same date and title). The
 * same checks run on each language: English events (content/events/<slug>.yaml)
 * against the English explainers, and translated events
 * (content/translations/<lang>/events-<slug>.yaml) against the explainers in that
 * language, whose headings (and so anchors) are translated too.
 * Pure: the timeline page gathers headings and hands them in.
 */
import { DEFAULT_LANG, inLang, type Lang } from '../i18n/lang';

export interface EventForCheck {
	id: string;
	/**
	 * The YAML file the checked words came from: "content/events/title-42.yaml", or
	 * for a translation "content/translations/es/events-title-42.yaml".
	 */
	file: string;
	date: Date;
	title: string;
	section?: string | undefined;
	/** A translation: the English events file, which names the explainer the event belongs to. */
	englishFile?: string;
	/** A translation: the English event links to a section, so this one must too. */
	requiresSection?: boolean;
}

/**
 * Heading anchors per explainer slug. `null`: the explainer exists but is not built
 * (a draft), so its sections cannot be linked or checked. No key: no such explainer.
 */
export type AnchorsBySlug = Map<string, string[] | null>;

/**
 * The explainer an events file covers: content/events/<slug>.yaml, or its translation
 * content/translations/<lang>/events-<slug>.yaml.
 */
export function explainerOfEventsFile(file: string): string {
	const name = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
	return /(^|\/)translations\/[^/]+\/[^/]+$/.test(file) ? name.replace(/^events-/, '') : name;
}

/** Where the explainer <slug> in a language lives: "content/explainers/es/title-42/index.mdx". */
function explainerSource(slug: string, lang: Lang): string {
	return `content/explainers/${inLang(lang, slug)}/index.mdx`;
}

/** Titles that differ only in case, spacing or punctuation are the same title. */
export function normalTitle(title: string): string {
	return title
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * One message per problem, each naming the file, the event id and the field.
 * `anchors` holds the explainers of `lang`: for Spanish events, the Spanish headings.
 */
export function eventProblems(events: EventForCheck[], anchors: AnchorsBySlug, lang: Lang = DEFAULT_LANG): string[] {
	const problems: string[] = [];
	const seen = new Map<string, EventForCheck>();
	for (const e of events) {
		const slug = explainerOfEventsFile(e.englishFile ?? e.file);
		const where = `${e.file}: event "${e.id}"`;
		if (e.englishFile && explainerOfEventsFile(e.file) !== slug) {
			problems.push(`${where}: translated in the file for the explainer "${explainerOfEventsFile(e.file)}", but the event is in ${e.englishFile}; move it to ${e.file.replace(/[^/]*$/, `events-${slug}.yaml`)}`);
		}
		const known = anchors.get(slug);
		if (!anchors.has(slug)) {
			problems.push(`${where}: no explainer "${slug}" for this events file; expected ${explainerSource(slug, lang)}`);
		} else if (e.section) {
			if (known && !known.includes(e.section)) {
				problems.push(`${where}: field "section": "#${e.section}" is not a heading of the explainer "${slug}" (${explainerSource(slug, lang)}); expected one of ${known.join(', ')}`);
			}
		} else if (e.requiresSection && known) {
			problems.push(`${where}: field "section" is missing: the English event links to a section, so this one must name the heading of ${explainerSource(slug, lang)} that covers it; one of ${known.join(', ')}`);
		}
		const key = `${e.date.toISOString().slice(0, 10)} ${normalTitle(e.title)}`;
		const twin = seen.get(key);
		if (twin) {
			problems.push(`${where}: fields "date" and "title": the same event as "${twin.id}" in ${twin.file} (${key.slice(0, 10)}, "${e.title}"); write each event once and list all its sources there`);
		} else seen.set(key, e);
	}
	return problems;
}
