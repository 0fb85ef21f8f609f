import { describe, expect, it } from 'vitest';
import { placeCard } from '../../src/client/reader/card-place';
import { ALPHABETS, compareTerms, firstUseSection, groupByLetter, letterAnchor, letterOf, usesTerm } from '../../src/content/glossary';
import { eventProblems, explainerOfEventsFile, normalTitle, type AnchorsBySlug } from '../../src/content/timeline';

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
	it('keeps the English order when told nothing about the language', () => {
		// "ñ" is just an "n" with a mark in English, so "ñandú" sorts and files with the n's.
		expect(['oso', 'ñandú', 'nube', 'nopal'].sort((a, b) => compareTerms(a, b, 'en'))).toEqual(['ñandú', 'nopal', 'nube', 'oso']);
		expect(letterOf('Ñandú')).toBe('N');
		expect(letterAnchor('R')).toBe('letter-R');
		expect(letterAnchor('#')).toBe('letter-0-9');
	});
	it('finds the section where an explainer first uses a term', () => {
		const body =
			'Intro <Term id="cbp">CBP</Term>.\n\n## What Title 42 is\n\nText <Term id="title-8">Title 8</Term>.\n\n### Bárcena\'s list\n\n<Term id="sre">SRE</Term> and <Term id="title-8">again</Term>';
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

describe('Spanish glossary order (RAE alphabet: Ñ is its own letter, ch and ll are not)', () => {
	const es = (a: string, b: string) => compareTerms(a, b, 'es');
	it('sorts Spanish terms as a Spanish dictionary does', () => {
		const terms = [
			'oso',
			'Ñandú',
			'nopal',
			'Título 42',
			'Título 8',
			'Ángel',
			'azul',
			'CHNV',
			'Cierre de los cruces ferroviarios',
			'CBP One',
			'CBP (Oficina de Aduanas y Protección Fronteriza)',
			'llamado',
			'luz',
			'Expulsión',
			'Encuentro',
		];
		expect([...terms].sort(es)).toEqual([
			'Ángel',
			'azul',
			'CBP (Oficina de Aduanas y Protección Fronteriza)',
			'CBP One',
			'CHNV',
			'Cierre de los cruces ferroviarios',
			'Encuentro',
			'Expulsión',
			'llamado',
			'luz',
			'nopal',
			'Ñandú',
			'oso',
			'Título 8',
			'Título 42',
		]);
		// Accents and case do not decide the order; the letter ñ does.
		expect(es('Remoción', 'remocion')).toBe(0);
		expect(es('ñ', 'n')).toBeGreaterThan(0);
		expect(es('ño', 'nz')).toBeGreaterThan(0);
	});
	it('files Ñ under its own letter and accented vowels under the plain vowel', () => {
		expect(letterOf('Ñandú', 'es')).toBe('Ñ');
		expect(letterOf('ñu', 'es')).toBe('Ñ');
		expect(letterOf('Ángel', 'es')).toBe('A');
		expect(letterOf('Órgano', 'es')).toBe('O');
		expect(letterOf('chile', 'es')).toBe('C');
		expect(letterOf('llamado', 'es')).toBe('L');
		// Opening marks and quotes do not hide the letter.
		expect(letterOf('¿Quién paga?', 'es')).toBe('Q');
		expect(letterOf('«Remoción»', 'es')).toBe('R');
		expect(letterOf('30 000 al mes', 'es')).toBe('#');
	});
	it('has a 27-letter alphabet with Ñ between N and O', () => {
		expect(ALPHABETS.es).toHaveLength(27);
		expect(ALPHABETS.es.slice(ALPHABETS.es.indexOf('N'), ALPHABETS.es.indexOf('N') + 3)).toEqual(['N', 'Ñ', 'O']);
		expect(ALPHABETS.en).not.toContain('Ñ');
	});
	it('groups Spanish terms by the Spanish alphabet: the Ñ group comes after N and before O', () => {
		const groups = groupByLetter(['oso', 'Ñandú', 'nopal', 'Órgano', 'Ángel', '30 días', 'ñu', 'Nube'], (t) => t, 'es');
		expect(groups).toEqual([
			{ letter: '#', items: ['30 días'] },
			{ letter: 'A', items: ['Ángel'] },
			{ letter: 'N', items: ['nopal', 'Nube'] },
			{ letter: 'Ñ', items: ['Ñandú', 'ñu'] },
			{ letter: 'O', items: ['Órgano', 'oso'] },
		]);
		// The same words in English: no Ñ group.
		expect(groupByLetter(['oso', 'Ñandú', 'nopal'], (t) => t, 'en').map((g) => g.letter)).toEqual(['N', 'O']);
	});
	it('finds the first use of a term in a Spanish explainer, with accented heading anchors', () => {
		const body =
			'Intro.\n\n## Cómo funcionaban las expulsiones\n\nCon el <Term id="title-8">Título 8</Term>.\n\n### El papel de México\n\nLa <Term id=\'sre\'>SRE</Term> y el <Term id="title-8">Título 8</Term> otra vez.';
		const headings = [
			{ depth: 2, slug: 'cómo-funcionaban-las-expulsiones', text: 'Cómo funcionaban las expulsiones' },
			{ depth: 3, slug: 'el-papel-de-méxico', text: 'El papel de México' },
		];
		expect(firstUseSection(body, 'title-8', headings)).toBe('cómo-funcionaban-las-expulsiones');
		expect(firstUseSection(body, 'sre', headings)).toBe('el-papel-de-méxico');
		expect(usesTerm(body, 'sre')).toBe(true);
		expect(usesTerm(body, 'cbp')).toBe(false);
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
		expect(
			eventProblems(
				[ev('a', 'content/events/title-42.yaml', '2023-05-11', 'Title 42 ends', 'the-end-and-what-replaced-it'), ev('b', 'content/events/draft-one.yaml', '2023-05-12', 'Something', 'anything')],
				anchors,
			),
		).toEqual([]);
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
			[
				ev('one', 'content/events/title-42.yaml', '2023-05-11', 'Title 42 ends.'),
				ev('two', 'content/events/draft-one.yaml', '2023-05-11', 'title 42 ends'),
				ev('three', 'content/events/title-42.yaml', '2023-05-12', 'Title 42 ends'),
			],
			anchors,
		);
		expect(problems).toEqual([expect.stringContaining('content/events/draft-one.yaml: event "two": fields "date" and "title": the same event as "one" in content/events/title-42.yaml')]);
		expect(normalTitle('Title 42 ends; Mexico’s returns')).toBe('title 42 ends mexico s returns');
	});

	describe('Spanish events (content/translations/es/events-<explainer>.yaml) against the Spanish explainers', () => {
		const es: AnchorsBySlug = new Map([
			['title-42', ['qué-es-el-título-42', 'cómo-funcionaban-las-expulsiones', 'el-fin-y-lo-que-lo-sustituyó']],
			['mexico-delegation', ['la-reunión-en-washington']],
		]);
		const FILE = 'content/translations/es/events-title-42.yaml';
		const tr = (id: string, section?: string, over: Partial<{ file: string; englishFile: string; requiresSection: boolean; title: string }> = {}) => ({
			id,
			file: over.file ?? FILE,
			englishFile: over.englishFile ?? 'content/events/title-42.yaml',
			date: new Date('2023-05-11T00:00:00Z'),
			title: over.title ?? `Hecho ${id}`,
			section,
			requiresSection: over.requiresSection ?? true,
		});

		it('maps a translation file to its explainer', () => {
			expect(explainerOfEventsFile(FILE)).toBe('title-42');
			expect(explainerOfEventsFile('tests/fixtures/x/translations/es/events-mexico-delegation.yaml')).toBe('mexico-delegation');
			// An English events file keeps its whole name.
			expect(explainerOfEventsFile('content/events/events-and-more.yaml')).toBe('events-and-more');
		});
		it('accepts Spanish anchors that are headings of the Spanish explainer', () => {
			expect(eventProblems([tr('t42-end', 'el-fin-y-lo-que-lo-sustituyó')], es, 'es')).toEqual([]);
		});
		it('rejects the English anchor in a Spanish event, naming the Spanish file, the event and the field', () => {
			const problems = eventProblems([tr('t42-end', 'the-end-and-what-replaced-it')], es, 'es');
			expect(problems).toHaveLength(1);
			expect(problems[0]).toContain(
				`${FILE}: event "t42-end": field "section": "#the-end-and-what-replaced-it" is not a heading of the explainer "title-42" (content/explainers/es/title-42/index.mdx)`,
			);
			expect(problems[0]).toContain('el-fin-y-lo-que-lo-sustituyó');
		});
		it('rejects an anchor that lost its accent', () => {
			expect(eventProblems([tr('t42-what', 'que-es-el-titulo-42')], es, 'es')[0]).toContain('field "section": "#que-es-el-titulo-42" is not a heading');
		});
		it('requires a section when the English event has one', () => {
			const problems = eventProblems([tr('t42-end', undefined)], es, 'es');
			expect(problems).toEqual([expect.stringContaining(`${FILE}: event "t42-end": field "section" is missing`)]);
			expect(eventProblems([tr('t42-end', undefined, { requiresSection: false })], es, 'es')).toEqual([]);
		});
		it('checks an event against the explainer of its English file, and says where its translation belongs', () => {
			const problems = eventProblems([tr('mx-washington', 'la-reunión-en-washington', { englishFile: 'content/events/mexico-delegation.yaml' })], es, 'es');
			expect(problems).toEqual([
				expect.stringContaining(
					`${FILE}: event "mx-washington": translated in the file for the explainer "title-42", but the event is in content/events/mexico-delegation.yaml; move it to content/translations/es/events-mexico-delegation.yaml`,
				),
			]);
		});
		it('reports a Spanish title written twice on the same date', () => {
			const problems = eventProblems([tr('one', 'qué-es-el-título-42', { title: 'Termina el Título 42' }), tr('two', 'qué-es-el-título-42', { title: 'termina el título 42.' })], es, 'es');
			expect(problems).toEqual([expect.stringContaining(`${FILE}: event "two": fields "date" and "title": the same event as "one"`)]);
		});
	});
});
