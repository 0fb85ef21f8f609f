import { describe, expect, it } from 'vitest';
import { getChart } from '../../src/graphics';
import type { ChartDefinition } from '../../src/graphics/core/chart';
import { boxesHit, labelBox } from '../../src/graphics/core/labels';
import type { Mark, Scene } from '../../src/graphics/core/scene';
import { sceneToSvgInner } from '../../src/graphics/core/svg-string';
import { chartKinds, declaredChart } from '../../src/graphics/kinds/spec';
import timeSeries from '../../src/graphics/kinds/time-series';
import { textWidth } from '../../src/graphics/core/text';
import { timeSeriesScene, xAxisTicks, type SeriesData, type SeriesState } from '../../src/graphics/kinds/time-series/model';
import type { Lang } from '../../src/i18n/lang';
import { outOfBounds } from '../helpers/funding-layout';
import { expectGolden, PALETTE_GOLDEN_STYLE, standaloneSvg } from '../helpers/golden';
import { scrollyStates } from '../helpers/mdx-states';

const chart = getChart('encounters') as ChartDefinition<SeriesData, string>;
const data = chart.load();
const dims = { width: 760, height: 440 };
const MDX: Record<Lang, string> = { en: 'content/explainers/title-42/index.mdx', es: 'content/explainers/es/title-42/index.mdx' };
const states = { en: scrollyStates(MDX.en, 'encounters'), es: scrollyStates(MDX.es, 'encounters') };
const stateOf = (id: string, lang: Lang = 'en'): SeriesState => states[lang].find((s) => s.id === id)!.state as SeriesState;
const scene = (id: string, size = dims, lang: Lang = 'en') => timeSeriesScene(data, size, stateOf(id, lang), lang);
const layer = (s: Scene, id: string): Mark[] => s.layers.find((l) => l.id === id)!.marks;
const bar = (s: Scene, key: string) => layer(s, 'bars').find((m) => m.key === key)!;
const texts = (s: Scene, id: string) =>
	layer(s, id)
		.flatMap((m) => m.lines ?? [])
		.join(' ');
const monthsOf = (from: string, to: string) => data.x.filter((x) => x >= from && x <= to);
const value = (column: string, month: string) => data.series.find((s) => s.column === column)!.values[data.x.indexOf(month)]!;

describe('encounters spec and data (data/encounters.chart.yaml)', () => {
	it('covers March 2020 to July 2026, Title 42 at the base of the stack', () => {
		expect(data.x).toHaveLength(77);
		expect(data.x[0]).toBe('2020-03');
		expect(data.x.at(-1)).toBe('2026-07');
		expect(data.series.map((s) => [s.column, s.colour])).toEqual([
			['title42', 'orange'],
			['title8', 'blue'],
		]);
		expect(value('title42', '2021-05')).toBe(113392);
		expect(data.total!.values[data.x.indexOf('2023-12')]).toBe(301981);
		expect(monthsOf('2020-03', '2023-05').reduce((s, m) => s + value('title42', m), 0)).toBe(2912200);
	});

	it('declares every step state in both MDX files, the same steps in each', () => {
		expect(states.en.map((s) => s.id)).toEqual(['overview', 'step-order', 'step-rise', 'step-repeat', 'step-courts', 'step-end', 'step-record', 'step-after', 'step-collapse']);
		expect(states.es.map((s) => s.id)).toEqual(states.en.map((s) => s.id));
		for (const lang of ['en', 'es'] as const) for (const { id, state } of states[lang]) expect(chart.checkState!(JSON.stringify(state)), `${lang} ${id}`).toEqual([]);
	});

	it('has its words in both languages and a table with a total', () => {
		expect(chart.es.title).toBe('Encuentros en la frontera suroeste por facultad legal, de marzo de 2020 a julio de 2026');
		expect(chart.es.description).toContain('301,981');
		expect(chart.table(data, 'es').columns).toEqual(['Mes', 'Título 42 (tramitados para su expulsión)', 'Tramitados bajo el Título 8', 'Total de encuentros']);
		expect(chart.table(data, 'es').rows[1]).toEqual(['Abril de 2020', 15522, 1584, 17106]);
		expect(chart.table(data, 'en').rows[1]![0]).toBe('April 2020');
	});
});

describe('time-series checks', () => {
	const problems = (state: unknown) => chart.checkState!(JSON.stringify(state));
	it('reports notes, ranges and series outside the data, naming the field', () => {
		expect(problems({ notes: [{ at: '2019-01', text: 'x' }] })).toEqual([{ field: 'notes.0.at', message: '"2019-01" is outside the data; expected 2020-03 to 2026-07' }]);
		expect(problems({ through: '2027-01' })[0]!.field).toBe('through');
		expect(problems({ highlight: ['2020-03', '2030-01'] })[0]!.field).toBe('highlight.1');
		expect(problems({ highlight: ['2021-03', '2020-04'] })[0]!.field).toBe('highlight');
		expect(problems({ series: 'titel8' })).toEqual([{ field: 'series', message: 'no series "titel8"; expected one of title42, title8' }]);
	});
	it('rejects misspelt fields and malformed values', () => {
		expect(problems({ thru: '2021-01' })[0]!.field).toBe('thru');
		expect(problems({ through: 'May 2021' })).toEqual([{ field: 'through', message: 'expected a month "YYYY-MM" or a date "YYYY-MM-DD"' }]);
		expect(problems({ notes: [{ at: '2021-01', text: 'x', side: 'up' }] })[0]!.field).toBe('notes.0.side');
	});
	it('accepts the empty overview state', () => {
		expect(problems({})).toEqual([]);
	});
	it('stops the build on a spec column that is not in the CSV, naming the spec file and field', () => {
		const yaml = `kind: time-series\ndata: sw-border-encounters-monthly.csv\ntitle: {en: a, es: a}\ndescription: {en: a, es: a}\ncaption: {en: a, es: a}\ncredit: {en: a, es: a}\nsources: [x]\nsize: {width: 760, height: 440}\nx: {column: month, label: {en: Month, es: Mes}}\nseries:\n  - {column: title42, label: {en: a, es: a}, colour: orange}\n  - {column: titel8, label: {en: a, es: a}, colour: blue}\n`;
		const c = declaredChart('x', 'data/x.chart.yaml', yaml, chartKinds(), process.cwd());
		expect(() => c.load()).toThrow(
			'data/x.chart.yaml (chart "x", data data/sw-border-encounters-monthly.csv): field "series.1.column": no column "titel8" in data/sw-border-encounters-monthly.csv; expected one of month, title8, title42, total',
		);
		expect(() => declaredChart('x', 'data/x.chart.yaml', yaml.replace('colour: blue', 'colour: pink'), chartKinds(), process.cwd())).toThrow(
			/data\/x.chart.yaml: field "series.1.colour": expected a colour/,
		);
	});
	it('reads x values and numbers strictly', () => {
		const spec = timeSeries.spec.parse({ x: { column: 'month', label: { en: 'M', es: 'M' } }, series: [{ column: 'v', label: { en: 'V', es: 'V' }, colour: 'grey' }] });
		expect(() =>
			timeSeries.bind(
				spec,
				[
					{ month: '2020-01', v: '1' },
					{ month: '2020-03', v: '2' },
				],
				'data/t.csv',
			),
		).toThrow('data/t.csv: row 3, field "month": expected 2020-02 after 2020-01, got 2020-03');
		expect(() => timeSeries.bind(spec, [{ month: '2020-1', v: '1' }], 'data/t.csv')).toThrow(/row 2, field "month": expected YYYY-MM or YYYY-MM-DD/);
		expect(timeSeries.bind(spec, [{ month: '2020-01', v: '1.5' }], 'data/t.csv').series[0]!.values).toEqual([1.5]);
	});
});

describe('time-series scene (encounters)', () => {
	it('draws two stacked bars per month whose heights add up to the total, one bar after Title 42 ended', () => {
		const s = scene('overview');
		expect(layer(s, 'bars')).toHaveLength(data.x.length + monthsOf('2020-03', '2023-05').length);
		expect(layer(s, 'bars').find((m) => m.key === '2023-06-title42')).toBeUndefined();
		const t42 = bar(s, '2021-05-title42');
		const t8 = bar(s, '2021-05-title8');
		expect(t8.attrs.y as number).toBeCloseTo((t42.attrs.y as number) - (t8.attrs.height as number), 6);
		expect(t42.className).toBe('bar fill-c-orange');
		expect(t8.className).toBe('bar fill-c-blue');
		const heights = data.x.map((m) => (bar(s, `${m}-title8`).attrs.height as number) + ((layer(s, 'bars').find((b) => b.key === `${m}-title42`)?.attrs.height as number | undefined) ?? 0));
		expect(data.x[heights.indexOf(Math.max(...heights))]).toBe('2023-12');
	});

	it('keeps the y scale fixed across states and the same keyed marks in every state', () => {
		const a = scene('step-order');
		const b = scene('step-after');
		expect(bar(a, '2020-06-title42').attrs).toEqual(bar(b, '2020-06-title42').attrs);
		expect(layer(a, 'grid').map((m) => m.attrs.y1)).toEqual(layer(b, 'grid').map((m) => m.attrs.y1));
		const keys = (s: Scene) => layer(s, 'bars').map((m) => m.key);
		for (const { id } of states.en) expect(keys(scene(id))).toEqual(keys(scene('overview')));
		expect(layer(scene('step-order'), 'markers').map((m) => m.key)).toEqual(['marker-2024-06', 'marker-2025-01']);
	});

	it('reveals months step by step (through): later bars sit on the baseline', () => {
		const s = scene('step-order');
		expect(bar(s, '2020-12-title42').attrs.height).toBeGreaterThan(0);
		expect(bar(s, '2021-01-title42').attrs.height).toBe(0);
		expect(bar(s, '2021-01-title8').attrs.height).toBe(0);
	});

	it('mutes months outside the highlight, and other series when one is in focus', () => {
		const s = scene('step-courts');
		expect(bar(s, '2022-05-title42').className).not.toContain('is-muted');
		expect(bar(s, '2021-05-title42').className).toContain('is-muted');
		const repeat = scene('step-repeat');
		expect(bar(repeat, '2021-05-title8').className).not.toContain('is-muted');
		expect(bar(repeat, '2022-05-title42').className).toContain('is-muted');
		const one = timeSeriesScene(data, dims, { series: 'title42' }, 'en');
		expect(bar(one, '2021-05-title42').className).not.toContain('is-muted');
		expect(bar(one, '2021-05-title8').className).toContain('is-muted');
	});

	it('writes the notes of each step in each language', () => {
		expect(texts(scene('step-end'), 'notes')).toContain('Title 42 ends, May 11, 2023');
		expect(texts(scene('step-record'), 'reference')).toContain('30,000 a month');
		expect(texts(scene('step-record'), 'notes')).toContain('301,981');
		expect(texts(scene('step-repeat'), 'notes')).toContain('212,672');
		expect(texts(scene('step-collapse'), 'notes')).toContain('7,822');
		expect(texts(scene('step-order', dims, 'es'), 'notes')).toContain('Abril de 2020: 17,106, 91% bajo el Título 42');
		expect(texts(scene('step-record', dims, 'es'), 'reference')).toBe('Tope de devoluciones CHNV a México: 30,000 al mes');
		expect(texts(scene('overview', { width: 320, height: 300 }, 'es'), 'legend')).toContain('Título 42 (para expulsión)');
		expect(texts(scene('overview', dims, 'es'), 'grid')).toContain('300\u00a0mil');
	});

	it('wraps a note given as one string and a reference that does not fit', () => {
		const s = timeSeriesScene(
			data,
			{ width: 320, height: 420 },
			{ notes: [{ at: '2021-07', text: 'A note written as one long sentence in the MDX' }], reference: { value: 30000, text: 'A reference line label that is far too long for a phone' } },
			'en',
		);
		expect(layer(s, 'notes').find((m) => m.tag === 'text')!.lines!.length).toBeGreaterThan(1);
		expect(layer(s, 'reference').find((m) => m.tag === 'text')!.lines!.length).toBeGreaterThan(1);
		expect(outOfBounds(s)).toEqual([]);
	});

	it('draws lines and period shading for a line chart', () => {
		const lines: SeriesData = { ...data, mark: 'lines', stacked: false, periods: [{ from: '2020-03', to: '2023-05', label: { en: 'Title 42', es: 'Título 42' } }] };
		const s = timeSeriesScene(lines, dims, { through: '2021-12', highlight: ['2021-01', '2021-12'] }, 'es');
		expect(layer(s, 'lines').map((m) => m.key)).toEqual(['line-title42', 'line-title42-focus', 'line-title8', 'line-title8-focus']);
		expect(layer(s, 'periods').map((m) => m.key)).toEqual(['period-2020-03', 'period-2020-03-label']);
		expect(texts(s, 'periods')).toBe('Título 42');
		expect(layer(s, 'legend')[0]!.tag).toBe('line');
	});

	it('marks the June 2024 and January 2025 policy changes once their months are shown', () => {
		const marker = (id: string, month: string) => layer(scene(id), 'markers').find((m) => m.key === `marker-${month}`)!;
		expect(marker('overview', '2024-06').attrs.y1).not.toBe(marker('overview', '2024-06').attrs.y2);
		expect(marker('step-after', '2025-01').attrs.y1).toBe(marker('step-after', '2025-01').attrs.y2);
		expect(marker('step-record', '2024-06').attrs.y1).toBe(marker('step-record', '2024-06').attrs.y2);
	});

	it('keeps every label inside the chart, the returns-ceiling label wrapped on phones', () => {
		for (const lang of ['en', 'es'] as const)
			for (const size of [
				{ width: 360, height: 420 },
				{ width: 344, height: 370 },
				{ width: 320, height: 300 },
			])
				for (const { id } of states[lang]) expect(outOfBounds(scene(id, size, lang)), `${lang} ${id} @ ${size.width}×${size.height}`).toEqual([]);
		const label = (size: typeof dims) => layer(scene('step-record', size), 'reference').find((m) => m.key === 'reference-label')!.lines;
		expect(label({ width: 344, height: 370 })).toEqual(["Mexico's CHNV returns ceiling:", '30,000 a month']);
		expect(label(dims)).toEqual(["Mexico's CHNV returns ceiling: 30,000 a month"]);
	});

	it('places notes clear of each other, the legend and bars in focus, at 320–760 px in both languages', () => {
		for (const lang of ['en', 'es'] as const)
			for (const width of [320, 340, 360, 400, 480, 600, 760])
				for (const { id } of states[lang]) {
					const s = scene(id, { width, height: width < 500 ? 420 : 440 }, lang);
					const labels = layer(s, 'notes').filter((m) => m.tag === 'text');
					const boxes = labels.map((m) => labelBox(m.lines!, Number(m.attrs.x), Number(m.attrs.y), m.attrs['text-anchor'] === 'end'));
					const where = `${lang} ${id} @ ${width}`;
					for (let i = 0; i < boxes.length; i++) {
						for (let j = i + 1; j < boxes.length; j++) expect(boxesHit(boxes[i]!, boxes[j]!), `${where}: ${labels[i]!.key} / ${labels[j]!.key}`).toBe(false);
						for (const b of layer(s, 'bars').filter((m) => !m.className!.includes('is-muted') && Number(m.attrs.height) > 0.5))
							expect(
								boxesHit(boxes[i]!, { x0: Number(b.attrs.x), x1: Number(b.attrs.x) + Number(b.attrs.width), y0: Number(b.attrs.y), y1: Number(b.attrs.y) + Number(b.attrs.height) }),
								`${where}: ${labels[i]!.key} on ${b.key}`,
							).toBe(false);
					}
				}
	});

	it('renders every state to the golden SVG', () => {
		// The Spanish overview's goldens are written by charts-i18n.test.ts.
		const style = (svg: string) => svg.replace('<style>', `<style>${PALETTE_GOLDEN_STYLE}`);
		for (const { id } of states.en) expectGolden(`encounters-${id.replace(/^step-/, '')}`, style(standaloneSvg(sceneToSvgInner(scene(id)), dims.width, dims.height)));
	});

	it('is pure: the same input gives the same scene, and input is not changed', () => {
		const copy = structuredClone(data);
		expect(timeSeriesScene(data, dims, stateOf('step-rise'), 'en')).toEqual(timeSeriesScene(copy, dims, stateOf('step-rise'), 'en'));
		expect(copy).toEqual(data);
	});
});

describe('linearScale', () => {
	it('matches d3-scale’s nice linear scale', async () => {
		const { scaleLinear } = await import('d3-scale');
		const { linearScale } = await import('../../src/graphics/core/scale');
		for (const max of [0, 1, 7, 99, 301981, 1234567, 0.37]) {
			const d3 = scaleLinear().domain([0, max]).nice().range([400, 44]);
			const ours = linearScale(max, 400, 44);
			expect(ours.ticks(4), `${max}`).toEqual(d3.ticks(4));
			for (const v of [0, max / 3, max]) expect(ours(v), `${max} ${v}`).toBe(d3(v));
		}
	});
});

describe('time-series x axis', () => {
	const months = (from: string, n: number) =>
		Array.from({ length: n }, (_, k) => {
			const [y, m] = from.split('-').map(Number) as [number, number];
			const t = y * 12 + (m - 1) + k;
			return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
		});
	/** Labels fit apart and inside: each ends 6 px before the next begins, the last before the edge. */
	const fits = (x: string[], innerW: number, room: number, ticks: { i: number; label: string }[]) => {
		const band = innerW / x.length;
		return ticks.every((t, k) => {
			const end = t.i * band + 2 + textWidth(t.label, 12);
			return end <= room && (k === ticks.length - 1 || end + 6 <= ticks[k + 1]!.i * band + 2);
		});
	};

	it('labels a short monthly series by month, with the year on the first month and on January', () => {
		const x = months('2024-10', 5);
		expect(xAxisTicks(x, 560, 600, 'en').map((t) => t.label)).toEqual(['Oct 2024', 'Nov', 'Dec', 'Jan 2025', 'Feb']);
		expect(xAxisTicks(x, 560, 600, 'es').map((t) => t.label)).toEqual(['oct 2024', 'nov', 'dic', 'ene 2025', 'feb']);
	});
	it('labels every second, third or sixth month where every month does not fit, still apart and inside', () => {
		for (const [n, innerW] of [
			[12, 300],
			[18, 280],
			[24, 400],
			[24, 600],
		] as const) {
			const x = months('2024-03', n);
			const ticks = xAxisTicks(x, innerW, innerW + 10, 'en');
			const step = ticks[1]!.i - ticks[0]!.i;
			expect([1, 2, 3, 6], `${n} months at ${innerW} px`).toContain(step);
			expect(ticks.every((t) => /^[A-Z][a-z]+( \d{4})?$/.test(t.label))).toBe(true);
			expect(fits(x, innerW, innerW + 10, ticks), `${n} months at ${innerW} px`).toBe(true);
		}
		// Where every month fits, every month is labelled.
		expect(xAxisTicks(months('2024-03', 12), 900, 910, 'en')).toHaveLength(12);
	});
	it('labels a long series by year, every other year on a narrow chart, as before', () => {
		const x = months('2020-03', 77);
		expect(xAxisTicks(x, 600, 610, 'en').map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
		expect(xAxisTicks(x, 280, 290, 'en').map((t) => t.label)).toEqual(['2020', '', '2022', '', '2024', '', '2026']);
	});
	it('falls back to years when even every sixth month does not fit', () => {
		expect(xAxisTicks(months('2024-03', 24), 200, 210, 'en').map((t) => t.label)).toEqual(['2024', '', '2026']);
	});
});
