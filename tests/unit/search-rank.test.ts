import { describe, expect, it } from 'vitest';
import { namesTerm, parseQuery, phraseExcerpt, phrasePositions, rankResults, smallestWindow, wordsOf, type RankInput } from '../../src/client/search/rank';
import { correctQuery, nameWords } from '../../src/client/search/text';

describe('parseQuery', () => {
	it('reads definitions in both languages', () => {
		expect(parseQuery('what is cloture', 'en')).toMatchObject({ mode: 'definition', search: 'cloture' });
		expect(parseQuery('What does vacatur mean?', 'en')).toMatchObject({ mode: 'definition', search: 'vacatur' });
		expect(parseQuery('meaning of expedited removal', 'en')).toMatchObject({ mode: 'definition', search: 'expedited removal' });
		expect(parseQuery('qué es cloture', 'es')).toMatchObject({ mode: 'definition', search: 'cloture' });
		expect(parseQuery('¿Que significa vacatur?', 'es')).toMatchObject({ mode: 'definition', search: 'vacatur' });
		expect(parseQuery('definición de parole', 'es')).toMatchObject({ mode: 'definition', search: 'parole' });
	});
	it('reads phrases in straight or typographic quotes, and plain words', () => {
		expect(parseQuery('"remain in Mexico"', 'en')).toMatchObject({ mode: 'phrase', search: 'remain in Mexico', phrases: [['remain', 'in', 'mexico']] });
		expect(parseQuery('“acuerdo del Senado”', 'es')).toMatchObject({ mode: 'phrase', phrases: [['acuerdo', 'del', 'senado']] });
		expect(parseQuery('CBP One', 'en')).toMatchObject({ mode: 'words', search: 'CBP One', words: ['cbp', 'one'] });
		// One quoted word is just a word.
		expect(parseQuery('"cloture"', 'en').mode).toBe('words');
	});
});

describe('phrases and nearness', () => {
	const words = wordsOf('The Senate deal gave an “emergency border authority,” a new power.');
	it('finds a phrase across punctuation and quotes', () => {
		expect(phrasePositions(words, ['emergency', 'border', 'authority'])).toEqual([5]);
		expect(phrasePositions(words, ['authority', 'emergency'])).toEqual([]);
	});
	it('measures how close the words stand', () => {
		expect(smallestWindow(words, ['senate', 'deal'], 'en')).toBe(2);
		expect(smallestWindow(words, ['senate', 'power'], 'en')).toBe(10);
		expect(smallestWindow(words, ['senate', 'missing'], 'en')).toBe(Infinity);
	});
	it('builds an excerpt with the phrase marked', () => {
		const parts = phraseExcerpt('a b c d e f g', 3, 2, 4);
		expect(parts).toEqual([
			{ text: '…c ', marked: false },
			{ text: 'd e', marked: true },
			{ text: ' f…', marked: false },
		]);
	});
});

describe('rankResults', () => {
	const page = (url: string, kind: RankInput['kind'], title: string, score: number, content = title, aliases: string[] = []): RankInput => ({ url, kind, title, score, content, aliases });
	const glossary = page('/glossary/cloture/', 'glossary', 'Cloture', 10, 'Cloture The Senate way of ending debate');
	const explainer = page('/explainers/funding/', 'explainer', 'The border funding package', 6, 'cloture vote failed');
	const timeline = page('/timeline/', 'timeline', 'Timeline', 7, 'cloture');
	it('puts the explainer first for a topic and the glossary entry first for a definition', () => {
		expect(rankResults([glossary, timeline, explainer], parseQuery('cloture', 'en'), 'en')[0]!.item.url).toBe('/explainers/funding/');
		expect(rankResults([explainer, timeline, glossary], parseQuery('what is cloture', 'en'), 'en')[0]!.item.url).toBe('/glossary/cloture/');
	});
	it('knows a glossary entry by its term, its Spanish gloss or an alias', () => {
		expect(namesTerm({ title: 'Cloture (votación para cerrar el debate)', aliases: [] }, 'cloture')).toBe(true);
		expect(namesTerm({ title: 'Border Patrol', aliases: ['USBP'] }, 'usbp')).toBe(true);
		expect(namesTerm({ title: 'Parole', aliases: [] }, 'cloture')).toBe(false);
	});
});

describe('typos', () => {
	const known = nameWords(['Secretary Alejandro Mayorkas met Alicia Bárcena and Elizabeth Sherwood-Randall on cloture. Cloture failed.']);
	it('lists names and terms, folded, hyphenated parts too', () => {
		expect(known).toEqual(expect.arrayContaining(['mayorkas', 'barcena', 'sherwood-randall', 'sherwood', 'randall', 'cloture']));
		expect(known).not.toContain('met');
	});
	it('replaces a word that is not on the site by the closest one', () => {
		expect(correctQuery('Mayorcas', known)).toBe('mayorkas');
		expect(correctQuery('Barsena', known)).toBe('barcena');
		expect(correctQuery('Mayorkas', known)).toBeUndefined();
		expect(correctQuery('zqxjv', known)).toBeUndefined();
	});
});
