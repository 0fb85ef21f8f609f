/**
 * The Spanish edition must not fall behind the English one. Each failure names the
 * file, the entry and what differs:
 * 1. every English explainer has a Spanish one with the same sources, citations,
 *    graphic steps, charts, number of sections, topics and glossary terms;
 * 2. every glossary term, timeline event and source note has exactly one Spanish
 *    entry in content/translations/es/, and no Spanish entry names an unknown id;
 *    a source title that is our description has its Spanish wording, and a
 *    publisher's own title has none (it stays as published);
 * 3. every word of the site chrome (site.ts, chart-ui.ts, topics.ts) is in Spanish;
 * 4. each translation cites the same numbers and dates as its English original;
 * 5. the extractor behind 4 reads both number styles (tested on small strings).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHART_UI, SHARE_WORDS } from '../../src/i18n/figure-words';
import { SEARCH_UI, SITE, UI } from '../../src/i18n/site';
import { PAGE_TYPES, TOPIC_LABELS } from '../../src/i18n/topics';
import {
	compareFigures,
	compareOutlines,
	explainerOutline,
	extractFigures,
	multisetMinus,
	blocksOf,
	proseOf,
	placeOfFigure,
	spanishNumberStyle,
	splitMdx,
	type Figures,
} from '../helpers/translation-check';
import { translatedSourceWords, type EnglishSource } from '../../src/content/source-words';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(ROOT + path, 'utf8');
const yamlFiles = (dir: string) =>
	existsSync(ROOT + dir)
		? readdirSync(ROOT + dir)
				.filter((f) => /\.ya?ml$/.test(f))
				.sort()
		: [];
const TRANSLATIONS = 'content/translations/es';

// ---------------------------------------------------------------------------------
// Content, read once

const englishSlugs = readdirSync(ROOT + 'content/explainers', { withFileTypes: true })
	.filter((d) => d.isDirectory() && d.name !== 'es' && existsSync(`${ROOT}content/explainers/${d.name}/index.mdx`))
	.map((d) => d.name)
	.sort();
const spanishSlugs = readdirSync(ROOT + 'content/explainers/es', { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name)
	.sort();

interface Glossary {
	id: string;
	file: string;
	term: string;
	short: string;
	long: string;
}
const glossary: Glossary[] = yamlFiles('content/glossary').map((f) => {
	const data = parse(read(`content/glossary/${f}`)) as Omit<Glossary, 'id' | 'file'>;
	return { ...data, id: f.replace(/\.ya?ml$/, ''), file: `content/glossary/${f}` };
});

interface Event {
	id: string;
	file: string;
	explainer: string;
	title: string;
	summary: string;
	section?: string;
}
const events: Event[] = yamlFiles('content/events').flatMap((f) =>
	(parse(read(`content/events/${f}`)) as Omit<Event, 'file' | 'explainer'>[]).map((e) => ({ ...e, file: `content/events/${f}`, explainer: f.replace(/\.ya?ml$/, '') })),
);

interface Source {
	id: string;
	file: string;
	title: string;
	/** The title is our description (the headline was not recorded), not the publisher's. */
	titleIsDescription?: boolean;
	note?: string;
}
const sources: Source[] = yamlFiles('content/sources').flatMap((f) => (parse(read(`content/sources/${f}`)) as Omit<Source, 'file'>[]).map((s) => ({ ...s, file: `content/sources/${f}` })));
/** Sources with words to translate: a note, or a title that is our description. */
const sourceNotes = sources.filter((s) => s.note || s.titleIsDescription);
/** A Spanish source-notes entry: `id: "note"` or `id: { title, note }`. */
const sourceEntry = (value: unknown): { title?: unknown; note?: unknown } =>
	typeof value === 'string' ? { note: value } : value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { note: value };

type Kind = 'glossary' | 'events' | 'source-notes';
interface SpanishEntry {
	kind: Kind;
	id: string;
	file: string;
	value: unknown;
}
/** Every entry of content/translations/es/*.yaml, and problems with the files themselves. */
function spanishEntries(): { entries: SpanishEntry[]; problems: string[] } {
	const entries: SpanishEntry[] = [];
	const problems: string[] = [];
	for (const f of yamlFiles(TRANSLATIONS)) {
		const file = `${TRANSLATIONS}/${f}`;
		const kind = (['glossary', 'events', 'source-notes'] as const).find((k) => f.startsWith(`${k}-`));
		if (!kind) {
			problems.push(`${file}: file name must start with "glossary-", "events-" or "source-notes-"`);
			continue;
		}
		const doc: unknown = parse(read(file));
		if (doc == null) continue;
		if (typeof doc !== 'object' || Array.isArray(doc)) {
			problems.push(`${file}: expected a mapping from English ids to translations`);
			continue;
		}
		for (const [id, value] of Object.entries(doc)) entries.push({ kind, id, file, value });
	}
	return { entries, problems };
}
const spanish = spanishEntries();
const spanishOf = (kind: Kind) => new Map(spanish.entries.filter((e) => e.kind === kind).map((e) => [e.id, e]));

/** Title, dek, each takeaway and each paragraph of the body, as the reader sees them. */
const explainerBlocks = (source: string, file: string) => {
	const { frontmatter, body } = splitMdx(source);
	const takeaways = Array.isArray(frontmatter.takeaways) ? frontmatter.takeaways.map(String) : [];
	return [...[frontmatter.title, frontmatter.dek, ...takeaways].map(String), ...blocksOf(proseOf(body, file))];
};

// ---------------------------------------------------------------------------------
// 1. Explainer outlines

describe('Spanish explainers keep the English outline', () => {
	it('has one Spanish explainer per English explainer, under the same slug', () => {
		const problems = [
			...englishSlugs.filter((s) => !spanishSlugs.includes(s)).map((s) => `content/explainers/es/${s}/index.mdx is missing (translation of content/explainers/${s}/index.mdx)`),
			...spanishSlugs
				.filter((s) => !englishSlugs.includes(s))
				.map((s) => `content/explainers/es/${s}/: no English explainer content/explainers/${s}/index.mdx; Spanish explainers use the English slug`),
		];
		expect(problems).toEqual([]);
	});

	it.each(englishSlugs.filter((s) => spanishSlugs.includes(s)))('content/explainers/es/%s/index.mdx matches its English original', (slug) => {
		const esFile = `content/explainers/es/${slug}/index.mdx`;
		const enFile = `content/explainers/${slug}/index.mdx`;
		const problems = compareOutlines(explainerOutline(read(enFile), enFile), explainerOutline(read(esFile), esFile)).map((p) => `${esFile}: ${p}`);
		expect(problems).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------
// 2. Glossary, events and source notes

describe('glossary, timeline and source notes have Spanish entries', () => {
	it('reads every file in content/translations/es', () => {
		expect(spanish.problems).toEqual([]);
		expect(spanish.entries.length).toBeGreaterThan(0);
	});

	it('gives each Spanish entry once', () => {
		const seen = new Map<string, string>();
		const problems: string[] = [];
		for (const e of spanish.entries) {
			const key = `${e.kind}/${e.id}`;
			const other = seen.get(key);
			if (other) problems.push(`${e.file}: "${e.id}" is already translated in ${other}`);
			seen.set(key, e.file);
		}
		expect(problems).toEqual([]);
	});

	/** Missing and unknown ids, and empty or untranslated fields. */
	function coverage(kind: Kind, english: { id: string; file: string }[], expectedFile: (e: { id: string; file: string }) => string, fields: (e: SpanishEntry) => string[]) {
		const known = new Set(english.map((e) => e.id));
		const es = spanishOf(kind);
		return [
			...english.filter((e) => !es.has(e.id)).map((e) => `${expectedFile(e)}: no Spanish entry for "${e.id}" (from ${e.file})`),
			...[...es.values()]
				.filter((e) => !known.has(e.id))
				.map((e) => `${e.file}: "${e.id}" is not an id in the English ${kind === 'source-notes' ? 'sources with a note' : kind}; remove it or fix the id`),
			...[...es.values()].filter((e) => known.has(e.id)).flatMap(fields),
		];
	}

	const textField = (e: SpanishEntry, name: string, english: string | undefined): string[] => {
		const v = (e.value as Record<string, unknown> | null)?.[name];
		if (typeof v !== 'string' || !v.trim()) return [`${e.file}: "${e.id}": field "${name}" is missing or empty`];
		if (english !== undefined && v.trim() === english.trim()) return [`${e.file}: "${e.id}": field "${name}" is the English text, untranslated`];
		return [];
	};

	it('translates every glossary term (content/glossary/*.yaml)', () => {
		const byId = new Map(glossary.map((g) => [g.id, g]));
		const problems = coverage(
			'glossary',
			glossary,
			() => `${TRANSLATIONS}/glossary-*.yaml`,
			(e) => {
				const en = byId.get(e.id)!;
				const aliases = (e.value as Record<string, unknown>).aliases;
				return [
					...textField(e, 'term', undefined),
					...textField(e, 'short', en.short),
					...textField(e, 'long', en.long),
					...(aliases === undefined || (Array.isArray(aliases) && aliases.every((a) => typeof a === 'string')) ? [] : [`${e.file}: "${e.id}": field "aliases" must be a list of words`]),
				];
			},
		);
		expect(problems).toEqual([]);
	});

	it('translates every timeline event (content/events/*.yaml)', () => {
		const byId = new Map(events.map((g) => [g.id, g]));
		const problems = coverage(
			'events',
			events,
			(e) => `${TRANSLATIONS}/events-${byId.get(e.id)!.explainer}.yaml`,
			(e) => {
				const en = byId.get(e.id)!;
				// An English event that links to a section of its explainer links in Spanish too.
				const section = en.section ? textField(e, 'section', undefined).map((p) => `${p} (the English links to "#${en.section}"; give the Spanish heading's anchor)`) : [];
				return [...textField(e, 'title', en.title), ...textField(e, 'summary', en.summary), ...section];
			},
		);
		expect(problems).toEqual([]);
	});

	it('translates the note of every source that has one, and every title that is our description (content/sources/*.yaml)', () => {
		const byId = new Map(sourceNotes.map((s) => [s.id, s]));
		const problems = coverage(
			'source-notes',
			sourceNotes,
			() => `${TRANSLATIONS}/source-notes-*.yaml`,
			(e) => {
				const en = byId.get(e.id)!;
				const es = sourceEntry(e.value);
				const field = (name: 'note' | 'title', english: string): string[] => {
					const v = es[name];
					if (typeof v !== 'string' || !v.trim()) return [`${e.file}: "${e.id}": field "${name}" is missing or empty`];
					return v.trim() === english.trim() ? [`${e.file}: "${e.id}": field "${name}" is the English text, untranslated`] : [];
				};
				return [
					...(en.note ? field('note', en.note) : es.note === undefined ? [] : [`${e.file}: "${e.id}": field "note": the English source (${en.file}) has no note; remove it`]),
					// A title given for a publisher's title is the next test's business.
					...(en.titleIsDescription ? field('title', en.title) : []),
					...Object.keys(es)
						.filter((k) => k !== 'note' && k !== 'title')
						.map((k) => `${e.file}: "${e.id}": unknown field "${k}"; expected "title" and "note"`),
				];
			},
		);
		expect(problems).toEqual([]);
	});

	it("gives a Spanish title to no source whose title is the publisher's own", () => {
		const published = new Map(sources.filter((s) => !s.titleIsDescription).map((s) => [s.id, s]));
		const problems = [...spanishOf('source-notes').values()]
			.filter((e) => published.has(e.id) && sourceEntry(e.value).title !== undefined)
			.map(
				(e) =>
					`${e.file}: "${e.id}": field "title": "${published.get(e.id)!.title}" (${published.get(e.id)!.file}) is the publisher's title and stays as published; remove it, or mark the source titleIsDescription: true if we wrote the title`,
			);
		expect(problems).toEqual([]);
	});

	it('marks as descriptions the titles that the registry says we wrote', () => {
		// A note that says "Descriptive title" or a title that says the headline was not recorded.
		const said = (s: Source) => /\bdescriptive title\b/i.test(s.note ?? '') || /\(headline not recorded\)/i.test(s.title);
		const problems = sources.filter((s) => said(s) && !s.titleIsDescription).map((s) => `${s.file}: "${s.id}": the title is ours ("${s.title}"); add titleIsDescription: true`);
		expect(problems).toEqual([]);
		// The test reads the registry: it found the sources it is about.
		expect(sources.filter(said).length).toBeGreaterThan(0);
	});
});

describe('source titles in a translation (src/content/source-words.ts)', () => {
	const english: EnglishSource[] = [
		{ id: 'ap-report', title: 'Report on the talks (headline not recorded)', lang: 'en', titleIsDescription: true, note: 'Read in a copy.', file: 'content/sources/x.yaml' },
		{ id: 'state-readout', title: 'Discussions with Mexican officials', lang: 'en', titleIsDescription: false, file: 'content/sources/x.yaml' },
		{ id: 'granma', title: 'Integración regional', lang: 'es', titleIsDescription: false, note: 'Headline as in the address.', file: 'content/sources/x.yaml' },
	];
	const file = 'content/translations/es/source-notes-x.yaml';

	it("shows our description in the translation's words and language, and a publisher's title as published", () => {
		const { words, problems } = translatedSourceWords(
			'es',
			english,
			new Map([
				['ap-report', { title: 'Nota sobre las conversaciones (no se registró el titular)', note: 'Se leyó en una copia.', file }],
				['granma', { note: 'Titular tal como aparece en la dirección.', file }],
			]),
		);
		expect(problems).toEqual([]);
		expect(words.get('ap-report')).toEqual({ title: 'Nota sobre las conversaciones (no se registró el titular)', titleLang: 'es', described: true, note: 'Se leyó en una copia.' });
		expect(words.get('state-readout')).toEqual({ title: 'Discussions with Mexican officials', titleLang: 'en', described: false });
		expect(words.get('granma')).toMatchObject({ title: 'Integración regional', titleLang: 'es', described: false });
	});

	it('names the file, the id and the field of a missing description, a translated headline and a missing note', () => {
		const { problems } = translatedSourceWords(
			'es',
			english,
			new Map([
				['ap-report', { note: 'Se leyó en una copia.', file }],
				['state-readout', { title: 'Conversaciones con funcionarios mexicanos', file }],
				['granma', { title: 'Integración regional', file }],
			]),
		);
		expect(problems).toEqual([
			expect.stringMatching(new RegExp(`^${file}: "ap-report": field "title" is missing; content/sources/x\\.yaml marks the title .* as our description \\(titleIsDescription: true\\)`)),
			expect.stringMatching(new RegExp(`^${file}: "state-readout": field "title": .* is the publisher's own title`)),
			`${file}: "granma": field "note" is missing; the English source in content/sources/x.yaml has a note`,
			expect.stringMatching(new RegExp(`^${file}: "granma": field "title": .* is the publisher's own title`)),
		]);
	});

	it('names a described source with no translation at all, and a translation of an unknown id', () => {
		const { problems } = translatedSourceWords(
			'es',
			english,
			new Map([
				['no-such-source', { note: 'Nota.', file }],
				['granma', { note: 'Nota.', file }],
			]),
		);
		expect(problems).toEqual([
			`${file}: "no-such-source": no source with this id in content/sources/; expected the id of an English source with a note or a described title`,
			`content/translations/es/source-notes-*.yaml: "ap-report" (from content/sources/x.yaml) has no es translation; add it with field "title" (the source's title is our description) and "note" to the file for its explainer`,
		]);
	});
});

// ---------------------------------------------------------------------------------
// 3. Site chrome

/**
 * Spanish values allowed to equal the English, each with its reason. Keys are
 * "<object>.<path>". An entry that is no longer needed fails the test, so the list
 * stays short.
 */
const SAME_IN_BOTH: Record<string, string> = {
	// Empty today: every Spanish value differs from the English ("Descargar los datos (CSV)").
	// A value that is only a shared name would go here, e.g.
	// 'CHART_UI.format': '"CSV" is the name of the file format in both languages'.
};

/** Every string leaf of an object, functions called with a sample title. */
function leaves(value: unknown, path: string): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (typeof value === 'function') return [[`${path}()`, String((value as (t: string) => unknown)('«title»'))]];
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
	return [[path, String(value)]];
}

/** [object, its file, English, Spanish] */
const CHROME: [string, string, unknown, unknown][] = [
	['SITE', 'src/i18n/site.ts', SITE.en, SITE.es],
	['UI', 'src/i18n/site.ts', UI.en, UI.es],
	['SEARCH_UI', 'src/i18n/site.ts', SEARCH_UI.en, SEARCH_UI.es],
	['CHART_UI', 'src/i18n/figure-words.ts', CHART_UI.en, CHART_UI.es],
	['SHARE_WORDS', 'src/i18n/figure-words.ts', SHARE_WORDS.en, SHARE_WORDS.es],
	['TOPIC_LABELS', 'src/i18n/topics.ts', TOPIC_LABELS.en, TOPIC_LABELS.es],
	['PAGE_TYPES', 'src/i18n/topics.ts', PAGE_TYPES.en, PAGE_TYPES.es],
];

/** Problems per object, and the SAME_IN_BOTH keys that were needed. */
function chromeProblems(): { problems: Map<string, string[]>; sameUsed: Set<string> } {
	const problems = new Map<string, string[]>();
	const sameUsed = new Set<string>();
	for (const [name, file, en, es] of CHROME) {
		const english = leaves(en, name);
		const spanishLeaves = new Map(leaves(es, name));
		const list: string[] = [];
		for (const [key, text] of english) {
			const value = spanishLeaves.get(key);
			if (value === undefined) list.push(`${key}: no Spanish value (English: "${text}")`);
			else if (!value.trim()) list.push(`${key}: Spanish value is empty`);
			else if (value === text) {
				if (key in SAME_IN_BOTH) sameUsed.add(key);
				else list.push(`${key}: Spanish value is the English "${text}"; translate it, or add it to SAME_IN_BOTH with the reason`);
			}
		}
		for (const key of spanishLeaves.keys()) if (!english.some(([k]) => k === key)) list.push(`${key}: Spanish key that English does not have`);
		problems.set(
			name,
			list.map((x) => `${file}: ${x}`),
		);
	}
	return { problems, sameUsed };
}

describe('site chrome is in Spanish', () => {
	const { problems, sameUsed } = chromeProblems();

	it.each(CHROME.map(([name]) => name))('%s: every English key has a Spanish value of its own', (name) => {
		expect(problems.get(name)).toEqual([]);
	});

	it('needs every entry of SAME_IN_BOTH', () => {
		expect(
			Object.keys(SAME_IN_BOTH)
				.filter((k) => !sameUsed.has(k))
				.map((k) => `${k}: no longer the same in both languages; remove it from SAME_IN_BOTH`),
		).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------
// 4. Numbers and dates

/**
 * Differences in figures that are right as they are, per pair. `missing`: figures of
 * the English that the Spanish says without a number; `extra`: the other way round.
 * An entry marked contentToFix is a translation error waiting for its fix; remove it
 * with the fix. An entry that no longer matches a difference fails the test.
 */
interface FigureException {
	/** The Spanish file, with "#<id>" for a glossary term, event or source note. */
	where: string;
	missing?: string[];
	extra?: string[];
	reason: string;
	contentToFix?: true;
}
const FIGURE_EXCEPTIONS: FigureException[] = [
	{
		where: `${TRANSLATIONS}/glossary-title-42.yaml#chnv`,
		missing: ['4'],
		reason: '"the four nationalities covered by…" is "las nacionalidades de…", right after the four countries are named; the count is implied, not lost.',
	},
];

interface Pair {
	where: string;
	englishFile: string;
	/** Paragraphs, in step between the languages. */
	english: string[];
	spanish: string[];
}

function pairs(): Pair[] {
	const out: Pair[] = [];
	for (const slug of englishSlugs.filter((s) => spanishSlugs.includes(s))) {
		out.push({
			where: `content/explainers/es/${slug}/index.mdx`,
			englishFile: `content/explainers/${slug}/index.mdx`,
			english: explainerBlocks(read(`content/explainers/${slug}/index.mdx`), `content/explainers/${slug}/index.mdx`),
			spanish: explainerBlocks(read(`content/explainers/es/${slug}/index.mdx`), `content/explainers/es/${slug}/index.mdx`),
		});
	}
	const text = (v: unknown, ...fields: string[]) => fields.map((f) => String((v as Record<string, unknown>)?.[f] ?? ''));
	const g = spanishOf('glossary');
	for (const en of glossary) {
		const es = g.get(en.id);
		if (es) out.push({ where: `${es.file}#${en.id}`, englishFile: en.file, english: text(en, 'term', 'short', 'long'), spanish: text(es.value, 'term', 'short', 'long') });
	}
	const ev = spanishOf('events');
	for (const en of events) {
		const es = ev.get(en.id);
		if (es) out.push({ where: `${es.file}#${en.id}`, englishFile: `${en.file} (${en.id})`, english: text(en, 'title', 'summary'), spanish: text(es.value, 'title', 'summary') });
	}
	const sn = spanishOf('source-notes');
	for (const en of sourceNotes) {
		const es = sn.get(en.id);
		if (!es) continue;
		// The note, and the title when it is our description (a publisher's title is not translated).
		const { note, title } = sourceEntry(es.value);
		const english = [en.note ?? '', en.titleIsDescription ? en.title : ''];
		out.push({ where: `${es.file}#${en.id}`, englishFile: `${en.file} (${en.id})`, english, spanish: [String(note ?? ''), en.titleIsDescription ? String(title ?? '') : ''] });
	}
	return out;
}

const describeFigure = (f: string) => (f.startsWith('time ') ? `the time ${f.slice(5)}` : /^-?-?\d{4}-|^--/.test(f) ? `the date ${f}` : `the number ${f}`);

/** One readable line per unmatched figure, with the English and the Spanish sentence. */
function figureMessages(p: Pair, missing: string[], extra: string[]): string[] {
	const line = (f: string, n: number, from: 'en' | 'es') => {
		const place = from === 'en' ? placeOfFigure(f, p.english, 'en', p.spanish, 'es') : placeOfFigure(f, p.spanish, 'es', p.english, 'en');
		const [en, es] = from === 'en' ? [place?.here, place?.there] : [place?.there, place?.here];
		const where = from === 'en' ? `in the English (${p.englishFile}) ${n} more time(s) than in the Spanish` : `in the Spanish ${n} more time(s) than in the English (${p.englishFile})`;
		return `${p.where}: ${describeFigure(f)} is ${where}. English: "${en ?? '(no matching sentence found)'}" Spanish: "${es ?? '(no matching sentence found)'}"`;
	};
	return [...unique(missing).map((f) => line(f, count(missing, f), 'en')), ...unique(extra).map((f) => line(f, count(extra, f), 'es'))];
}
const unique = (xs: string[]) => [...new Set(xs)];
const count = (xs: string[], x: string) => xs.filter((y) => y === x).length;

const GROUPS = ['explainers', 'glossary', 'events', 'source-notes'] as const;
const groupOf = (p: Pair) => GROUPS.find((g) => (g === 'explainers' ? p.where.startsWith('content/explainers/') : p.where.startsWith(`${TRANSLATIONS}/${g}-`)))!;

/** Unmatched figures per group after the exceptions, and the exceptions that were needed. */
function figureProblems(all: Pair[]): { problems: Map<string, string[]>; used: Set<FigureException> } {
	const problems = new Map<string, string[]>(GROUPS.map((g) => [g, []]));
	const used = new Set<FigureException>();
	for (const p of all) {
		const list = problems.get(groupOf(p))!;
		const diff = compareFigures(extractFigures(p.english.join('\n\n'), 'en'), extractFigures(p.spanish.join('\n\n'), 'es'));
		let missing = diff?.missing ?? [];
		let extra = diff?.extra ?? [];
		for (const ex of FIGURE_EXCEPTIONS.filter((e) => e.where === p.where)) {
			used.add(ex);
			const stale = [...multisetMinus(ex.missing ?? [], missing), ...multisetMinus(ex.extra ?? [], extra)];
			if (stale.length) list.push(`${p.where}: FIGURE_EXCEPTIONS lists ${stale.map(describeFigure).join(', ')}, but that difference is gone; remove it from the exception`);
			missing = multisetMinus(missing, ex.missing ?? []);
			extra = multisetMinus(extra, ex.extra ?? []);
		}
		list.push(...figureMessages(p, missing, extra));
	}
	return { problems, used };
}

describe('translations cite the same numbers and dates', () => {
	const all = pairs();
	const { problems, used } = figureProblems(all);

	it('compares every explainer and every translated glossary term, event and source note', () => {
		const counts = Object.fromEntries(GROUPS.map((g) => [g, all.filter((p) => groupOf(p) === g).length]));
		expect(counts).toEqual({
			explainers: englishSlugs.filter((s) => spanishSlugs.includes(s)).length,
			glossary: glossary.filter((g) => spanishOf('glossary').has(g.id)).length,
			events: events.filter((e) => spanishOf('events').has(e.id)).length,
			'source-notes': sourceNotes.filter((n) => spanishOf('source-notes').has(n.id)).length,
		});
		expect(Math.min(...Object.values(counts))).toBeGreaterThan(0);
	});

	it.each(GROUPS)('%s: same figures in English and Spanish', (group) => {
		expect(problems.get(group)).toEqual([]);
	});

	it('needs every entry of FIGURE_EXCEPTIONS', () => {
		expect(FIGURE_EXCEPTIONS.filter((e) => !used.has(e)).map((e) => `${e.where}: exception for an entry that does not exist (${e.reason})`)).toEqual([]);
	});

	it('writes numbers the Spanish way (docs/style-es.md) in every Spanish text', () => {
		expect(all.flatMap((p) => spanishNumberStyle(p.spanish.join('\n\n')).map((s) => `${p.where}: ${s}`))).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------
// 5. The extractor itself

const figs = (text: string, lang: 'en' | 'es'): Figures => extractFigures(text, lang);
const same = (en: string, es: string) => compareFigures(figs(en, 'en'), figs(es, 'es'));

describe('figure extractor', () => {
	it('reads English, Spanish and NOM-008 thousands as the same value', () => {
		expect(figs('about 30,000 a month and 2,912,200 in all', 'en').numbers).toEqual(['30000', '2912200']);
		expect(figs('unos 30,000 al mes, 2,912,200, 1,300 agentes y 13,600 millones', 'es').numbers).toEqual(['30000', '2912200', '1300', '13600000000']);
		// Space, no-break space, narrow no-break space and thin space between groups; "5000" ungrouped.
		expect(figs('unos 30 000 al mes, 2\u00a0912\u00a0200, 176\u202f195, 96\u2009037 y 5000', 'es').numbers).toEqual(['30000', '2912200', '176195', '96037', '5000']);
	});

	it('reports a Spanish "30,000" that stands for an English "3,000"', () => {
		expect(same('Mexico took back 3,000 people.', 'México recibió a 30,000 personas.')).toEqual({ missing: ['3000'], extra: ['30000'] });
	});

	it('reports a number the translation dropped or changed', () => {
		expect(same('It fell 42% to 176,205.', 'Bajó un 42% a 176,250.')).toEqual({ missing: ['176205'], extra: ['176250'] });
		expect(same('Votes: 49–50.', 'Votos: 49.')).toEqual({ missing: ['50'], extra: [] });
		expect(same('30,000 a month', '30,000 al mes')).toBeNull();
		expect(same('30,000 a month', '3,000 al mes')).not.toBeNull();
	});

	it('turns millions and billions into absolute values', () => {
		expect(same('$20 billion', '20 000 millones de dólares')).toBeNull();
		expect(same('$20 billion', '20 mil millones de dólares')).toBeNull();
		expect(same('2.9 million', '2.9 millones')).toBeNull();
		expect(same('$106 billion', '106 mil millones de dólares')).toBeNull();
		expect(same('$20.23 billion and $13.6 billion', '20,230 millones y 13,600 millones')).toBeNull();
		expect(same('$2 million', '2,000 millones')).toEqual({ missing: ['2000000'], extra: ['2000000000'] });
		expect(figs('$9.1 billion to $9.2 billion', 'en').numbers).toEqual(figs('9,100 a 9,200 millones de dólares', 'es').numbers);
	});

	it('keeps percentages apart from plain numbers', () => {
		expect(same('10% of 95.3', 'el 10% de 95.3')).toBeNull();
		expect(same('between 58.3 and 60.7 percent', 'entre el 58.3% y el 60.7%')).toBeNull();
		expect(same('10% of the total', '10 del total')).toEqual({ missing: ['10%'], extra: ['10'] });
	});

	it('compares dates as dates, whatever the language writes', () => {
		expect(figs('on Friday, January 19, 2024, after December 27', 'en').dates).toEqual(['2024-01-19', '--12-27']);
		expect(figs('el viernes 19 de enero de 2024, después del 27 de diciembre', 'es').dates).toEqual(['2024-01-19', '--12-27']);
		expect(figs('in December 2023', 'en')).toEqual({ numbers: [], dates: ['2023-12'] });
		expect(figs('en diciembre de 2023', 'es')).toEqual({ numbers: [], dates: ['2023-12'] });
		expect(same('from April 27 to May 22, 2022', 'del 27 de abril al 22 de mayo de 2022')).toBeNull();
		expect(same('on December 29 and 30, 2023', 'el 29 y el 30 de diciembre de 2023')).toBeNull();
		expect(same('May 1 to 11', 'del 1 al 11 de mayo')).toBeNull();
		expect(same('on January 19, 2024', 'el 18 de enero de 2024')).toEqual({ missing: ['2024-01-19'], extra: ['2024-01-18'] });
		// Chart notes write short months, with or without a period.
		expect(same('Record month: Dec 2023; Jul 2025: 7,822', 'Mes récord: dic 2023; julio de 2025: 7,822')).toBeNull();
		expect(same('Jan. 2024', 'ene. de 2024')).toBeNull();
		expect(figs('Ene 2024: 176,195', 'es')).toEqual({ numbers: ['176195'], dates: ['2024-01'] });
	});

	it('does not take a day, a year or a number for one another', () => {
		// "Título 42 de enero de 2023": 42 is no day of January.
		expect(figs('el conteo del Título 42 de enero de 2023', 'es')).toEqual({ numbers: ['42'], dates: ['2023-01'] });
		// "December 18 to 6,751": not a span of days.
		expect(figs('from 12,498 on December 18 to 6,751 a day', 'en')).toEqual({ numbers: ['12498', '6751'], dates: ['--12-18'] });
		// English months have a capital: "may" is a verb.
		expect(figs('the count may 20 times over', 'en')).toEqual({ numbers: ['20'], dates: [] });
	});

	it('reads 12-hour English times as 24-hour times', () => {
		expect(same('at 11:59 p.m. Eastern', 'a las 23:59 (hora del Este)')).toBeNull();
		expect(figs('at 9 a.m.', 'en').dates).toEqual(['time 09:00']);
		expect(same('at 11:59 a.m.', 'a las 23:59')).not.toBeNull();
	});

	it('counts number words from two to twelve in both languages', () => {
		expect(same('for three years, with four countries', 'durante tres años, con cuatro países')).toBeNull();
		expect(same('three years', 'dos años')).toEqual({ missing: ['3'], extra: ['2'] });
		// "One"/"un" are mostly articles; "three-way" is "trilateral" or "a tres bandas".
		expect(figs('one stop of one person at a three-way meeting', 'en').numbers).toEqual([]);
		expect(figs('una reunión a tres bandas', 'es').numbers).toEqual([]);
	});

	it('reads a short span of years in full', () => {
		expect(same('the winter of 2023–24', 'el invierno de 2023-2024')).toBeNull();
	});

	it('ignores ids, attribute values, links, code, comments and list numbering in MDX', () => {
		const en = proseOf('1. See <Cite id="cbp-update-2023-12"/> and `2024` {/* 2025 */}\n\n<Step id="step-2021" state="rise">\n[the data](https://example.org/2024/x)\n</Step>\n\n```\n2026\n```');
		expect(en).toContain('See');
		expect(en).toContain('the data');
		expect(figs(en, 'en')).toEqual({ numbers: [], dates: [] });
		// A title is shown to readers, so its figures count.
		expect(figs(proseOf('<Aside kind="conflict" title="2.9 million or 2.8 million?">\nText.\n</Aside>'), 'en').numbers).toEqual(['2900000', '2800000']);
		// So are the words of a state object (a step's annotations); its dates and ids are not words.
		const state = proseOf('<Step id="step-end" state={{ through: "2023-05", highlight: ["title-42"], notes: [{ at: "2023-05", text: "Title 42 ends, May 11, 2023" }] }}>\nText.\n</Step>');
		expect(figs(state, 'en')).toEqual({ numbers: ['42'], dates: ['2023-05-11'] });
		expect(blocksOf(state)).toEqual(['Title 42 ends, May 11, 2023', 'Text.']);
	});

	it('stops on MDX that does not parse, naming the line', () => {
		expect(() => proseOf('Text\n\n<Step id="a">\nno end', 'content/explainers/x/index.mdx')).toThrow(/^content\/explainers\/x\/index\.mdx: MDX does not parse: .*<Step>.*\(3:1/);
	});

	it('flags number styles the Spanish style sheet rules out', () => {
		expect(spanishNumberStyle('unos 30 000 al mes, 10 % y a las 11:59 p.m.')).toHaveLength(3);
		expect(spanishNumberStyle('1300 agentes y 9150 millones')).toEqual(['"1300" needs its comma; write "1,300"', '"9150" needs its comma; write "9,150"']);
		expect(spanishNumberStyle('unos 30,000 al mes, el 10%, 1,300 agentes, en 2024 y a las 23:59')).toEqual([]);
	});
});

describe('outline comparison', () => {
	const declared = (lang: 'en' | 'es', text: string, at = '2023-05', extra = '') =>
		`---\nlang: ${lang}\nsources: [a]\n---\n## One\n<Scrolly chart="encounters-declared" title="T" overview={{ notes: [{ at: "2020-03", text: "${lang === 'en' ? 'Title 42 begins' : 'Empieza el Título 42'}" }] }}>\n<Step id="s1" state={{ through: "2021-12" }}>\nA\n</Step>\n<Step id="s2" state={{ through: "${at}", highlight: ["title-42"], y: { max: 250000 }, notes: [{ at: "${at}", text: "${text}" }]${extra} }}>\nB\n</Step>\n</Scrolly>\n`;

	it('reads state objects and an overview: the same shape and figures in both languages pass', () => {
		const en = explainerOutline(declared('en', 'Title 42 ends, May 11, 2023'));
		expect(en.steps).toEqual(['s1 (state { through: "2021-12" })', 's2 (state { through: "2023-05", highlight: ["title-42"], y: { max: 250000 }, notes: [{ at: "2023-05", text: "…" }] })']);
		expect(en.charts).toEqual(['Scrolly encounters-declared (overview { notes: [{ at: "2020-03", text: "…" }] })']);
		expect([...en.stateTexts]).toEqual([
			['<Scrolly chart="encounters-declared"> overview.notes.0.text', 'Title 42 begins'],
			['<Step id="s2"> state.notes.0.text', 'Title 42 ends, May 11, 2023'],
		]);
		expect(compareOutlines(en, explainerOutline(declared('es', 'Termina el Título 42, 11 de mayo de 2023')))).toEqual([]);
	});

	it('names a state whose dates, ids, numbers or notes differ, and annotation words with other figures', () => {
		const en = explainerOutline(declared('en', 'Title 42 ends, May 11, 2023'));
		const moved = compareOutlines(en, explainerOutline(declared('es', 'Termina el Título 42, 11 de mayo de 2023', '2023-06')));
		expect(moved).toEqual([expect.stringMatching(/^<Step id\/state> sequences differ: .*"s2 \(state \{ through: "2023-05".*Spanish has .*through: "2023-06"/)]);
		const extraNote = compareOutlines(en, explainerOutline(declared('es', 'Termina el Título 42, 11 de mayo de 2023', '2023-05', ', label: "x"')));
		expect(extraNote).toHaveLength(1);
		const wrongDay = compareOutlines(en, explainerOutline(declared('es', 'Termina el Título 42, 12 de mayo de 2023')));
		expect(wrongDay).toEqual([
			'<Step id="s2"> state.notes.0.text: the figures differ ("2023-05-11" only in English; "2023-05-12" only in the translation): English "Title 42 ends, May 11, 2023"; translation "Termina el Título 42, 12 de mayo de 2023"',
		]);
	});

	it('reads a note written as lines as one text: a translation may break it into more lines', () => {
		const doc = (lang: string, lines: string) =>
			`---\nlang: ${lang}\n---\n<Scrolly chart="x" title="T">\n<Step id="s1" state={{ through: "2021-12", notes: [{ at: "2021-07", text: ${lines}, lift: 16 }] }}>\nA\n</Step>\n</Scrolly>\n`;
		const en = explainerOutline(doc('en', '["Events, not people: CBP said", "27% of the 212,672 July 2021", "encounters were repeats"]'));
		expect(en.steps).toEqual(['s1 (state { through: "2021-12", notes: [{ at: "2021-07", text: "…", lift: 16 }] })']);
		expect(compareOutlines(en, explainerOutline(doc('es', '["Eventos, no personas: la CBP", "dijo que el 27% de los 212,672", "encuentros de julio de 2021", "fueron repetidos"]')))).toEqual([]);
		expect(compareOutlines(en, explainerOutline(doc('es', '["Eventos, no personas: la CBP", "dijo que el 27% de los 212,672", "encuentros de junio de 2021"]')))).toEqual([
			expect.stringMatching(/^<Step id="s1"> state\.notes\.0\.text: the figures differ \("2021-07" only in English; "2021-06" only in the translation\)/),
		]);
	});

	it('does not choke on an expression that is not a literal', () => {
		const src = `---\nlang: en\n---\n<Scrolly chart="x" title="T" overview={base}>\n<Step id="s1" state={{ ...base, through: "2021-12" }}>\nA\n</Step>\n<Step id="s2" state={"rise"}>\nB\n</Step>\n</Scrolly>\n`;
		const o = explainerOutline(src);
		expect(o.steps).toEqual(['s1 (state {{ ...base, through: "2021-12" }})', 's2 (state rise)']);
		expect(o.charts).toEqual(['Scrolly x (overview {base})']);
	});

	const en = `---\nlang: en\ntopics: [title-42]\nsources: [a, b]\n---\n## One\nText<Cite id="a"/> <Term id="cbp">CBP</Term>\n<Scrolly chart="encounters" title="T">\n<Step id="s1" state="order">\n</Step>\n<Step id="s2" state="rise">\n</Step>\n</Scrolly>\n## Two\n<Chart name="t42-nationalities"/><Cite id="b"/>\n`;

	it('accepts a faithful translation', () => {
		const es = en.replace('lang: en', 'lang: es').replace('sources: [a, b]', 'sources: [b, a]').replace('## One', '## Uno');
		expect(compareOutlines(explainerOutline(en), explainerOutline(es))).toEqual([]);
	});

	it('names each difference', () => {
		const es = en
			.replace('lang: en\n', '')
			.replace('sources: [a, b]', 'sources: [a, c]')
			.replace('<Cite id="b"/>', '')
			.replace('<Term id="cbp">CBP</Term>', 'CBP')
			.replace('state="rise"', 'state="order"')
			.replace('## Two\n', '')
			.replace('<Chart name="t42-nationalities"/>', '');
		const problems = compareOutlines(explainerOutline(en), explainerOutline(es));
		expect(problems).toEqual([
			'frontmatter "lang" is missing; expected "es"',
			'frontmatter "sources": in English but not in Spanish: "b"',
			'frontmatter "sources": in Spanish but not in English: "c"',
			'<Cite id> ids: in English but not in Spanish: "b"',
			'<Term id> ids: in English but not in Spanish: "cbp"',
			'<Step id/state> sequences differ: English has "s1 (state order)", "s2 (state rise)"; Spanish has "s1 (state order)", "s2 (state order)"',
			'charts (<Scrolly chart>, <Chart name>) differ: English has "Scrolly encounters", "Chart t42-nationalities"; Spanish has "Scrolly encounters"',
			'"## " sections: English has 2 ("One", "Two"); Spanish has 1 ("One")',
		]);
	});
});
