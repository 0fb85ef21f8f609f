/**
 * Checks on the dated events in content/events/*.yaml that need more than one file
 * at a time, so the schema cannot make them: every `section` must be a heading of the
 * explainer the events file belongs to, and no event may be written twice (same date
 * and title). Pure: the timeline page gathers headings and hands them in.
 */
export interface EventForCheck {
	id: string;
	/** The YAML file the event came from, e.g. "content/events/title-42.yaml". */
	file: string;
	date: Date;
	title: string;
	section?: string | undefined;
}

/**
 * Heading anchors per explainer slug. `null`: the explainer exists but is not built
 * (a draft), so its sections cannot be linked or checked. No key: no such explainer.
 */
export type AnchorsBySlug = Map<string, string[] | null>;

/** content/events/<slug>.yaml holds the events the explainer <slug> covers. */
export function explainerOfEventsFile(file: string): string {
	return file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

/** Titles that differ only in case, spacing or punctuation are the same title. */
export function normalTitle(title: string): string {
	return title
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** One message per problem, each naming the file, the event id and the field. */
export function eventProblems(events: EventForCheck[], anchors: AnchorsBySlug): string[] {
	const problems: string[] = [];
	const seen = new Map<string, EventForCheck>();
	for (const e of events) {
		const slug = explainerOfEventsFile(e.file);
		const where = `${e.file}: event "${e.id}"`;
		if (!anchors.has(slug)) {
			problems.push(`${where}: no explainer "${slug}" for this events file; expected content/explainers/${slug}/index.mdx`);
		} else if (e.section) {
			const known = anchors.get(slug);
			if (known && !known.includes(e.section)) {
				problems.push(`${where}: field "section": "#${e.section}" is not a heading of the explainer "${slug}"; expected one of ${known.join(', ')}`);
			}
		}
		const key = `${e.date.toISOString().slice(0, 10)} ${normalTitle(e.title)}`;
		const twin = seen.get(key);
		if (twin) {
			problems.push(`${where}: fields "date" and "title": the same event as "${twin.id}" in ${twin.file} (${key.slice(0, 10)}, "${e.title}"); write each event once and list all its sources there`);
		} else seen.set(key, e);
	}
	return problems;
}
