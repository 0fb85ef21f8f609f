import { describe, expect, it } from 'vitest';
import { placeCard } from '../../src/lib/card-place';
import { compareTerms, firstUseSection, groupByLetter, letterOf } from '../../src/lib/glossary';
import { eventProblems, explainerOfEventsFile, normalTitle, type AnchorsBySlug } from '../../src/lib/timeline';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard keeps definition and citation cards on screen', () => {
	const viewport = { width: 320, height: 640 };
	it('leaves a card that fits where it is', () => {
		expect(placeCard({ card: box(20, 200, 280, 80), trigger: box(140, 290, 40, 20), viewport })).toEqual({ shift: 0, below: false });
	});
	it('slides a card that runs off the left edge back on screen', () => {
		// A term at the start of a line: the centred card starts at x = -120.
		const r = placeCard({ card: box(-120, 200, 280, 80), trigger: box(0, 290, 40, 20), viewport });
		expect(r.shift).toBe(128);
		expect(-120 + r.shift).toBe(8);
	});
	it('slides a card that runs off the right edge back on screen', () => {
		const r = placeCard({ card: box(200, 200, 280, 80), trigger: box(300, 290, 20, 20), viewport });
		expect(200 + 280 + r.shift).toBe(312);
	});
	it('pins a card wider than the screen to the left margin', () => {
		const r = placeCard({ card: box(-10, 200, 330, 80), trigger: box(140, 290, 40, 20), viewport });
		expect(-10 + r.shift).toBe(8);
	});
	it('drops the card below the word when there is no room above (or a sticky header is in the way)', () => {
		expect(placeCard({ card: box(20, -50, 280, 80), trigger: box(140, 40, 40, 20), viewport }).below).toBe(true);
		expect(placeCard({ card: box(20, 30, 280, 80), trigger: box(140, 120, 40, 20), viewport, topLimit: 60 }).below).toBe(true);
		expect(placeCard({ card: box(20, 30, 280, 80), trigger: box(140, 120, 40, 20), viewport, topLimit: 0 }).below).toBe(false);
	});
	it('keeps the card above when below has even less room', () => {
		expect(placeCard({ card: box(20, -10, 280, 80), trigger: box(140, 80, 40, 20), viewport: { width: 320, height: 110 } }).below).toBe(false);
	});
});

describe('glossary', () => {
	it('sorts terms as a reader expects: Title 8 before Title 42, case and accents ignored', () => {
		expect(['Title 42', 'cloture', 'Title 8', 'CBP One', 'CBP', 'communiqué'].sort(compareTerms)).toEqual(['CBP', 'CBP One', 'cloture', 'communiqué', 'Title 8', 'Title 42']);
	});
	it('files terms under their first letter, accents removed, digits under #', () => {
		expect(letterOf('communiqué')).toBe('C');
		expect(letterOf('Élan')).toBe('E');
		expect(letterOf('42 U.S.C. § 265')).toBe('#');
	});
	it('groups terms A–Z', () => {
		const groups = groupByLetter(['readout', 'Asylum', 'Removal', 'asylum officer', 'CBP'], (t) => t);
		expect(groups).toEqual([
			{ letter: 'A', items: ['Asylum', 'asylum officer'] },
			{ letter: 'C', items: ['CBP'] },
			{ letter: 'R', items: ['readout', 'Removal'] },
		]);
	});
	it('finds the section where an explainer first uses a term', () => {
		const body = 'Intro <Term id="cbp">CBP</Term>.\n\n## What Title 42 is\n\nText <Term id="title-8">Title 8</Term>.\n\n### Bárcena\'s list\n\n<Term id="sre">SRE</Term> and <Term id="title-8">again</Term>';
		const headings = [
			{ depth: 2, slug: 'what-title-42-is', text: 'What Title 42 is' },
			{ depth: 3, slug: 'bárcenas-list', text: 'Bárcena’s list' },
		];
		expect(firstUseSection(body, 'title-8', headings)).toBe('what-title-42-is');
		expect(firstUseSection(body, 'sre', headings)).toBe('bárcenas-list');
		expect(firstUseSection(body, 'cbp', headings)).toBeUndefined();
		expect(firstUseSection(body, 'parole', headings)).toBeUndefined();
	});
});

describe('timeline checks', () => {
	const anchors: AnchorsBySlug = new Map([
		['title-42', ['what-title-42-is', 'the-end-and-what-replaced-it']],
		['draft-one', null],
	]);
	const ev = (id: string, file: string, date: string, title: string, section?: string) => ({ id, file, date: new Date(`${date}T00:00:00Z`), title, section });

	it('maps an events file to its explainer', () => {
		expect(explainerOfEventsFile('content/events/mexico-delegation.yaml')).toBe('mexico-delegation');
	});
	it('accepts events whose sections exist, and skips drafts', () => {
		expect(eventProblems([ev('a', 'content/events/title-42.yaml', '2023-05-11', 'Title 42 ends', 'the-end-and-what-replaced-it'), ev('b', 'content/events/draft-one.yaml', '2023-05-12', 'Something', 'anything')], anchors)).toEqual([]);
	});
	it('names file, event id and field when a section anchor is not a heading', () => {
		const problems = eventProblems([ev('t42-end', 'content/events/title-42.yaml', '2023-05-11', 'Title 42 ends', 'the-end')], anchors);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('content/events/title-42.yaml: event "t42-end": field "section": "#the-end" is not a heading');
		expect(problems[0]).toContain('what-title-42-is');
	});
	it('reports an events file with no explainer', () => {
		expect(eventProblems([ev('x', 'content/events/nowhere.yaml', '2023-01-01', 'Something')], anchors)[0]).toContain('content/events/nowhere.yaml: event "x": no explainer "nowhere"');
	});
	it('reports the same event written twice (date and title, ignoring case and punctuation)', () => {
		const problems = eventProblems(
			[ev('one', 'content/events/title-42.yaml', '2023-05-11', 'Title 42 ends.'), ev('two', 'content/events/draft-one.yaml', '2023-05-11', 'title 42 ends'), ev('three', 'content/events/title-42.yaml', '2023-05-12', 'Title 42 ends')],
			anchors,
		);
		expect(problems).toEqual([expect.stringContaining('content/events/draft-one.yaml: event "two": fields "date" and "title": the same event as "one" in content/events/title-42.yaml')]);
		expect(normalTitle('Title 42 ends; Mexico’s returns')).toBe('title 42 ends mexico s returns');
	});
});
