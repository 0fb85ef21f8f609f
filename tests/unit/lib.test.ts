import { describe, expect, it } from 'vitest';
import { citationOrder, citationProblems } from '../../src/content/citations';
import { cell, cellInteger, cellNumber, parseRows, toCsv } from '../../src/content/csv';
import { formatBillions, formatCompact, formatDate, formatInteger, formatMonth, formatPercent, readingMinutes } from '../../src/i18n/format';
import { parseYamlList } from '../../src/content/yaml-list-loader';
import { parseEncounterRows } from '../../src/content/data/encounters';
import { decodeEntities, parseExcerpt } from '../../src/client/search/excerpt';

describe('citations', () => {
	it('numbers sources in order of first citation', () => {
		const body = 'A.<Cite id="b"/> B.<Cite id="a" /> C.<Cite id="b"/><Cite id=\'c\'/>';
		expect(citationOrder(body)).toEqual(['b', 'a', 'c']);
	});
	it('reports unknown, unlisted and uncited sources with the file name', () => {
		const problems = citationProblems('content/x.mdx', ['a', 'ghost', 'b'], ['a', 'extra'], new Set(['a', 'b', 'extra']));
		expect(problems).toEqual([
			'content/x.mdx: <Cite id="ghost"/>: unknown source id; expected an id from content/sources/*.yaml',
			'content/x.mdx: field "sources": cited source "b" is missing from the frontmatter list',
			'content/x.mdx: field "sources": "extra" is listed but never cited with <Cite id="extra"/>',
		]);
	});
});

describe('data files', () => {
	it('rejects a bad cell with file, row and field', () => {
		expect(() => cellInteger('data/x.csv', 3, 'total', '12a')).toThrow('data/x.csv: row 5, field "total": expected a whole number, got "12a"');
	});
	it('parses rows through a schema per column, naming file, row, field and value when one is wrong', () => {
		const shape = { name: cell.text, count: cell.integer, share: cell.number };
		expect(parseRows('data/x.csv', [{ name: ' A ', count: '12', share: '-1.5' }], shape)).toEqual([{ name: 'A', count: 12, share: -1.5 }]);
		expect(() =>
			parseRows(
				'data/x.csv',
				[
					{ name: 'A', count: '1', share: '1' },
					{ name: '', count: '1', share: '1' },
				],
				shape,
			),
		).toThrow('data/x.csv: row 3, field "name": expected text, got ""');
		expect(() => parseRows('data/x.csv', [{ name: 'A', count: '1' }], shape)).toThrow('data/x.csv: missing column(s) share; expected name, count, share');
		expect(() => cellNumber('data/x.csv', 0, 'v', ' ')).toThrow('data/x.csv: row 2, field "v": expected a number, got " "');
		expect(() => cellInteger('data/x.csv', 0, 'v', undefined)).toThrow('data/x.csv: row 2, field "v": expected a whole number, got ""');
	});
	it('rejects encounter rows whose parts do not add up', () => {
		expect(() => parseEncounterRows([{ month: '2020-03', title8: '1', title42: '2', total: '4' }], 'f.csv')).toThrow('f.csv: row 2, field "total": expected title8 + title42 = 3, got 4');
	});
	it('rejects a gap in the months', () => {
		const rows = [
			{ month: '2020-03', title8: '1', title42: '0', total: '1' },
			{ month: '2020-05', title8: '1', title42: '0', total: '1' },
		];
		expect(() => parseEncounterRows(rows, 'f.csv')).toThrow('expected 2020-04 after 2020-03, got 2020-05');
	});
	it('rejects a malformed month', () => {
		expect(() => parseEncounterRows([{ month: 'March 2020', title8: '1', title42: '0', total: '1' }], 'f.csv')).toThrow('field "month": expected YYYY-MM');
	});
	it('writes CSV with quoting', () => {
		expect(toCsv(['a', 'b'], [['x, y', 3]])).toBe('a,b\n"x, y",3\n');
	});
});

describe('YAML lists', () => {
	it('parses a list of mappings', () => {
		expect(parseYamlList('- id: a\n  n: 1\n- id: b\n', 'f.yaml')).toEqual([{ id: 'a', n: 1 }, { id: 'b' }]);
	});
	it('names the file when the YAML is broken or not a list', () => {
		expect(() => parseYamlList('- id: [', 'f.yaml')).toThrow(/^f\.yaml: invalid YAML/);
		expect(() => parseYamlList('id: a', 'f.yaml')).toThrow('f.yaml: expected a YAML list of entries');
		expect(() => parseYamlList('- just text', 'f.yaml')).toThrow('f.yaml: entry 1 must be a mapping of fields');
	});
});

describe('formatting', () => {
	it('formats numbers and dates the way the prose does', () => {
		expect(formatInteger(302034)).toBe('302,034');
		expect(formatCompact(300000)).toBe('300K');
		expect(formatCompact(0)).toBe('0');
		expect(formatMonth('2023-12')).toBe('December 2023');
		expect(formatDate('2024-01-19')).toBe('January 19, 2024');
		expect(formatDate(new Date('2024-01-19T00:00:00Z'))).toBe('January 19, 2024');
		expect(formatDate('2023-10')).toBe('October 2023');
		expect(formatDate('2024')).toBe('2024');
	});
	it('estimates reading time at about 230 words a minute', () => {
		expect(readingMinutes('word '.repeat(2300))).toBe(10);
		expect(readingMinutes('')).toBe(1);
	});
});

describe('search excerpts', () => {
	it('keeps marks and decodes entities, and never yields markup', () => {
		expect(parseExcerpt('Title 42 <mark>expulsions</mark> &amp; more')).toEqual([
			{ text: 'Title 42 ', marked: false },
			{ text: 'expulsions', marked: true },
			{ text: ' & more', marked: false },
		]);
		const hostile = parseExcerpt('&lt;img src=x onerror=alert(1)&gt; <b>bold</b>');
		expect(hostile.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> bold');
	});
	it('decodes numeric entities', () => {
		expect(decodeEntities('B&#225;rcena &#x2014; L&oacute;pez')).toBe('Bárcena — L&oacute;pez');
	});
});

describe('Spanish formatting (docs/style-es.md)', () => {
	it('groups thousands with a comma from four digits up, as Mexican and U.S. Hispanic newsrooms do', () => {
		expect(formatInteger(30000, 'es')).toBe('30,000');
		expect(formatInteger(302034, 'es')).toBe('302,034');
		expect(formatInteger(2912200, 'es')).toBe('2,912,200');
		expect(formatInteger(5000, 'es')).toBe('5,000');
		expect(formatInteger(669, 'es')).toBe('669');
	});
	it('writes percentages with no space before the sign', () => {
		expect(formatPercent(9.87, 1, 'es')).toBe('9.9%');
		expect(formatPercent(40, 0, 'es')).toBe('40%');
	});
	it('writes dates and months the Spanish way', () => {
		expect(formatDate('2024-01-19', 'es')).toBe('19 de enero de 2024');
		expect(formatDate('2023-10', 'es')).toBe('octubre de 2023');
		expect(formatMonth('2023-12', 'es')).toBe('diciembre de 2023');
	});
	it('writes money in millions or whole thousands of millions of dollars, never "billones"', () => {
		expect(formatBillions(13.6, 'es')).toBe('13,600 millones de dólares');
		expect(formatBillions(105.85, 'es')).toBe('105,850 millones de dólares');
		expect(formatBillions(106, 'es')).toBe('106\u00a0mil millones de dólares');
		expect(formatBillions(0.44, 'es')).toBe('440 millones de dólares');
		expect(formatBillions(13.6, 'es', true)).toBe('13,600\u00a0mdd');
		expect(formatBillions(20, 'es', true)).toBe('20\u00a0mil\u00a0mdd');
	});
});
