import { describe, expect, it } from 'vitest';
import { inLang, langPaths, otherLang, splitEntryId, splitLang, toLang } from '../../src/i18n/lang';
import { targetHash } from '../../src/client/reader/language-switch';

describe('language paths', () => {
	it('puts English at the root and Spanish under es/', () => {
		expect(inLang('en', 'glossary/cloture/')).toBe('glossary/cloture/');
		expect(inLang('es', 'glossary/cloture/')).toBe('es/glossary/cloture/');
		expect(inLang('es', '')).toBe('es/');
	});

	it('reads the language back from a path, and only from its first folder', () => {
		expect(splitLang('es/explainers/title-42/')).toEqual({ lang: 'es', rest: 'explainers/title-42/' });
		expect(splitLang('/es')).toEqual({ lang: 'es', rest: '' });
		expect(splitLang('explainers/es/')).toEqual({ lang: 'en', rest: 'explainers/es/' });
		// A folder that merely starts with "es" is not the Spanish edition.
		expect(splitLang('estimates/')).toEqual({ lang: 'en', rest: 'estimates/' });
		expect(splitEntryId('es/title-42')).toEqual({ lang: 'es', slug: 'title-42' });
		expect(splitEntryId('title-42')).toEqual({ lang: 'en', slug: 'title-42' });
	});

	it('maps any locale string to a supported language', () => {
		expect(toLang('es-MX')).toBe('es');
		expect(toLang('fr')).toBe('en');
		expect(toLang(undefined)).toBe('en');
		expect(otherLang('es')).toBe('en');
	});

	it('makes one static path per language, English without a lang param', () => {
		const paths = langPaths((lang) => [{ params: { slug: 'title-42' }, props: { n: lang.length } }]);
		expect(paths).toEqual([
			{ params: { slug: 'title-42', lang: undefined }, props: { n: 2, lang: 'en' } },
			{ params: { slug: 'title-42', lang: 'es' }, props: { n: 2, lang: 'es' } },
		]);
	});
});

describe('language switch target', () => {
	const sectionsThere = ['qué-es-el-título-42', 'cómo-funcionaban-las-expulsiones', 'tres-años-en-una-gráfica'];

	it('opens the section in the same position as the one being read', () => {
		expect(targetHash({ hash: '', hashIsShared: false, currentIndex: 1, sectionsThere })).toBe('#cómo-funcionaban-las-expulsiones');
	});

	it('keeps a graphic step or a frame heading, whose ids are the same in both languages', () => {
		expect(targetHash({ hash: 'step-t42-ends', hashIsShared: true, currentIndex: 2, sectionsThere })).toBe('#step-t42-ends');
	});

	it('opens the top of the page above the first section or past the last one it knows', () => {
		expect(targetHash({ hash: '', hashIsShared: false, currentIndex: -1, sectionsThere })).toBe('');
		expect(targetHash({ hash: '', hashIsShared: false, currentIndex: 7, sectionsThere })).toBe('');
	});
});
