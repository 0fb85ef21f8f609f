/**
 * The timeline kind (src/graphics/kinds/timeline) and the chart declared with it,
 * mexico-timeline (data/mexico-timeline.chart.yaml): data bound from the CSV and the
 * spec, labels that never collide from 320 px up in both languages, numbered markers
 * on phones, states checked against the data, goldens of the static drawings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getChart } from '../../src/graphics';
import timeline from '../../src/graphics/kinds/timeline';
import { eventLabels, timelineScene, type TimelineData, type TimelineState } from '../../src/graphics/kinds/timeline/model';
import { stackLabels } from '../../src/graphics/core/stacked-labels';
import { textWidth } from '../../src/graphics/core/text';
import { declaredChart, chartKinds } from '../../src/graphics/kinds/spec';
import { sceneToSvgInner } from '../../src/graphics/core/svg-string';
import type { Mark, Scene } from '../../src/graphics/core/scene';
import { loadEncounters } from '../../src/content/data/encounters';
import { loadAllEvents } from '../../src/content/events';
import { expectGolden, standaloneSvg } from '../helpers/golden';
import { outside, overlappingPairs, textBoxes } from '../helpers/text-boxes';

const chart = getChart('mexico-timeline');
const data = chart.load() as TimelineData;
const wide = chart.staticSize;
const narrow = chart.narrowSize!;
const SPEC = readFileSync('data/mexico-timeline.chart.yaml', 'utf8');
const layer = (scene: Scene, id: string): Mark[] => scene.layers.find((l) => l.id === id)!.marks;
const labels = (scene: Scene) => layer(scene, 'markers').filter((m) => m.key.endsWith('-label'));
const byKey = (scene: Scene, key: string) => scene.layers.flatMap((l) => l.marks).find((m) => m.key === key)!;
const draw = (dims = wide, state: TimelineState = {}, lang: 'en' | 'es' = 'en') => timelineScene(data, dims, state, lang);
/** The chart from an edited copy of its spec. */
const edited = (change: (yaml: string) => string) => declaredChart('mexico-timeline', 'data/mexico-timeline.chart.yaml', change(SPEC), chartKinds(), process.cwd());

describe('mexico-timeline data', () => {
	it('is declared with the timeline kind and keeps its name', () => {
		expect(chart.kind).toBe('timeline');
		expect(chart.name).toBe('mexico-timeline');
	});

	it('covers January 2023 to June 2024 with CBP’s revised monthly totals', () => {
		expect(data.months).toHaveLength(18);
		expect(data.months[0]!.month).toBe('2023-01');
		expect(data.months.at(-1)!.month).toBe('2024-06');
		const total = new Map(data.months.map((m) => [m.month, m.value]));
		expect(total.get('2023-12')).toBe(301981);
		expect(total.get('2024-01')).toBe(176195);
		expect(total.get('2024-06')).toBe(130415);
		// Same numbers as the encounters chart (one file).
		const all = new Map(loadEncounters().map((r) => [r.month, r.total]));
		for (const m of data.months) expect(m.value).toBe(all.get(m.month));
	});

	it('marks the ten events of the story, in date order, with the dates of the events files', () => {
		expect(data.events.map((m) => m.date)).toEqual(['2023-01-05', '2023-05-02', '2023-05-11', '2023-12', '2023-12-27', '2024-01-05', '2024-01-19', '2024-02-28', '2024-06-02', '2024-06-04']);
		expect(data.events.map((m) => m.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		const events = new Map(loadAllEvents().map((e) => [e.id, e]));
		for (const m of data.events.filter((m) => m.date.length === 10)) {
			expect(events.get(m.id)?.date, m.id).toBe(m.date);
			expect(m.title.en).toBe(events.get(m.id)!.title);
		}
	});

	it('labels the record month from the data: December 2023, 301,981', () => {
		expect(eventLabels(data.events, 'en')[3]).toBe('Dec 2023: record, 301,981');
		expect(eventLabels(data.events, 'es')[3]).toBe('dic 2023: récord, 301,981');
		expect(data.events[3]!.title.en).toBe('Record month: 301,981 southwest-border encounters (CBP revised figure)');
	});

	it('stops the build naming the file and field when the spec disagrees with the data', () => {
		expect(() => edited((y) => y.replace('date: "2024-01-19"', 'date: "2024-01-26"')).load()).toThrow(
			/content\/events\/mexico-delegation\.yaml: event "washington-migration-meeting" is dated 2024-01-19, but the chart's field "events.6.date" says 2024-01-26/,
		);
		expect(() => edited((y) => y.replace('column: total', 'column: totl')).load()).toThrow(
			'field "context.column": no column "totl" in data/sw-border-encounters-monthly.csv; expected one of month, title8, title42, total, source',
		);
		expect(() => edited((y) => y.replace('date: "2023-12"\n    record: true', 'date: "2023-11"\n    record: true')).load()).toThrow(
			/field "events.3.record": the highest month .* is 2023-12, not 2023-11/,
		);
		expect(() => edited((y) => y.replace('date: "2024-06-04"', 'date: "2024-07-04"')).load()).toThrow(/field "events.9.date": 2024-07-04 is outside the chart's months, 2023-01 to 2024-06/);
		expect(() => edited((y) => y.replace('    record: true', '    recrd: true'))).toThrow(/data\/mexico-timeline.chart.yaml: field "events.3.recrd": unknown field \(misspelt\?\)/);
	});
});

describe('timeline states', () => {
	const check = (state: unknown) => chart.checkState!(JSON.stringify(state));

	it('accepts the static overview {} and states inside the data', () => {
		expect(check({})).toEqual([]);
		expect(check({ from: '2023-06', through: '2024-02', highlight: ['washington-migration-meeting'], notes: [{ at: '2024-01-19', text: ['Talks', 'in Washington'] }] })).toEqual([]);
		expect(check({ highlight: ['2023-12', '2024-01-31'] })).toEqual([]);
	});

	it('names the field of an event or note outside the data', () => {
		expect(
			check({
				notes: [
					{ at: '2024-01-19', text: 'ok' },
					{ at: '2025-01-01', text: 'late' },
				],
			}),
		).toEqual([{ field: 'notes.1.at', message: '2025-01-01 is outside the data (2023-01 to 2024-06)' }]);
		expect(check({ highlight: ['washington-meeting'] })[0]).toMatchObject({ field: 'highlight.0', message: expect.stringContaining('no event "washington-meeting"') });
		expect(check({ highlight: ['2022-01', '2023-03'] })[0]).toMatchObject({ field: 'highlight.0' });
		expect(check({ through: '2024-09' })[0]).toMatchObject({ field: 'through' });
		expect(check({ from: '2024-02', through: '2023-09' })[0]).toMatchObject({ field: 'through' });
		// A misspelt field is named, with the fields a state has.
		expect(check({ note: [] })[0]).toMatchObject({ field: 'note', message: expect.stringMatching(/^unknown field \(misspelt\?\); expected one of .*\bnotes\b/) });
		expect(check({ notes: [{ at: 'Dec', text: 'x' }] })[0]).toMatchObject({ field: 'notes.0.at', message: expect.stringContaining('expected a date') });
	});

	it('shows only the months and events from `from` through `through`', () => {
		const s = draw(wide, { from: '2023-10', through: '2024-02' });
		expect(layer(s, 'bars').map((b) => b.key)).toEqual(['bar-2023-10', 'bar-2023-11', 'bar-2023-12', 'bar-2024-01', 'bar-2024-02']);
		expect(labels(s).map((l) => l.key)).toEqual(['marker-4-label', 'marker-5-label', 'marker-6-label', 'marker-7-label', 'marker-8-label']);
		expect(byKey(s, 'xtick-2023-10').lines).toEqual(['Oct 2023']);
	});

	it('mutes what is not highlighted: events by id, bars and events by date range', () => {
		const byId = draw(wide, { highlight: ['mexico-city-meeting', 'washington-migration-meeting'] });
		const mutedLabels = labels(byId)
			.filter((l) => l.className!.includes('is-muted'))
			.map((l) => l.key);
		expect(mutedLabels).toHaveLength(8);
		expect(mutedLabels).not.toContain('marker-5-label');
		expect(byKey(byId, 'marker-7-dot').className).toBe('fill-text');
		const range = draw(wide, { highlight: ['2023-12', '2024-01'] });
		expect(byKey(range, 'bar-2023-11').className).toContain('is-muted');
		expect(byKey(range, 'bar-2024-01').className).toBe('bar fill-neutral');
		expect(byKey(range, 'marker-4-label').className).toBe('note');
		expect(byKey(range, 'marker-8-label').className).toContain('is-muted');
	});

	it('draws notes as labelled leaders at their dates, stacked with the markers', () => {
		for (const dims of [wide, narrow]) {
			const s = draw(dims, { notes: [{ at: '2024-01-19', text: ['Talks', 'here'] }] });
			const note = byKey(s, 'note-0-label');
			expect(note.lines).toEqual(['Talks here']);
			expect(Number(byKey(s, 'note-0-leader').attrs.x1)).toBeCloseTo(Number(byKey(s, 'marker-7-leader').attrs.x1), 5);
			expect(overlappingPairs(textBoxes(s))).toEqual([]);
		}
	});
});

describe('mexico-timeline scene', () => {
	it('draws one neutral bar per month; December 2023 is the tallest; heights are proportional', () => {
		const bars = layer(draw(), 'bars');
		expect(bars).toHaveLength(18);
		for (const b of bars) expect(b.className).toBe('bar fill-neutral');
		const h = (m: string) => Number(bars.find((b) => b.key === `bar-${m}`)!.attrs.height);
		const tallest = bars.reduce((a, b) => (Number(b.attrs.height) > Number(a.attrs.height) ? b : a));
		expect(tallest.key).toBe('bar-2023-12');
		expect(h('2023-12') / h('2024-01')).toBeCloseTo(301981 / 176195, 3);
	});

	it('says encounters are events, not people, on the chart and in the caption', () => {
		expect(chart.caption).toContain('Encounters are events, not people');
		for (const dims of [wide, narrow]) expect(byKey(draw(dims), 'legend-label').lines![0]).toContain('events, not people');
		expect(byKey(draw(narrow, {}, 'es'), 'legend-label').lines).toEqual(['Encuentros al mes (eventos, no personas)']);
	});

	it('labels every event on the wide chart, in both languages', () => {
		expect(labels(draw()).map((m) => m.lines![0])).toEqual([
			'Jan 5, 2023: CHNV returns begin',
			'May 2: CHNV deal extended',
			'May 11: Title 42 ends',
			'Dec 2023: record, 301,981',
			'Dec 27: Mexico City meeting',
			'Jan 5, 2024: López Obrador’s requests',
			'Jan 19: Washington meeting',
			'Feb 28: with Guatemala',
			'June 2: Sheinbaum elected',
			'June 4: asylum proclamation',
		]);
		const es = labels(draw(wide, {}, 'es')).map((m) => m.lines![0]);
		expect(es).toContain('5 ene 2023: empiezan las devoluciones CHNV');
		expect(es).toContain('19 ene: reunión en Washington');
		expect(es).toContain('4 jun: proclamación sobre el asilo');
	});

	it('numbers the markers on phones, and the caption lists the numbers', () => {
		for (const lang of ['en', 'es'] as const) {
			for (const width of [320, 360, 480]) {
				const text = labels(draw({ width, height: 360 }, {}, lang)).map((m) => m.lines![0]);
				expect(text, `${lang} ${width}`).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
			}
		}
		for (let i = 1; i <= 10; i++) expect(chart.caption).toContain(`${i} `);
		expect(chart.caption).toContain('7 January 19, 2024: the Washington meeting');
		expect(chart.caption).toContain('10 June 4, 2024');
		expect(chart.es.caption).toContain('7 19 de enero de 2024: la reunión de Washington');
	});

	it('puts each marker over its own month’s bar', () => {
		const s = draw();
		for (const m of data.events) {
			const dot = byKey(s, `marker-${m.n}-dot`);
			const bar = byKey(s, `bar-${m.date.slice(0, 7)}`);
			const cx = Number(dot.attrs.cx);
			const band = Number(bar.attrs.width) * (1 / 0.76); // bar width is 76% of its month
			const centre = Number(bar.attrs.x) + Number(bar.attrs.width) / 2;
			expect(Math.abs(cx - centre), m.id).toBeLessThanOrEqual(band / 2 + 0.01);
			expect(Number(dot.attrs.cy)).toBeLessThan(Number(bar.attrs.y));
		}
	});

	const sizes = [
		{ width: 320, height: 260 },
		{ width: 320, height: 360 },
		{ width: 360, height: 360 },
		{ width: 480, height: 360 },
		{ width: 560, height: 380 },
		{ width: 600, height: 400 },
		{ width: 680, height: 420 },
		{ width: 760, height: 440 },
		{ width: 1200, height: 480 },
	];

	it.each(['en', 'es'] as const)('draws nothing outside the chart from 320 px to 1200 px (%s)', (lang) => {
		for (const dims of sizes) expect(outside(draw(dims, {}, lang)), `${dims.width}×${dims.height}`).toEqual([]);
	});

	it.each(['en', 'es'] as const)('never lets labels collide, or a leader line cross another label (%s)', (lang) => {
		for (const dims of sizes) {
			const s = draw(dims, {}, lang);
			const boxes = textBoxes(s);
			expect(overlappingPairs(boxes), `${dims.width}`).toEqual([]);
			const leaders = layer(s, 'markers').filter((m) => m.key.endsWith('-leader'));
			for (const leader of leaders) {
				const own = leader.key.replace('-leader', '-label');
				for (const b of boxes.filter((b) => b.key !== own)) {
					const x = Number(leader.attrs.x1);
					const crosses = x > b.left && x < b.right && Number(leader.attrs.y1) < b.bottom && Number(leader.attrs.y2) > b.top;
					expect(crosses, `${dims.width}: ${leader.key} crosses "${b.text}"`).toBe(false);
				}
			}
		}
	});

	it('labels every event (not numbers) on the static wide chart in both languages', () => {
		for (const lang of ['en', 'es'] as const)
			expect(
				labels(draw(wide, {}, lang)).every((l) => l.lines![0]!.includes(':')),
				lang,
			).toBe(true);
	});

	it('stacks labels that would touch into separate rows', () => {
		const items = [0, 1, 2].map((i) => ({ key: `m${i}`, text: 'Some label here', x: 100 + i * 10, width: textWidth('Some label here', 12.5, true) }));
		const placed = stackLabels(items, 600, 5)!;
		expect(new Set(placed.map((p) => p.row)).size).toBe(3);
		// The left-most label sits highest, so its leader passes to the left of the others.
		expect(placed[0]!.row).toBeGreaterThan(placed[2]!.row);
		expect(stackLabels(items, 600, 2)).toBeUndefined();
	});

	it('renders the wide and narrow static SVGs to goldens', () => {
		expectGolden('mexico-timeline-overview', standaloneSvg(sceneToSvgInner(draw(wide)), wide.width, wide.height));
		expectGolden('mexico-timeline-overview-narrow', standaloneSvg(sceneToSvgInner(draw(narrow)), narrow.width, narrow.height));
	});

	it('is pure: the same input gives the same scene, and the input is not changed', () => {
		const copy: TimelineData = structuredClone(data);
		expect(timelineScene(copy, wide, {}, 'en')).toEqual(draw(wide));
		expect(copy).toEqual(data);
	});

	it('draws the same scene through the chart definition (state as JSON text)', () => {
		expect(chart.scene(data, wide, '{}', 'es')).toEqual(draw(wide, {}, 'es'));
		expect(timeline.scene(data, wide, {}, 'en')).toEqual(draw(wide));
	});
});

describe('mexico-timeline definition', () => {
	const ids = new Set(
		readdirSync('content/sources')
			.filter((f) => f.endsWith('.yaml'))
			.flatMap((f) => (parse(readFileSync(`content/sources/${f}`, 'utf8')) as { id: string }[]).map((s) => s.id)),
	);

	it('cites sources that exist, and at least one source of every marked event', () => {
		for (const id of chart.sourceIds) expect(ids.has(id), id).toBe(true);
		const events = new Map(loadAllEvents().map((e) => [e.id, e]));
		for (const m of data.events.filter((m) => m.date.length === 10)) {
			expect(
				events.get(m.id)!.sources.some((s) => chart.sourceIds.includes(s)),
				m.id,
			).toBe(true);
		}
		expect(chart.sourceIds).toContain('cbp-sw-encounters');
		expect(chart.credit).toContain('U.S. Customs and Border Protection');
	});

	it('matches the figures in its description to the data', () => {
		for (const n of ['301,981', '176,195', '130,415']) expect(chart.description).toContain(n);
		const between = data.months.filter((m) => m.month >= '2024-02' && m.month <= '2024-05').map((m) => m.value);
		expect(Math.min(...between)).toBeGreaterThanOrEqual(170000);
		expect(Math.max(...between)).toBeLessThanOrEqual(190000);
		expect(data.events).toHaveLength(10);
	});

	it('has a table of months with encounters and the numbered events, in both languages', () => {
		const t = chart.table(data);
		expect(t.columns).toEqual(['Month', 'Southwest-border encounters', 'Marked events (number, date: event)']);
		expect(t.rows).toHaveLength(18);
		const dec = t.rows.find((r) => r[0] === 'December 2023')!;
		expect(dec[1]).toBe(301981);
		expect(dec[2]).toBe('4. December 2023: Record month: 301,981 southwest-border encounters (CBP revised figure); 5. December 27, 2023: Blinken, Mayorkas and Sherwood-Randall meet López Obrador');
		expect(t.rows.find((r) => r[0] === 'March 2023')![2]).toBe('—');
		const es = chart.table(data, 'es');
		expect(es.columns[0]).toBe('Mes');
		expect(es.rows[11]).toEqual([
			'Diciembre de 2023',
			301981,
			'4. diciembre de 2023: Mes récord: 301,981 encuentros en la frontera suroeste (cifra revisada de la CBP); 5. 27 de diciembre de 2023: Reunión en la Ciudad de México',
		]);
	});
});

describe('timeline kind without a context series', () => {
	const yaml = `kind: timeline
data: steps.csv
title: { en: Steps, es: Pasos }
description: { en: Three dated steps., es: Tres pasos con fecha. }
caption: { en: Fictional events., es: Eventos ficticios. }
credit: { en: "Data: test fixture", es: "Datos: archivo de prueba" }
sources: [fixture]
size: { width: 640, height: 200 }
from: "2024-01"
to: "2024-04"
table:
  month: { en: Month, es: Mes }
  events: { en: Events, es: Eventos }
events:
  - { id: first-step, date: "2024-01-10", label: { en: first step, es: primer paso }, title: { en: First step, es: Primer paso } }
  - { id: second-step, date: "2024-02-02", label: { en: second step, es: segundo paso }, title: { en: Second step, es: Segundo paso } }
  - { id: last-step, date: "2024-04", label: { en: last step, es: último paso }, title: { en: Last step, es: Último paso } }
`;
	const steps = declaredChart('fixture-steps', 'data/fixture-steps.chart.yaml', yaml, chartKinds(), 'tests/fixtures/timeline');
	const d = steps.load() as TimelineData;

	it('draws the markers on a bare time axis, with no bars, ticks or legend', () => {
		expect(d.months).toEqual([]);
		const s = timelineScene(d, { width: 640, height: 200 }, {}, 'es');
		expect(layer(s, 'bars')).toEqual([]);
		expect(layer(s, 'legend')).toEqual([]);
		expect(labels(s).map((l) => l.lines![0])).toEqual(['10 ene 2024: primer paso', '2 feb: segundo paso', 'abr 2024: último paso']);
		expect(byKey(s, 'xtick-2024-01').lines).toEqual(['ene 2024']);
		for (const dims of [
			{ width: 320, height: 160 },
			{ width: 640, height: 200 },
		])
			expect(overlappingPairs(textBoxes(timelineScene(d, dims, {}, 'en')))).toEqual([]);
	});

	it('has a table of months and events only', () => {
		expect(steps.table(d, 'en')).toEqual({
			columns: ['Month', 'Events'],
			rows: [
				['January 2024', '1. January 10, 2024: First step'],
				['February 2024', '2. February 2, 2024: Second step'],
				['March 2024', '—'],
				['April 2024', '3. April 2024: Last step'],
			],
		});
	});

	it('stops the build when an event is out of date order, or "{value}" has no context', () => {
		expect(() => declaredChart('x', 'x', yaml.replace('date: "2024-02-02"', 'date: "2024-01-02"'), chartKinds(), 'tests/fixtures/timeline').load()).toThrow(
			'field "events.1.date": events must be in date order; 2024-01-02 comes before 2024-01-10',
		);
		expect(() => declaredChart('x', 'x', yaml.replace('en: last step', 'en: "last step, {value}"'), chartKinds(), 'tests/fixtures/timeline').load()).toThrow(
			'field "events.2.label.en": "{value}" needs a context value for 2024-04',
		);
	});
});

describe('timeline states at phone and desktop sizes', () => {
	const states: TimelineState[] = [
		{ from: '2023-10', through: '2024-02', notes: [{ at: '2024-01-19', text: 'Talks' }] },
		{ highlight: ['2023-12', '2024-01'], notes: [{ at: '2023-05', text: ['Title 42', 'ends'] }] },
		{ through: '2023-12', highlight: ['t42-order-lifts'] },
	];
	it.each(['en', 'es'] as const)('keeps labels apart and inside the chart (%s)', (lang) => {
		for (const state of states) {
			for (const dims of [narrow, wide, { width: 320, height: 300 }]) {
				const s = draw(dims, state, lang);
				const where = `${JSON.stringify(state)} @ ${dims.width}`;
				expect(overlappingPairs(textBoxes(s)), where).toEqual([]);
				expect(outside(s), where).toEqual([]);
			}
		}
	});
});
