/**
 * Every collection of the site and its schema. Each field says what it is for;
 * a file that breaks a rule stops the build with the file, the field and the rule.
 *
 * CONTENT_ROOT lets tests build against a fixture copy of the content folder.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { yamlListLoader } from './content/yaml-list-loader';
import { explainerLoader } from './content/explainer-loader';
import { translationLoader } from './content/translation-loader';
import { LANGS } from './i18n/lang';
import { SOURCE_KINDS, TOPICS } from './i18n/topics';
import { calendarDateProblem } from './content/calendar-date';

const root = (process.env.CONTENT_ROOT || 'content').replace(/^\.\//, '').replace(/\/$/, '');

export { TOPICS };

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id such as "title-42"' });
/**
 * A real calendar day. Text ("2023-02-30" from a YAML list) is checked as written, since Date
 * would roll it over to March 2; a Date (frontmatter, parsed before the schema sees it) was
 * checked as written by the explainer loader.
 */
const isoDate = z
	.union([z.date(), z.string()], { error: 'expected a date written as YYYY-MM-DD' })
	.superRefine((v, ctx) => {
		const problem = typeof v === 'string' ? calendarDateProblem(v) : undefined;
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	})
	.pipe(z.coerce.date({ error: 'expected a date written as YYYY-MM-DD' }));

const explainers = defineCollection({
	// English at content/explainers/<slug>/index.mdx (id "<slug>"); other languages at
	// content/explainers/<lang>/<slug>/index.mdx (id "<lang>/<slug>"), same slug as the English.
	loader: explainerLoader(`${root}/explainers`),
	// Strict: a misspelled or unknown field ("publshed", "slug") stops the build instead of vanishing.
	schema: z
		.strictObject({
			/** Headline, sentence case. @example "Title 42: the pandemic border rule" */
			title: z.string().min(10, { error: 'expected a headline of at least 10 characters' }).max(110),
			/** One or two sentences under the headline; also the social and search description. */
			dek: z.string().min(40, { error: 'expected a dek of at least 40 characters' }).max(240),
			/** First publication date. @example 2026-11-28 */
			published: isoDate,
			/** Last substantive update; must not be before `published`. */
			updated: isoDate,
			/** One or more topics from TOPICS. */
			topics: z.array(z.enum(TOPICS)).min(1),
			/** Three to five plain sentences shown as "Key takeaways". */
			takeaways: z.array(z.string().min(20)).min(3).max(5),
			/** Words readers search for when they mean this explainer's subject, though the headline may not use them; search ranks the explainer first for them. @example ["supplemental", "cloture"] */
			keywords: z.array(z.string().min(2)).max(12).default([]),
			/** Every source id the body cites (checked against the <Cite> tags). */
			sources: z.array(reference('sources')).min(1),
			/** Optional path under public/ to a hand-made social image; otherwise one is generated. */
			socialImage: z.string().startsWith('/').optional(),
			/** Language of the explainer; must match its folder (content/explainers/es/… is "es"). */
			lang: z.enum(LANGS).default('en'),
			/** Drafts are built in dev only. */
			draft: z.boolean().default(false),
			/** Place in lists (home page, feed, menus): 1 first; explainers without one follow, by title. */
			order: z.number().int().min(1).optional(),
			/** The chart (a folder of src/graphics/) and state its social card shows; otherwise the first chart in the body, in its static state. */
			keyChart: z.strictObject({ chart: kebab, state: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional() }).optional(),
			/** Changes and corrections, newest last. */
			changes: z.array(z.object({ date: isoDate, note: z.string().min(5) })).min(1),
		})
		.refine((d) => d.updated >= d.published, { error: 'updated must not be before published', path: ['updated'] }),
});

const sources = defineCollection({
	// blocked-hosts.yaml beside the sources is the list of hosts they must not link (tests/unit/sources.test.ts).
	loader: yamlListLoader(`${root}/sources`, { skip: ['blocked-hosts.yaml'] }),
	schema: z.object({
		id: kebab,
		/** Title of the document as its publisher gives it, or, with `titleIsDescription`, our description of it. */
		title: z.string().min(3),
		/**
		 * true when `title` is a description we wrote because the publisher's headline was not
		 * recorded (e.g. "Report on … (headline not recorded)"), not the publisher's own title.
		 * A description is our words, so each translation gives its own (field `title` in
		 * content/translations/<lang>/source-notes-*.yaml, required), and pages set it upright
		 * rather than as a cited title. A publisher's title stays as published in every
		 * language and must not be translated (the build names any translation that tries).
		 */
		titleIsDescription: z.boolean().default(false),
		/** Language of the title (pages in another language mark it, so screen readers pronounce it right). */
		lang: z.enum(LANGS).default('en'),
		/** Organisation that published it (the original publisher, not a mirror). */
		publisher: z.string().min(2),
		/** Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when that is all that is known. */
		date: z
			.union([z.string(), z.number(), z.date()])
			.transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
			.pipe(
				z
					.string()
					.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected YYYY, YYYY-MM or YYYY-MM-DD' })
					.superRefine((v, ctx) => {
						const problem = calendarDateProblem(v, true);
						if (problem) ctx.addIssue({ code: 'custom', message: problem });
					}),
			),
		/** The original publisher's URL; omitted when only a copy was read. */
		url: z.url({ protocol: /^https$/, error: 'expected an https:// URL of the original publisher' }).optional(),
		/**
		 * What kind of document it is, shown to readers; the sources list groups by it, primary
		 * documents first (order in SOURCE_KINDS). law = statute, rule, order or proclamation;
		 * court = opinion, order or docket; legislature = bill text, roll call, floor record or a
		 * member's or committee's statement; data = a government data release; statement = an
		 * executive-branch or foreign-government statement, readout or fact sheet; research =
		 * CRS, CBO, academic or non-partisan analysis; news = a newsroom's reporting; position = a
		 * party's, campaign's, lobby's or advocacy group's own view (cited only for that view).
		 */
		kind: z.enum(SOURCE_KINDS, { error: `expected one of ${SOURCE_KINDS.join(', ')}` }),
		/** Short note shown with the source, e.g. how it was read. */
		note: z.string().max(200).optional(),
	}),
});

const glossary = defineCollection({
	loader: glob({ pattern: '*.yaml', base: `./${root}/glossary` }),
	schema: z.object({
		/** The term as readers see it. @example "Expedited removal" */
		term: z.string().min(2),
		/** One sentence for the hover card. */
		short: z.string().min(20).max(220),
		/** The full definition on the term's page. */
		long: z.string().min(60),
		/** Other spellings that should find this term. */
		aliases: z.array(z.string()).default([]),
		/** Sources for the definition. */
		sources: z.array(reference('sources')).min(1),
	}),
});

const events = defineCollection({
	loader: yamlListLoader(`${root}/events`),
	schema: z.object({
		id: kebab,
		date: isoDate,
		topic: z.enum(TOPICS),
		/** Short headline of the event. */
		title: z.string().min(5).max(90),
		summary: z.string().min(20),
		sources: z.array(reference('sources')).min(1),
		/** Anchor id of the explainer section that covers the event. */
		section: kebab.optional(),
	}),
});

const langField = z.enum(LANGS.filter((l) => l !== 'en') as [string, ...string[]], {
	error: `expected a folder named for a language other than English: ${LANGS.filter((l) => l !== 'en').join(', ')}`,
});

/**
 * Translations of the glossary, the events and the source notes, keyed by the English
 * entry's id (content/translations/<lang>/<kind>-<explainer>.yaml). Publishers and the
 * publishers' own titles of sources stay as published, so a source's translation is its
 * note and, only when the English title is our description (`titleIsDescription`), the
 * description in this language.
 */
const translations = defineCollection({
	loader: translationLoader(`${root}/translations`),
	schema: z.discriminatedUnion('kind', [
		z.object({
			kind: z.literal('glossary'),
			lang: langField,
			key: kebab,
			term: z.string().min(2),
			short: z.string().min(20).max(260),
			long: z.string().min(60),
			aliases: z.array(z.string()).default([]),
		}),
		z.object({
			kind: z.literal('events'),
			lang: langField,
			key: kebab,
			title: z.string().min(5).max(110),
			summary: z.string().min(20),
			/** Anchor of the section of the translated explainer that covers the event. */
			section: z
				.string()
				.regex(/^[\p{Ll}\p{N}]+(-[\p{Ll}\p{N}]+)*$/u, { error: 'expected a heading anchor such as "cómo-funcionaban-las-expulsiones"' })
				.optional(),
		}),
		// Written as `id: "note"`, or as a mapping `id: { title: "…", note: "…" }` when the source's
		// title is a description (see `titleIsDescription` in the sources schema). Which of the
		// two fields an entry needs depends on the English source, checked when pages are built.
		z
			.strictObject({
				kind: z.literal('source-notes'),
				lang: langField,
				key: kebab,
				/** The source's note in this language; required when the English source has a note. */
				note: z.string().min(3).max(260).optional(),
				/** Our description of the source in this language; only for a source whose English title is one. */
				title: z.string().min(3).max(200).optional(),
			})
			.refine((d) => d.note !== undefined || d.title !== undefined, { error: 'expected a note, a title, or both' }),
	]),
});

export const collections = { explainers, sources, glossary, events, translations };
