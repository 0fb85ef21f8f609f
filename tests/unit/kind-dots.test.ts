/**
 * The dots kind (src/graphics/kinds/dots): a unit grid bound from a small fictional
 * fixture (tests/fixtures/dots/data/), one dot per unit, rows by category, colours by
 * value, counts and an optional threshold; states checked against the data; labels
 * that fit and never collide from a 320 px phone up, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { chartKinds, declaredChart } from '../../src/graphics/kinds/spec';
import type { ChartDefinition } from '../../src/graphics/core/chart';
import type { Mark, Scene } from '../../src/graphics/core/scene';
import { countsText, dotsScene, type DotsData } from '../../src/graphics/kinds/dots/model';
import { outOfBounds, overlappingTexts, textBox } from '../helpers/funding-layout';

const ROOT = 'tests/fixtures/dots';
const COMMON = `
title: { en: A vote, es: Una votación }
description: { en: One dot a member., es: Un punto por miembro. }
caption: { en: Fictional data., es: Datos ficticios. }
credit: { en: "Data: test fixture", es: "Datos: archivo de prueba" }
sources: [fixture]
size: { width: 640, height: 420 }
narrowSize: { width: 320, height: 520 }
`;
const VOTES = `kind: dots
data: votes.csv
${COMMON}
category: body
value: vote
count: members
values:
  - { key: yes, label: { en: "Yes", es: "Sí" }, colour: blue }
  - { key: no, label: { en: "No", es: "No" }, colour: orange }
  - { key: not-voting, label: { en: Not voting, es: No votaron }, colour: grey }
categories:
  - { key: Council, label: { en: Council, es: Consejo } }
  - { key: Assembly, label: { en: Assembly, es: Asamblea } }
threshold:
  column: needed
  label: { en: "{count} needed", es: "se necesitaban {count}" }
table:
  category: { en: Body, es: Cuerpo }
  total: { en: Members, es: Miembros }
  threshold: { en: Yes votes needed, es: Votos a favor necesarios }
`;
const PANEL = `kind: dots
data: panel.csv
${COMMON}
category: group
value: answer
values:
  - { key: yes, label: { en: "Yes", es: "Sí" }, colour: green }
  - { key: no, label: { en: "No", es: "No" }, colour: purple }
table:
  category: { en: Group, es: Grupo }
  total: { en: People, es: Personas }
`;

const declare = (yaml: string): ChartDefinition<unknown, string> => declaredChart('fixture-dots', 'data/fixture-dots.chart.yaml', yaml, chartKinds(), ROOT);
const votes = declare(VOTES);
const data = votes.load() as DotsData;
const layer = (s: Scene, id: string): Mark[] => s.layers.find((l) => l.id === id)!.marks;
const byKey = (s: Scene, key: string) => s.layers.flatMap((l) => l.marks).find((m) => m.key === key)!;
const dotsOf = (s: Scene, row: string) => layer(s, 'dots').filter((m) => m.key.startsWith(`dot-${row}-`));

describe('dots kind: binding', () => {
	it('sums the count column into rows by category, in the spec’s order, with the threshold', () => {
		expect(data.rows.map((r) => [r.key, r.label.es, r.counts, r.threshold])).toEqual([
			['Council', 'Consejo', { yes: 48, no: 50, 'not-voting': 2 }, 60],
			['Assembly', 'Asamblea', { yes: 301, no: 120, 'not-voting': 14 }, 218],
		]);
	});

	it('counts one unit a CSV row without a count column, rows in the CSV’s order', () => {
		const panel = declare(PANEL).load() as DotsData;
		expect(panel.rows.map((r) => [r.key, r.counts])).toEqual([
			['Judges', { yes: 2, no: 1 }],
			['Clerks', { yes: 1, no: 1 }],
		]);
		expect(panel.thresholdLabel).toBeUndefined();
	});

	it('stops the build naming the file and field when the spec does not match the CSV', () => {
		expect(() => declare(VOTES.replace('count: members', 'count: member')).load()).toThrow('field "count": no column "member" in data/votes.csv; expected one of body, vote, members, needed');
		expect(() => declare(VOTES.replace('  - { key: not-voting', '  - { key: absent')).load()).toThrow(/data\/votes\.csv: row 4, column "vote": expected one of yes, no, absent .* got "not-voting"/);
		expect(() => declare(VOTES.replace('key: Assembly, label', 'key: Senate, label')).load()).toThrow(/row 5, column "body": "Assembly" is not one of the spec's categories/);
		expect(() => declare(VOTES.replace('colour: orange', 'colour: pink'))).toThrow(/data\/fixture-dots\.chart\.yaml: field "values\.1\.colour": expected a colour of the site's palette/);
		expect(() => declare(VOTES.replace('  column: needed', '  column: needed\n  count: 60'))).toThrow(/field "threshold": expected either count/);
	});
});

describe('dots kind: states', () => {
	const check = (state: unknown) => votes.checkState!(JSON.stringify(state));

	it('accepts {} and states that name categories and values of the data', () => {
		expect(check({})).toEqual([]);
		expect(check({ highlight: ['Council', 'no'], notes: [{ at: 'Assembly', text: 'Passed' }] })).toEqual([]);
	});

	it('names the field of a note or highlight outside the data', () => {
		expect(check({ notes: [{ at: 'Senate', text: 'x' }] })).toEqual([{ field: 'notes.0.at', message: 'no category "Senate" in the data; expected one of Council, Assembly' }]);
		expect(check({ highlight: ['maybe'] })[0]).toMatchObject({ field: 'highlight.0' });
		expect(check({ highlight: 'Council' })[0]).toMatchObject({ field: 'highlight' });
		expect(check({ notes: [{ at: 'Council' }] })[0]).toMatchObject({ field: 'notes.0.text' });
	});

	it('mutes what is not highlighted', () => {
		const s = dotsScene(data, votes.staticSize, { highlight: ['no'] }, 'en');
		expect(dotsOf(s, 'Council').filter((d) => !d.className!.includes('is-muted'))).toHaveLength(50);
		const row = dotsScene(data, votes.staticSize, { highlight: ['Assembly'] }, 'en');
		expect(byKey(row, 'title-Council').className).toContain('is-muted');
		expect(dotsOf(row, 'Assembly').every((d) => !d.className!.includes('is-muted'))).toBe(true);
	});

	it('draws a note under its category’s heading, in the page’s language', () => {
		const s = dotsScene(data, votes.staticSize, { notes: [{ at: 'Council', text: ['Falló', 'por 12 votos'] }] }, 'es');
		expect(byKey(s, 'note-Council-0').lines).toEqual(['Falló por 12 votos']);
		expect(overlappingTexts(s)).toEqual([]);
	});
});

describe('dots kind: scene', () => {
	it('draws one dot per unit, coloured by value in the spec’s order', () => {
		const s = dotsScene(data, votes.staticSize, {}, 'en');
		const council = dotsOf(s, 'Council');
		expect(council).toHaveLength(100);
		expect(dotsOf(s, 'Assembly')).toHaveLength(435);
		expect(council.slice(0, 48).every((d) => d.className === 'fill-c-blue')).toBe(true);
		expect(council.slice(48, 98).every((d) => d.className === 'fill-c-orange')).toBe(true);
		expect(council.slice(98).every((d) => d.className === 'fill-c-grey')).toBe(true);
	});

	it('labels the counts and the threshold in each language', () => {
		expect(countsText(data, data.rows[1]!, 'en')).toBe('Yes 301 · No 120 · Not voting 14 · 218 needed');
		expect(countsText(data, data.rows[1]!, 'es')).toBe('Sí 301 · No 120 · No votaron 14 · se necesitaban 218');
		const s = dotsScene(data, votes.staticSize, {}, 'es');
		expect(byKey(s, 'title-Council').lines).toEqual(['Consejo']);
		expect(byKey(s, 'counts-Council').lines!.join(' ')).toBe('Sí 48 · No 50 · No votaron 2 · se necesitaban 60');
	});

	it('marks the threshold just after the dot that reaches it', () => {
		const s = dotsScene(data, votes.staticSize, {}, 'en');
		const line = byKey(s, 'threshold-Council');
		const dots = dotsOf(s, 'Council');
		const reach = dots[59]!;
		const next = dots[60]!;
		const x = Number(line.attrs.x1);
		expect(x).toBeGreaterThan(Number(reach.attrs.cx));
		if (Number(next.attrs.cy) === Number(reach.attrs.cy)) expect(x).toBeLessThan(Number(next.attrs.cx));
		expect(Number(line.attrs.y1)).toBeLessThan(Number(reach.attrs.cy));
		expect(Number(line.attrs.y2)).toBeGreaterThan(Number(reach.attrs.cy));
	});

	const sizes = [
		{ width: 320, height: 520 },
		{ width: 360, height: 480 },
		{ width: 480, height: 420 },
		{ width: 640, height: 420 },
		{ width: 1000, height: 360 },
	];
	it.each(['en', 'es'] as const)('fits from a 320 px phone up, without overlapping text or dots (%s)', (lang) => {
		for (const dims of sizes) {
			const s = dotsScene(data, dims, { notes: [{ at: 'Assembly', text: lang === 'es' ? 'Aprobada' : 'Passed' }] }, lang);
			const where = `${dims.width}×${dims.height}`;
			// Estimated with DejaVu Sans widths, the widest common fallback font.
			expect(outOfBounds(s), where).toEqual([]);
			expect(overlappingTexts(s), where).toEqual([]);
			// Dots keep at least 1.6 px radius (readable as dots) and never overlap.
			const dots = layer(s, 'dots');
			expect(Number(dots[0]!.attrs.r), where).toBeGreaterThanOrEqual(1.6);
			const boxes = s.layers.flatMap((l) => l.marks.filter((m) => m.tag === 'text')).map(textBox);
			for (const d of dots) {
				const cx = Number(d.attrs.cx);
				const cy = Number(d.attrs.cy);
				expect(
					boxes.some((b) => cx > b.x0 && cx < b.x1 && cy > b.y0 && cy < b.y1),
					`${where}: ${d.key} under text`,
				).toBe(false);
			}
		}
	});

	it('has a table of counts, totals and thresholds in both languages', () => {
		expect(votes.table(data, 'en')).toEqual({
			columns: ['Body', 'Yes', 'No', 'Not voting', 'Members', 'Yes votes needed'],
			rows: [
				['Council', 48, 50, 2, 100, 60],
				['Assembly', 301, 120, 14, 435, 218],
			],
		});
		expect(votes.table(data, 'es').columns).toEqual(['Cuerpo', 'Sí', 'No', 'No votaron', 'Miembros', 'Votos a favor necesarios']);
	});

	it('is pure and draws the same scene through the chart definition', () => {
		const copy = structuredClone(data);
		expect(votes.scene(copy, votes.staticSize, '{}', 'en')).toEqual(dotsScene(data, votes.staticSize, {}, 'en'));
		expect(copy).toEqual(data);
	});
});
