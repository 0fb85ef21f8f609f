import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import chart from '../../src/graphics/mexico-timeline';
import { stackLabels, textWidth, timelineScene, type TimelineData } from '../../src/graphics/mexico-timeline/model';
import { sceneToSvgInner } from '../../src/graphics/core/svg-string';
import type { Mark, Scene } from '../../src/graphics/core/scene';
import { loadEncounters } from '../../src/content/data/encounters';
import { loadAllEvents, parseEvents } from '../../src/content/events';
import { buildTimeline, MARKERS } from '../../src/graphics/mexico-timeline/data';
import { expectGolden, standaloneSvg } from '../helpers/golden';
import { outside, overlappingPairs, textBoxes } from '../helpers/text-boxes';

const data = chart.load();
const wide = chart.staticSize;
const narrow = chart.narrowSize!;
const layer = (scene: Scene, id: string): Mark[] => scene.layers.find((l) => l.id === id)!.marks;
const labels = (scene: Scene) => layer(scene, 'markers').filter((m) => m.key.endsWith('-label'));
const byKey = (scene: Scene, key: string) => scene.layers.flatMap((l) => l.marks).find((m) => m.key === key)!;

describe('mexico-timeline data', () => {
	it('covers January 2023 to June 2024 with CBP’s revised monthly totals', () => {
		expect(data.months).toHaveLength(18);
		expect(data.months[0]!.month).toBe('2023-01');
		expect(data.months.at(-1)!.month).toBe('2024-06');
		const total = new Map(data.months.map((m) => [m.month, m.total]));
		expect(total.get('2023-12')).toBe(301981);
		expect(total.get('2024-01')).toBe(176195);
		expect(total.get('2024-06')).toBe(130415);
		// Same numbers as the encounters chart (one loader, one file).
		const all = new Map(loadEncounters().map((r) => [r.month, r.total]));
		for (const m of data.months) expect(m.total).toBe(all.get(m.month));
	});

	it('marks the ten events of the story, in date order, with dates from the events files', () => {
		expect(data.markers.map((m) => m.date)).toEqual(['2023-01-05', '2023-05-02', '2023-05-11', '2023-12', '2023-12-27', '2024-01-05', '2024-01-19', '2024-02-28', '2024-06-02', '2024-06-04']);
		expect(data.markers.map((m) => m.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		const events = new Map(loadAllEvents().map((e) => [e.id, e]));
		for (const m of data.markers.filter((m) => m.date.length === 10)) {
			expect(events.get(m.id)?.date, m.id).toBe(m.date);
			expect(data.titles[m.n]).toBe(events.get(m.id)!.title);
		}
	});

	it('reads the Mexico events file, and events kept once in other topics’ files', () => {
		const files = new Map(loadAllEvents().map((e) => [e.id, e.file]));
		expect(files.get('washington-migration-meeting')).toBe('content/events/mexico-delegation.yaml');
		expect(files.get('t42-order-lifts')).toMatch(/^content\/events\/.+\.yaml$/);
	});

	it('labels the record month from the data: December 2023, 301,981', () => {
		const record = data.markers.find((m) => m.date === '2023-12')!;
		expect(record.label).toBe('Dec 2023: record, 301,981');
	});

	it('stops with the file and id when an event is missing or its date changed', () => {
		const enc = loadEncounters();
		const events = loadAllEvents();
		expect(() =>
			buildTimeline(
				enc,
				events.filter((e) => e.id !== 'washington-migration-meeting'),
			),
		).toThrow(/no event with id "washington-migration-meeting"/);
		const moved = events.map((e) => (e.id === 'washington-migration-meeting' ? { ...e, date: '2024-01-26' } : e));
		expect(() => buildTimeline(enc, moved)).toThrow(
			/content\/events\/mexico-delegation\.yaml: event "washington-migration-meeting" is dated 2024-01-26, but the mexico-timeline chart expects 2024-01-19/,
		);
	});

	it('checks events entry by entry, naming the file, entry and field', () => {
		expect(() => parseEvents('- id: x\n  date: 2024-13-40\n  title: T\n  summary: S\n  sources: [a]\n', 'content/events/x.yaml')).toThrow(
			'content/events/x.yaml: entry 1 ("x"), field "date": expected YYYY-MM-DD',
		);
		expect(() => parseEvents('- id: x\n  date: 2024-01-19\n  title: T\n  summary: S\n', 'content/events/x.yaml')).toThrow(/field "sources"/);
	});
});

describe('mexico-timeline scene', () => {
	it('draws one neutral bar per month; December 2023 is the tallest; heights are proportional', () => {
		const s = timelineScene(data, wide);
		const bars = layer(s, 'bars');
		expect(bars).toHaveLength(18);
		for (const b of bars) expect(b.className).toBe('bar fill-neutral');
		const h = (m: string) => Number(bars.find((b) => b.key === `bar-${m}`)!.attrs.height);
		const tallest = bars.reduce((a, b) => (Number(b.attrs.height) > Number(a.attrs.height) ? b : a));
		expect(tallest.key).toBe('bar-2023-12');
		expect(h('2023-12') / h('2024-01')).toBeCloseTo(301981 / 176195, 3);
	});

	it('says encounters are events, not people, on the chart and in the caption', () => {
		expect(chart.caption).toContain('Encounters are events, not people');
		for (const dims of [wide, narrow]) expect(byKey(timelineScene(data, dims), 'legend-label').lines![0]).toContain('events, not people');
	});

	it('labels every event on the wide chart', () => {
		const text = labels(timelineScene(data, wide)).map((m) => m.lines![0]);
		expect(text).toEqual([
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
	});

	it('numbers the markers on phones, and the caption lists the numbers', () => {
		for (const width of [320, 360, 480]) {
			const text = labels(timelineScene(data, { width, height: 360 })).map((m) => m.lines![0]);
			expect(text, String(width)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
		}
		for (let i = 1; i <= 10; i++) expect(chart.caption).toContain(`${i} `);
		expect(chart.caption).toContain('7 January 19, 2024: the Washington meeting');
		expect(chart.caption).toContain('10 June 4, 2024');
	});

	it('puts each marker over its own month’s bar', () => {
		const s = timelineScene(data, wide);
		for (const m of data.markers) {
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
		{ width: 560, height: 380 },
		{ width: 600, height: 400 },
		{ width: 760, height: 440 },
		{ width: 1200, height: 480 },
	];

	it('draws nothing outside the chart from 320 px to 1200 px', () => {
		for (const dims of sizes) expect(outside(timelineScene(data, dims)), `${dims.width}×${dims.height}`).toEqual([]);
	});

	it('never lets labels collide, or a leader line cross another label', () => {
		for (const dims of sizes) {
			const s = timelineScene(data, dims);
			const boxes = textBoxes(s);
			expect(overlappingPairs(boxes), `${dims.width}`).toEqual([]);
			// With the safer bold estimate (0.6) as well.
			expect(overlappingPairs(textBoxes(s, 0.6)), `${dims.width} bold`).toEqual([]);
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

	it('stacks labels that would touch into separate rows', () => {
		const m = (n: number) => ({ n, id: `e${n}`, date: '2024-01-01', label: 'x' });
		const items = [0, 1, 2].map((i) => ({ marker: m(i + 1), text: 'Some label here', x: 100 + i * 10, width: textWidth('Some label here', 12.5, true) }));
		const placed = stackLabels(items, 600, 5)!;
		expect(new Set(placed.map((p) => p.row)).size).toBe(3);
		// The left-most label sits highest, so its leader passes to the left of the others.
		expect(placed[0]!.row).toBeGreaterThan(placed[2]!.row);
	});

	it('renders the wide and narrow static SVGs to goldens', () => {
		expectGolden('mexico-timeline-overview', standaloneSvg(sceneToSvgInner(timelineScene(data, wide)), wide.width, wide.height));
		expectGolden('mexico-timeline-overview-narrow', standaloneSvg(sceneToSvgInner(timelineScene(data, narrow)), narrow.width, narrow.height));
	});

	it('is pure: the same input gives the same scene, and the input is not changed', () => {
		const copy: TimelineData = structuredClone({ months: data.months, markers: data.markers });
		expect(timelineScene(copy, wide)).toEqual(timelineScene(data, wide));
		expect(copy.months).toEqual(data.months);
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
		for (const m of data.markers.filter((m) => m.date.length === 10)) {
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
		const between = data.months.filter((m) => m.month >= '2024-02' && m.month <= '2024-05').map((m) => m.total);
		expect(Math.min(...between)).toBeGreaterThanOrEqual(170000);
		expect(Math.max(...between)).toBeLessThanOrEqual(190000);
		expect(MARKERS).toHaveLength(10);
	});

	it('has a table of months with encounters and the numbered events', () => {
		const t = chart.table(data);
		expect(t.rows).toHaveLength(18);
		const dec = t.rows.find((r) => r[0] === 'December 2023')!;
		expect(dec[1]).toBe(301981);
		expect(dec[2]).toContain('4. December 2023');
		expect(dec[2]).toContain('5. December 27, 2023');
		expect(t.rows.find((r) => r[0] === 'March 2023')![2]).toBe('—');
	});
});
