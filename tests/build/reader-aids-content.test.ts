/**
 * Reader-aid rules that need a build: a timeline event must point at a real section
 * of its explainer (in English and in Spanish, where the anchors are the Spanish
 * headings) and be written once; a glossary term gets its card on first use only; an
 * unknown term stops the build. Each case copies the content into a scratch folder,
 * changes one thing and builds it. The other explainers (English and Spanish) are set
 * to draft so a case depends on title-42 only.
 *
 * The scratch folder is not tests/fixtures/.tmp/, which content-errors.test.ts wipes
 * when it starts (test files run in parallel).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, draftAllBut, edit, scratchBuild, type ScratchRun } from '../helpers/scratch-build';
const SCRATCH = 'tests/fixtures/.tmp-reader-aids';

/** Copies the content with every explainer but title-42 set to draft, changes it, and builds the copy. */
function build(name: string, change: (dir: string) => void): ScratchRun {
	return scratchBuild({
		scratch: SCRATCH,
		name,
		content: (dir) => {
			draftAllBut(dir, 'title-42');
			change(dir);
		},
	});
}

describe('reader aids: checks at build time', () => {
	afterAll(() => rmSync(join(ROOT, SCRATCH), { recursive: true, force: true }));

	it('an event whose section is not a heading of its explainer stops the build with file, event id and field', () => {
		const r = build('bad-section', (d) => edit(join(d, 'events/title-42.yaml'), 'section: the-court-fight', 'section: the-court-fights'));
		expect(r.code).not.toBe(0);
		expect(r.output).toMatch(/events\/title-42\.yaml: event "t42-[a-z0-9-]+": field "section": "#the-court-fights" is not a heading of the explainer "title-42"/);
	});

	it('a Spanish event whose section is not a heading of the Spanish explainer stops the build with the translation file, event id and field', () => {
		// The English anchor where the Spanish one belongs: a likely slip when translating.
		const r = build('bad-section-es', (d) => edit(join(d, 'translations/es/events-title-42.yaml'), 'section: "la-batalla-en-los-tribunales"', 'section: "the-court-fight"'));
		expect(r.code).not.toBe(0);
		expect(r.output).toMatch(
			/translations\/es\/events-title-42\.yaml: event "t42-[a-z0-9-]+": field "section": "#the-court-fight" is not a heading of the explainer "title-42" \(content\/explainers\/es\/title-42\/index\.mdx\); expected one of [^\n]*la-batalla-en-los-tribunales/,
		);
	});

	it('an unknown term in a Spanish explainer stops the build, naming the file', () => {
		const r = build('unknown-term-es', (d) =>
			edit(join(d, 'explainers/es/title-42/index.mdx'), /^## La batalla en los tribunales$/m, '## La batalla en los tribunales\n\nUn <Term id="no-such-term">término</Term> sin ficha.'),
		);
		expect(r.code).not.toBe(0);
		expect(r.output).toMatch(/explainers\/es\/title-42\/index\.mdx: <Term id="no-such-term">: unknown glossary term; expected a file content\/glossary\/no-such-term\.yaml/);
	});

	it('the same event written twice (same date and title) stops the build', () => {
		const r = build('duplicate-event', (d) =>
			appendFileSync(
				join(d, 'events/title-42.yaml'),
				'\n- id: t42-order-lifts-again\n  date: 2023-05-11\n  topic: title-42\n  title: "Title 42 ends: border processing returns to Title 8"\n  summary: "The same event again, in other words."\n  sources: [dhs-immigration-laws]\n',
			),
		);
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('event "t42-order-lifts-again": fields "date" and "title": the same event as "t42-order-lifts"');
	});

	it('a term used twice gets its definition card on first use only', () => {
		const r = build('term-twice', (d) => edit(join(d, 'explainers/title-42/index.mdx'), /^## The court fight$/m, '## The court fight\n\nAgain, <Term id="title-42">Title 42 once more</Term>.'));
		expect(r.code, r.output.slice(-2000)).toBe(0);
		const html = readFileSync(join(r.out, 'explainers/title-42/index.html'), 'utf8');
		expect(html.match(/data-term="title-42"/g)).toHaveLength(1);
		expect(html).toContain('Again, Title 42 once more.');
		expect(html.indexOf('data-term="title-42"')).toBeLessThan(html.indexOf('Title 42 once more'));
	});
});
