import { describe, expect, it } from 'vitest';
import { cleanQuery, fillTemplate, historyMode, MAX_QUERY_LENGTH, readSearchParams, sameSearch, searchHref, writeSearchParams } from '../../src/client/search/query';
import { closestNames, editDistance, findMatches, fold, foldWithMap, highlightTerms, stemForHighlight } from '../../src/client/search/text';
import { buildIndex } from '../../src/integrations/pagefind';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const marked = (text: string, terms: string[]) => findMatches(text, terms).map(([a, b]) => text.slice(a, b));

describe('search queries', () => {
	it('cleans white space and control characters and keeps the text as typed', () => {
		expect(cleanQuery('  title\t42\n ')).toBe('title 42');
		expect(cleanQuery('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
		expect(cleanQuery('a\u0000b')).toBe('a b');
	});

	it('cuts long queries without splitting an emoji', () => {
		expect(Array.from(cleanQuery('x'.repeat(5000)))).toHaveLength(MAX_QUERY_LENGTH);
		const emoji = cleanQuery('🙂'.repeat(300));
		expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
		expect(emoji).toBe('🙂'.repeat(MAX_QUERY_LENGTH));
	});

	it('round-trips the URL: query first, known filters only, empty ones left out', () => {
		const state = readSearchParams(new URLSearchParams('topic=Title+42&q=%2420+billion&type=Glossary&evil=1&explainer='));
		expect(state).toEqual({ query: '$20 billion', filters: { type: 'Glossary', topic: 'Title 42' } });
		expect(writeSearchParams(state).toString()).toBe('q=%2420+billion&type=Glossary&topic=Title+42');
		expect(searchHref('/sub/search/', state)).toBe('/sub/search/?q=%2420+billion&type=Glossary&topic=Title+42');
		expect(searchHref('/search/', { query: ' ', filters: {} })).toBe('/search/');
		expect(sameSearch(state, readSearchParams(writeSearchParams(state)))).toBe(true);
	});

	it('fills templates as separate text pieces, so the query can go in its own element', () => {
		expect(fillTemplate('{count} results for “{query}”', { count: 3, query: '<b>' })).toEqual([
			{ text: '3', slot: 'count' },
			{ text: ' results for “' },
			{ text: '<b>', slot: 'query' },
			{ text: '”' },
		]);
		expect(
			fillTemplate('{unknown} stays', {})
				.map((p) => p.text)
				.join(''),
		).toBe('{unknown} stays');
	});

	it('adds a history entry for a new search, not for each letter of the same one', () => {
		expect(historyMode('', 'c')).toBe('push');
		expect(historyMode('c', 'clot')).toBe('replace');
		expect(historyMode('cloture', 'clot')).toBe('replace');
		expect(historyMode('cloture', 'parole')).toBe('push');
	});
});

describe('search text matching', () => {
	it('folds case and diacritics both ways', () => {
		expect(fold('Bárcena')).toBe('barcena');
		expect(fold('LÓPEZ Obrador')).toBe('lopez obrador');
		expect(fold('Barcena')).toBe(fold('Bárcena'));
	});

	it('maps folded positions back to the original text', () => {
		const decomposed = 'Ba\u0301rcena';
		const { folded, map } = foldWithMap(decomposed);
		expect(folded).toBe('barcena');
		expect(decomposed.slice(map[0], map[folded.length])).toBe(decomposed);
	});

	it('turns highlight parameters into terms', () => {
		expect(highlightTerms(['López', 'Obrador'])).toEqual(['lopez', 'obrador']);
		expect(highlightTerms(['“title', '42”', 'a', '4'])).toEqual(['title', '42', '4']);
		expect(highlightTerms(['$20', 'billion,'])).toEqual(['$20', 'billion']);
		expect(highlightTerms(Array.from({ length: 30 }, (_, i) => `word${i}`))).toHaveLength(10);
	});

	it('marks whole words that start with a term, ignoring diacritics either way', () => {
		expect(marked('Alicia Bárcena’s list', ['barcena'])).toEqual(['Bárcena']);
		expect(marked('Title 42 expulsions; an expulsion', ['expulsion'])).toEqual(['expulsions', 'expulsion']);
		expect(marked('up to 30,000 a month and $20 billion', ['30,000', '$20'])).toEqual(['30,000', '$20']);
		expect(marked('reexpulsion', ['expulsion'])).toEqual([]);
		expect(marked('nothing here', [])).toEqual([]);
	});

	it('marks Spanish words the Spanish index matched through its stemmer, with or without accents', () => {
		const es = (text: string, query: string) => marked(text, highlightTerms(query.split(' '), 'es'));
		const text = 'La expulsión de migrantes: las expulsiones del Título 42 y la política de asilo.';
		expect(es(text, 'expulsiones')).toEqual(['expulsión', 'expulsiones']);
		expect(es(text, 'expulsion')).toEqual(['expulsión', 'expulsiones']);
		expect(es(text, 'Titulo 42')).toEqual(['Título', '42']);
		expect(es(text, 'politicas')).toEqual(['política']);
		expect(es(text, 'migrante')).toEqual(['migrantes']);
		expect(es('Alicia Bárcena encabezó la delegación', 'Barcena')).toEqual(['Bárcena']);
		// Stop words are not marked: "de" would mark "de" and "del" all over the page.
		expect(es(text, 'expulsiones de migrantes')).toEqual(['expulsión', 'migrantes', 'expulsiones']);
	});

	it('stems lightly per language and leaves numbers, amounts and short words alone', () => {
		expect(stemForHighlight('expulsiones', 'es')).toBe('expulsion');
		expect(stemForHighlight('paises', 'es')).toBe('pais');
		expect(stemForHighlight('fondos', 'es')).toBe('fond');
		expect(stemForHighlight('crisis', 'es')).toBe('crisis');
		expect(stemForHighlight('expulsions', 'en')).toBe('expulsion');
		expect(stemForHighlight('taxes', 'en')).toBe('tax');
		expect(stemForHighlight('funded', 'en')).toBe('fund');
		expect(stemForHighlight('status', 'en')).toBe('status');
		expect(stemForHighlight('cloture', 'en')).toBe('cloture');
		expect(stemForHighlight('$20', 'es')).toBe('$20');
		expect(stemForHighlight('ley', 'es')).toBe('ley');
		// English pages keep English rules: the Spanish plural rule would cut "cases" to "cas".
		expect(marked('Two cases, one case', highlightTerms(['cases'], 'en'))).toEqual(['cases', 'case']);
		expect(highlightTerms(['the', 'Title', '42'], 'en')).toEqual(['title', '42']);
		expect(highlightTerms(['la', 'de'], 'es')).toEqual([]);
	});

	it('finds matches in decomposed text (combining accents)', () => {
		const text = 'Lo\u0301pez Obrador';
		expect(marked(text, ['lopez'])).toEqual(['Lo\u0301pez']);
	});

	it('measures edit distance and stops early', () => {
		expect(editDistance('expulsoin', 'expulsion')).toBe(2);
		expect(editDistance('cloture', 'cloture')).toBe(0);
		expect(editDistance('a', 'abcdef', 2)).toBe(3);
	});

	it('suggests glossary terms that look like a misspelled query', () => {
		const terms = [
			{ label: 'Expulsion', url: '/glossary/expulsion/', aliases: ['expulsions'] },
			{ label: 'Cloture', url: '/glossary/cloture/' },
			{ label: 'Parole (immigration)', url: '/glossary/parole/', aliases: ['humanitarian parole'] },
		];
		expect(closestNames('expulsoin', terms).map((t) => t.label)).toEqual(['Expulsion']);
		expect(closestNames('clotur', terms).map((t) => t.label)).toEqual(['Cloture']);
		expect(closestNames('humanitarain parole', terms).map((t) => t.label)).toEqual(['Parole (immigration)']);
		expect(closestNames('zz', terms)).toEqual([]);
		expect(closestNames('weather', terms)).toEqual([]);
	});
});

describe('search index', () => {
	it('writes one index per page language, so Spanish pages are searched apart and stemmed as Spanish', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'pagefind-langs-'));
		try {
			const page = (lang: string, body: string) =>
				`<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main data-pagefind-body><h1>${body}</h1><p>${body}</p></main></body></html>`;
			await mkdir(join(dir, 'es'), { recursive: true });
			await writeFile(join(dir, 'index.html'), page('en', 'Title 42 expulsions'));
			await writeFile(join(dir, 'es', 'index.html'), page('es', 'Las expulsiones del Título 42'));
			const { pageCount } = await buildIndex(dir);
			expect(pageCount).toBe(2);
			const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; wasm: string | null }> };
			expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
			expect(entry.languages.es).toMatchObject({ page_count: 1, wasm: 'es' });
			expect(entry.languages.en).toMatchObject({ page_count: 1, wasm: 'en' });
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	}, 30_000);
});
