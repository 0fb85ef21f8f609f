/**
 * The bars kind, through the two charts declared with it: t42-nationalities (inline
 * bars, sorted, count and share, coloured by group) and funding (stacked bars revealed
 * stage by stage, states written in the explainer's MDX). Values and shares, marks,
 * state checks, layouts that fit from 320 px to a wide screen in both languages, and
 * golden SVGs of every state.
 */
import { describe, expect, it } from 'vitest';
import { getChart } from '../../src/graphics';
import type { Dimensions, Mark, Scene } from '../../src/graphics/core/scene';
import { sceneToSvgInner } from '../../src/graphics/core/svg-string';
import bars from '../../src/graphics/kinds/bars';
import type { BarsData } from '../../src/graphics/kinds/bars/model';
import { readdirSync, readFileSync } from 'node:fs';
import { scrollyStates } from '../helpers/mdx-states';
import { FUNDING_GOLDEN_STYLE, outOfBounds, overlappingTexts, textsOnBars } from '../helpers/funding-layout';
import { expectGolden, standaloneSvg } from '../helpers/golden';

const PALETTE_STYLE = '.fill-c-green{fill:#007a5a}.fill-c-purple{fill:#8c6bb1}.fill-c-red{fill:#d62728}.fill-c-navy{fill:#2b5c8a}';
const golden = (name: string, s: Scene) => expectGolden(name, standaloneSvg(sceneToSvgInner(s), s.width, s.height).replace('<style>', `<style>${PALETTE_STYLE}${FUNDING_GOLDEN_STYLE}`));
const texts = (s: Scene) => s.layers.flatMap((l) => l.marks.flatMap((m) => m.lines ?? [])).map((t) => t.replace(/\u00a0/g, ' '));
const layer = (s: Scene, id: string): Mark[] => s.layers.find((l) => l.id === id)?.marks ?? [];
const byKey = (s: Scene, key: string): Mark => {
	const m = s.layers.flatMap((l) => l.marks).find((x) => x.key === key);
	if (!m) throw new Error(`no mark ${key}`);
	return m;
};

const t42 = getChart('t42-nationalities');
const t42Data = t42.load() as BarsData;
const funding = getChart('funding');
const fundingData = funding.load() as BarsData;
/** The funding explainer's steps in each language, as the JSON text the pages carry. */
const stepsOf = (file: string) => scrollyStates(file, 'funding').map(({ id, state }) => ({ id, state: JSON.stringify(state) }));
const steps = { en: stepsOf('content/explainers/border-funding-package/index.mdx'), es: stepsOf('content/explainers/es/border-funding-package/index.mdx') };
const stateOf = (id: string, lang: 'en' | 'es' = 'en') => {
	const s = steps[lang].find((x) => x.id === id);
	if (!s) throw new Error(`no step ${id}`);
	return s.state;
};
const REQUEST = 'request-2023-10-20';
const DEAL = 'senate-deal-2024-02-04';
const AID = 'aid-only-2024-02-13';
const LAW = 'enacted-2024-04-24';
const fscene = (id: string, dims: Dimensions = funding.staticSize, lang: 'en' | 'es' = 'en') => funding.scene(fundingData, dims, stateOf(id, lang), lang);
const seg = (s: Scene, stage: string, series: string) => byKey(s, `${stage}:${series}`);

describe('bars kind: t42-nationalities', () => {
	const wide = t42.staticSize;
	const narrow = t42.narrowSize!;

	it('is declared with its words, sources and a Spanish name for every country from the data file', () => {
		expect(t42.kind).toBe('bars');
		expect(t42.definedIn).toBe('data/t42-nationalities.chart.yaml');
		expect(t42.sourceIds).toEqual(['cbp-nationwide-encounters']);
		const ids = readdirSync('content/sources')
			.filter((f) => f.endsWith('.yaml'))
			.flatMap((f) => [...readFileSync(`content/sources/${f}`, 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]));
		for (const id of [...t42.sourceIds, ...funding.sourceIds]) expect(ids, id).toContain(id);
		expect(t42Data.categories.map((c) => c.label.es)).toEqual(['México', 'Guatemala', 'Honduras', 'El Salvador', 'Ecuador', 'Venezuela', 'Haití', 'Cuba', 'Nicaragua']);
	});

	it('sorts the bars by count and labels each with its count and share of all 2,912,200 encounters', () => {
		const s = t42.scene(t42Data, wide, '{}', 'en');
		const ys = t42Data.categories.map((c) => Number(byKey(s, `bar-${c.key}`).attrs.y));
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
		const counts = t42Data.categories.map((c) => c.values[0]!);
		expect([...counts].sort((a, b) => b - a)).toEqual(counts);
		expect(byKey(s, 'value-Mexico').lines).toEqual(['1,781,514 (61.2%)']);
		expect(byKey(s, 'value-Guatemala').lines).toEqual(['405,964 (13.9%)']);
		expect(byKey(s, 'value-Nicaragua').lines).toEqual(['10,849 (0.4%)']);
		// One scale: widths proportional to the counts.
		const w = (k: string) => Number(byKey(s, `bar-${k}`).attrs.width);
		expect(w('Guatemala') / w('Mexico')).toBeCloseTo(405964 / 1781514, 2);
	});

	it('colours Mexico and the Northern Triangle green, the others purple', () => {
		const s = t42.scene(t42Data, wide, '{}', 'en');
		for (const k of ['Mexico', 'Guatemala', 'Honduras', 'El Salvador']) expect(byKey(s, `bar-${k}`).className).toContain('fill-c-green');
		for (const k of ['Ecuador', 'Venezuela', 'Haiti', 'Cuba', 'Nicaragua']) expect(byKey(s, `bar-${k}`).className).toContain('fill-c-purple');
	});

	it('has a table with counts and shares, in both languages', () => {
		const en = t42.table(t42Data, 'en');
		expect(en.columns).toEqual(['Nationality', 'Title 42 encounters', 'Share of all Title 42 encounters (%)']);
		expect(en.rows[0]).toEqual(['Mexico', 1781514, '61.2']);
		const es = t42.table(t42Data, 'es');
		expect(es.columns[0]).toBe('Nacionalidad');
		expect(es.rows[0]).toEqual(['México', 1781514, '61.2']);
	});

	it('fits from 320 to 760 px in both languages: inside the chart, no overlapping labels', () => {
		for (const lang of ['en', 'es'] as const) {
			for (const width of [320, 360, 414, 480, 600, 720, 760]) {
				const s = t42.scene(t42Data, { width, height: 330 }, '{}', lang);
				expect(outOfBounds(s), `${lang} ${width}`).toEqual([]);
				expect(overlappingTexts(s), `${lang} ${width}`).toEqual([]);
			}
		}
	});

	it('takes states: highlighted countries in focus, the rest muted; notes right of the values, inside the chart', () => {
		const state = JSON.stringify({ highlight: ['Mexico'], notes: [{ at: 'Haiti', text: 'CHNV parole from January 2023' }] });
		expect(t42.checkState!(state)).toEqual([]);
		for (const width of [320, 360, 480, 720]) {
			const s = t42.scene(t42Data, { width, height: 330 }, state, 'en');
			expect(byKey(s, 'bar-Mexico').className).not.toContain('is-muted');
			expect(byKey(s, 'bar-Haiti').className).toContain('is-muted');
			expect(byKey(s, 'label-Haiti').className).toContain('label-soft');
			expect(byKey(s, 'note-Haiti').lines!.join(' ')).toBe('CHNV parole from January 2023');
			expect(Number(byKey(s, 'note-Haiti').attrs.x)).toBeGreaterThan(Number(byKey(s, 'value-Haiti').attrs.x));
			expect(outOfBounds(s), `${width}`).toEqual([]);
			expect(textsOnBars(s), `${width}`).toEqual([]);
			expect(overlappingTexts(s), `${width}`).toEqual([]);
		}
		expect(t42.checkState!(JSON.stringify({ notes: [{ at: 'Colombia', text: 'x' }] }))).toEqual([{ field: 'notes.0.at', message: expect.stringContaining('no category "Colombia"') }]);
	});

	it('renders to golden SVGs, wide and narrow, in both languages', () => {
		golden('t42-nationalities-overview', t42.scene(t42Data, wide, '{}', 'en'));
		golden('t42-nationalities-overview-narrow', t42.scene(t42Data, narrow, '{}', 'en'));
		golden('t42-nationalities-es-overview', t42.scene(t42Data, wide, '{}', 'es'));
		golden('t42-nationalities-es-overview-narrow', t42.scene(t42Data, narrow, '{}', 'es'));
	});
});

describe('bars kind: funding, states written in the MDX', () => {
	it('reads four stages in story order, each category’s amount from the data file', () => {
		expect(fundingData.categories.map((c) => c.key)).toEqual([REQUEST, DEAL, AID, LAW]);
		expect(fundingData.categories.map((c) => c.values)).toEqual([
			[13.6, 92],
			[20.2, 98.1],
			[0, 95.34],
			[0, 95.3],
		]);
		const table = funding.table(fundingData, 'en');
		expect(table.columns).toEqual(['Stage', 'Category', 'Billions of dollars', 'Note']);
		expect(table.rows).toContainEqual(['White House request (Oct 20, 2023)', 'All other parts', '92.00', 'Derived: CRS total minus border']);
		expect(funding.table(fundingData, 'es').rows).toContainEqual(['Solicitud de la Casa Blanca (20 de octubre de 2023)', 'Todas las demás partes', 92000, 'Derivado: total de la CRS menos frontera']);
	});

	it('has the same steps in both languages', () => {
		expect(steps.en.map((s) => s.id)).toEqual(['overview', 'step-the-request', 'step-border-ask', 'step-senate-deal', 'step-cloture-fails', 'step-aid-only', 'step-enacted']);
		expect(steps.es.map((s) => s.id)).toEqual(steps.en.map((s) => s.id));
	});

	it('puts the border segment first on every bar, in the border colour, from one scale', () => {
		const s = fscene('overview');
		for (const st of [REQUEST, DEAL, AID, LAW]) {
			expect(seg(s, st, 'border').className).toContain('fill-c-red');
			expect(seg(s, st, 'border').attrs.x).toBe(seg(s, REQUEST, 'border').attrs.x);
		}
		const w = (st: string, c: string) => Number(seg(s, st, c).attrs.width) + 1; // + the 1 px gap
		expect(w(DEAL, 'border') / w(REQUEST, 'border')).toBeCloseTo(20.2 / 13.6, 2);
		expect(w(LAW, 'other') / w(AID, 'other')).toBeCloseTo(95.3 / 95.34, 2);
		expect(Number(seg(s, LAW, 'border').attrs.width)).toBe(0);
		expect(Number(seg(s, AID, 'border').attrs.width)).toBe(0);
	});

	it('labels every row with stage name, date, total and border amount', () => {
		const t = texts(fscene('overview'));
		for (const label of ['White House request, Oct 20, 2023', 'Senate deal, Feb 4, 2024', 'Aid-only bill, Feb 13, 2024', 'Enacted law, Apr 24, 2024']) expect(t).toContain(label);
		for (const total of ['$105.6B', '$118.3B', '$95.34B', '$95.3B']) expect(t).toContain(total);
		expect(t).toContain('Border: $13.6B');
		expect(t).toContain('Border: $20.2B');
		expect(t.filter((x) => x === 'Border: $0')).toHaveLength(2);
		const es = texts(fscene('overview', funding.staticSize, 'es'));
		expect(es).toContain('Solicitud de la Casa Blanca, 20 de octubre de 2023');
		expect(es).toContain('105,600 mdd');
		expect(es).toContain('Frontera: 13,600 millones de dólares');
		expect(es).toContain('Frontera: 0 dólares');
	});

	it('reveals rows stage by stage; unrevealed rows wait hidden on the latest row, ready to glide', () => {
		const r = fscene('step-the-request');
		for (const st of [DEAL, AID, LAW]) {
			for (const c of ['border', 'other']) {
				expect(seg(r, st, c).className).toContain('is-hidden');
				for (const a of ['x', 'y', 'width']) expect(seg(r, st, c).attrs[a]).toBe(seg(r, REQUEST, c).attrs[a]);
			}
		}
		expect(texts(r).join(' ')).not.toContain('Senate deal');
		const deal = fscene('step-senate-deal');
		expect(seg(deal, DEAL, 'other').className).not.toContain('is-hidden');
		expect(seg(deal, AID, 'other').attrs.y).toBe(seg(deal, DEAL, 'other').attrs.y);
		expect(texts(fscene('step-enacted'))).toContain('Enacted law, Apr 24, 2024');
	});

	it('highlights the border slice and gives its share when a step says so', () => {
		const s = fscene('step-border-ask');
		expect(seg(s, REQUEST, 'border').className).not.toContain('is-muted');
		expect(seg(s, REQUEST, 'other').className).toContain('is-muted');
		expect(byKey(s, 'legend-other').className).toContain('is-muted');
		expect(texts(s)).toContain('Border: $13.6B, about 13% of the request');
		expect(texts(s)).toContain('Border and migration $13.6B');
		expect(texts(fscene('step-senate-deal'))).toContain('Border: $20.2B, about 17% of the deal');
		expect(seg(fscene('step-senate-deal'), REQUEST, 'other').className).toContain('is-muted');
		expect(byKey(fscene('step-senate-deal'), `title-${REQUEST}`).className).toContain('label-soft');
	});

	it('marks the deal as blocked from the cloture step on: muted, struck through, 49–50 with 60 needed', () => {
		expect(layer(fscene('step-senate-deal'), 'notes').find((m) => m.key === `strike-${DEAL}`)).toBeUndefined();
		for (const id of ['step-cloture-fails', 'step-aid-only', 'step-enacted', 'overview']) {
			const s = fscene(id);
			expect(
				layer(s, 'notes').find((m) => m.key === `strike-${DEAL}`),
				id,
			).toBeDefined();
			expect(byKey(s, `note-${DEAL}`).lines).toEqual(['Blocked Feb 7: 49–50 on starting debate; 60 votes needed']);
			for (const c of ['border', 'other']) expect(seg(s, DEAL, c).className).toContain('is-muted');
		}
	});

	it('shows the aid-only bill without a border slice, passed 70–29, with its amounts in the legend', () => {
		const s = fscene('step-aid-only');
		expect(seg(s, AID, 'border').attrs.width).toBe(0);
		expect(seg(s, AID, 'other').className).not.toMatch(/is-(muted|hidden)/);
		expect(texts(s)).toContain('Passed the Senate 70–29 on Feb 13');
		expect(texts(s)).toContain('All other parts $95.34B');
		expect(texts(fscene('step-aid-only', funding.staticSize, 'es'))).toContain('Todas las demás partes 95,340 mdd');
	});

	it('keeps keys stable across states so segments glide, and row positions fixed where the notes do not change', () => {
		const keys = (s: Scene) => layer(s, 'bars').map((m) => m.key);
		const first = keys(fscene('step-the-request'));
		expect(first).toHaveLength(8);
		for (const { id } of steps.en) expect(keys(fscene(id))).toEqual(first);
		const y = (s: Scene) => [REQUEST, DEAL, AID, LAW].map((st) => seg(s, st, 'other').attrs.y);
		expect(y(fscene('overview'))).toEqual(y(fscene('step-enacted')));
		expect(seg(fscene('step-senate-deal'), DEAL, 'border').attrs.y).toBe(seg(fscene('overview'), DEAL, 'border').attrs.y);
	});

	it('never splits an amount or a date when a Spanish label wraps', () => {
		const lines = texts(fscene('step-enacted', { width: 320, height: 440 }, 'es'));
		const raw = fscene('step-enacted', { width: 320, height: 440 }, 'es').layers.flatMap((l) => l.marks.flatMap((m) => m.lines ?? []));
		expect(raw.some((l) => l.includes('20\u00a0de\u00a0octubre\u00a0de\u00a02023'))).toBe(true);
		for (const l of lines) expect(l, l).not.toMatch(/^(mdd|millones|de \d{4}|\d{4}$)/);
	});

	it('fits from 320 to 760 px in both languages, every step: inside the chart, no overlapping labels, no text on bars', () => {
		const sizes = [
			funding.staticSize,
			funding.narrowSize!,
			{ width: 320, height: 380 },
			{ width: 320, height: 440 },
			{ width: 480, height: 420 },
			{ width: 660, height: 400 },
			{ width: 760, height: 300 },
			// The scrollytelling box: a desktop's (1280×900) and a tall phone's.
			{ width: 672, height: 672 },
			{ width: 760, height: 760 },
			{ width: 358, height: 465 },
			{ width: 320, height: 416 },
		];
		for (const lang of ['en', 'es'] as const) {
			for (const { id } of steps[lang]) {
				for (const dims of sizes) {
					const s = fscene(id, dims, lang);
					const where = `${lang} ${id} @ ${dims.width}×${dims.height}`;
					expect(outOfBounds(s), where).toEqual([]);
					expect(overlappingTexts(s), where).toEqual([]);
					expect(textsOnBars(s), where).toEqual([]);
				}
			}
		}
	});

	it('draws at the requested size when it fits, and taller when the box is too short', () => {
		for (const dims of [funding.staticSize, funding.narrowSize!, { width: 320, height: 380 }]) expect(fscene('step-enacted', dims).height).toBe(dims.height);
		const short = fscene('step-enacted', { width: 740, height: 220 });
		expect(short.height).toBeGreaterThan(220);
		expect(outOfBounds(short)).toEqual([]);
		expect(overlappingTexts(short)).toEqual([]);
	});

	it('spreads its rows over a tall box: they span most of the height, bars up to 44 px, rows fixed from step to step', () => {
		const barY = (s: Scene, st: string) => Number(seg(s, st, 'border').attrs.y);
		const barH = (s: Scene) => Number(seg(s, REQUEST, 'border').attrs.height);
		for (const lang of ['en', 'es'] as const) {
			for (const dims of [
				{ width: 672, height: 672 },
				{ width: 760, height: 760 },
				{ width: 480, height: 620 },
			]) {
				const where = `${lang} @ ${dims.width}×${dims.height}`;
				const s = fscene('step-enacted', dims, lang);
				expect(s.height, where).toBe(dims.height);
				// From the first stage's title to the last stage's bar: at least 75% of the height.
				const span = barY(s, LAW) + barH(s) - (Number(byKey(s, `title-${REQUEST}`).attrs.y) - 12);
				expect(span / dims.height, where).toBeGreaterThanOrEqual(0.75);
				expect(barH(s), where).toBeGreaterThan(30);
				expect(barH(s), where).toBeLessThanOrEqual(44);
				// Every step: the same bar thickness, and each shown row where the last step has it.
				for (const { id } of steps[lang]) {
					const t = fscene(id, dims, lang);
					expect(barH(t), `${where} ${id}`).toBe(barH(s));
					for (const st of [REQUEST, DEAL, AID, LAW]) {
						if (!seg(t, st, 'border').className?.includes('is-hidden')) expect(barY(t, st), `${where} ${id} ${st}`).toBe(barY(s, st));
					}
				}
			}
		}
		// The bars' thickness and the gaps are capped: a very tall box leaves room below rather than stretch.
		const tall = fscene('step-enacted', { width: 672, height: 1400 });
		expect(barH(tall)).toBe(44);
		expect(barY(tall, DEAL) - barY(tall, REQUEST)).toBeLessThan(250);
		// The spec's own sizes keep their layout: bars 30 px or thinner.
		for (const dims of [funding.staticSize, funding.narrowSize!]) expect(barH(fscene('step-enacted', dims))).toBeLessThanOrEqual(30);
	});

	it('renders every step to a golden SVG, and the static overview narrow, in both languages', () => {
		for (const lang of ['en', 'es'] as const) {
			const prefix = lang === 'es' ? 'funding-es' : 'funding';
			for (const { id } of steps[lang]) golden(`${prefix}-${id.replace(/^step-/, '')}`, fscene(id, funding.staticSize, lang));
			golden(`${prefix}-overview-narrow`, fscene('overview', funding.narrowSize!, lang));
		}
	});

	it('is pure: the same input gives the same scene, and input is not changed', () => {
		const copy = structuredClone(fundingData);
		expect(bars.scene(fundingData, funding.staticSize, JSON.parse(stateOf('step-enacted')), 'en')).toEqual(bars.scene(copy, funding.staticSize, JSON.parse(stateOf('step-enacted')), 'en'));
		expect(copy).toEqual(fundingData);
	});
});

describe('bars kind: its scale', () => {
	it('places bars exactly where d3-scale’s scaleLinear would', async () => {
		const { scaleLinear } = await import('d3-scale');
		const s = t42.scene(t42Data, { width: 517, height: 330 }, '{}', 'en');
		const x0 = Number(byKey(s, 'bar-Mexico').attrs.x);
		const end = x0 + Number(byKey(s, 'bar-Mexico').attrs.width);
		const x = scaleLinear().domain([0, 1781514]).range([x0, end]);
		for (const c of t42Data.categories) expect(Number(byKey(s, `bar-${c.key}`).attrs.width), c.key).toBeCloseTo(Math.max(1, x(c.values[0]!) - x0), 6);
	});
});

describe('bars kind: checks', () => {
	const problems = (state: unknown) => funding.checkState!(JSON.stringify(state));

	it('accepts every state the MDX declares', () => {
		for (const lang of ['en', 'es'] as const) for (const { id, state } of steps[lang]) expect(funding.checkState!(state), `${lang} ${id}`).toEqual([]);
	});

	it('names the field of an unknown category, series or note', () => {
		expect(problems({ through: 'senate-deal' })).toEqual([{ field: 'through', message: expect.stringContaining('no category "senate-deal"; expected one of request-2023-10-20') }]);
		expect(problems({ show: [REQUEST, 'law'] })[0]!.field).toBe('show.1');
		expect(problems({ highlight: ['borders'] })).toEqual([{ field: 'highlight.0', message: expect.stringContaining('no category or series "borders"') }]);
		expect(problems({ strike: ['deal'] })[0]!.field).toBe('strike.0');
		expect(problems({ notes: [{ at: '2024-02-07', text: 'Blocked' }] })).toEqual([{ field: 'notes.0.at', message: expect.stringContaining('no category "2024-02-07" in the data') }]);
		expect(problems({ notes: [{ at: DEAL, series: 'ukraine', text: 'x' }] })[0]!.field).toBe('notes.0.series');
		expect(problems({ hilight: ['border'] })[0]!.field).toBe('hilight');
		expect(problems({ notes: [{ at: DEAL }] })[0]!.field).toBe('notes.0.text');
	});

	it('stops on a spec field that is wrong, naming it', () => {
		expect(bars.spec.safeParse({ category: { column: 'x', label: { en: 'X', es: 'X' } }, series: [{ column: 'v', label: { en: 'V', es: 'V' }, colour: 'pink' }] }).success).toBe(false);
		const rows = [{ nationality: 'Mexico', title42_encounters: '12' }];
		const spec = bars.spec.parse({ category: { column: 'nationality', label: { en: 'N', es: 'N' } }, series: [{ column: 'title42_encounter', label: { en: 'V', es: 'V' }, colour: 'purple' }] });
		expect(() => bars.bind(spec, rows, 'data/x.csv')).toThrow('data/x.csv: field "series.0.column": no column "title42_encounter" in data/x.csv; expected one of nationality, title42_encounters');
		const ok = bars.spec.parse({ category: { column: 'nationality', label: { en: 'N', es: 'N' } }, series: [{ column: 'title42_encounters', label: { en: 'V', es: 'V' }, colour: 'purple' }] });
		const money = bars.spec.parse({
			category: { column: 'nationality', label: { en: 'N', es: 'N' } },
			series: [{ column: 'title42_encounters', label: { en: 'V', es: 'V' }, colour: 'purple' }],
			format: 'billions',
		});
		expect(() => bars.bind(money, [{ nationality: 'Mexico', title42_encounters: '-1.5' }], 'data/x.csv')).toThrow('data/x.csv: row 2, field "title42_encounters": expected a number ≥ 0, got "-1.5"');
		expect(() => bars.bind(ok, [{ nationality: 'Mexico', title42_encounters: '12 000' }], 'data/x.csv')).toThrow(
			'data/x.csv: row 2, field "title42_encounters": expected a whole number, got "12 000"',
		);
	});
});
