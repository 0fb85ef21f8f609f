/**
 * The Spanish edition of every chart: no English left in what a Spanish reader sees
 * (labels, words around the figure, table, CSV), Spanish number and date style,
 * the same marks as English (so transitions and a language switch move the same
 * bars), layouts that fit from a 320 px phone up, and golden SVGs of the Spanish
 * static drawings. English stays as it was: its goldens live in the other tests.
 */
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { allCharts, getChart } from '../../src/graphics';
import { chartWords, type ChartDefinition } from '../../src/graphics/core/chart';
import type { Dimensions, Scene } from '../../src/graphics/core/scene';
import { sceneToSvgInner } from '../../src/graphics/core/svg-string';
import { markBorderMeasures } from '../../src/graphics/funding-votes';
import { CHART_UI, chartCsvPath, SHARE_WORDS } from '../../src/i18n/figure-words';
import { toCsv } from '../../src/content/csv';
import { loadFundingVotes } from '../../src/content/data/funding-votes';
import type { DelegationData } from '../../src/graphics/delegations/model';
import { UI } from '../../src/i18n/site';
import { FUNDING_GOLDEN_STYLE, outOfBounds, overlappingTexts, textsOnBars } from '../helpers/funding-layout';
import { expectGolden, PALETTE_GOLDEN_STYLE, standaloneSvg } from '../helpers/golden';
import { chartStates, type StatePair } from '../helpers/mdx-states';
import { outside, overlappingPairs, textBoxes } from '../helpers/text-boxes';

const NBSP = '\u00a0';
const charts = allCharts();
const loaded = new Map(charts.map((c) => [c.name, c.load()]));
const dataOf = (c: ChartDefinition) => loaded.get(c.name);
const linesOf = (s: Scene) => s.layers.flatMap((l) => l.marks.flatMap((m) => m.lines ?? [])).filter((t) => t.trim());
const scene = (c: ChartDefinition, dims: Dimensions, state: string, lang: 'en' | 'es') => c.scene(dataOf(c), dims, state, lang);
/** Static sizes, phones and a short landscape box. */
const sizesOf = (c: ChartDefinition): Dimensions[] => [c.staticSize, ...(c.narrowSize ? [c.narrowSize] : []), { width: 320, height: 420 }, { width: 320, height: 300 }, { width: 640, height: 230 }];

/**
 * Words that only English uses. Case matters for month abbreviations: Spanish writes
 * "may", "mar" and "oct" in lower case.
 */
const ENGLISH =
	/\b(the|and|of|to|on|in|by|for|with|at|a month|Title|Border|Record|[Ee]ncounters?|ends|Order|peak|court|Supreme|Mexico|United States|Passed|Failed|Yes|Senate|House|seats|needed|Host|Reported|outlet|Office|Led|Head|New|Now|named|Not|meeting|Link|pairing|request|deal|bill|law|aid|Other|Ukraine|Humanitarian|Indo-Pacific|Secretary|President|Ambassador|Deputy|Commissioner|Minister|Advis[oe]r|Jan|Feb|Apr|June?|July?|Aug|Sept?|Nov|Dec|processing|processed|expulsion|people|events|returns|ceiling|Blocked|includes|counted|inside|sanctions|Russian|assets|Republican|again|Start|Pass|Sidecar|majority|two-thirds|Gen\.|Adm\.)\b/;
/** English money style: "$13.6B" (Spanish shares "301,981" and "61.2%" with English; docs/style-es.md). */
const ENGLISH_NUMBER = /\$\d|\d(\.\d+)?B\b/;

/** Strings that read the same in both languages: people's names and some places. */
function neutral(c: ChartDefinition): Set<string> {
	const same = new Set(['Israel', 'Guatemala', 'Honduras', 'El Salvador', 'Ecuador', 'Venezuela', 'Cuba', 'Nicaragua']);
	if (c.name === 'delegations') for (const p of (dataOf(c) as DelegationData).people) [p.name, p.displayName, p.shortName, p.narrowName].forEach((n) => n && same.add(n));
	return same;
}

/** Every English label the chart draws, across states and sizes. */
function englishLabels(c: ChartDefinition): Set<string> {
	const all = new Set<string>();
	for (const state of chartStates(c)) for (const dims of sizesOf(c)) linesOf(scene(c, dims, state.en, 'en')).forEach((t) => all.add(t));
	return all;
}

describe.each(charts.map((c) => [c.name, c] as const))('%s in Spanish', (_name, chart) => {
	const english = englishLabels(chart);
	const same = neutral(chart);

	// One test per state and size of the chart (the encounters chart alone has nine states), so each stays short.
	// A declared chart's states are written in the MDX of each language (paired by step id).
	const states = new Map(chartStates(chart).map((s) => [s.id, s]));
	const pair = (id: string): StatePair => states.get(id)!;
	const statesAndSizes = [...states.keys()].flatMap((state) => sizesOf(chart).map((dims) => [state, dims] as const));
	it.each(statesAndSizes)('draws no English label: none of the English chart’s labels, no English words, no English number style (state %s, %o)', (state, dims) => {
		expect(english.size).toBeGreaterThan(5);
		const where = `${state} @ ${dims.width}×${dims.height}`;
		for (const line of linesOf(scene(chart, dims, pair(state).es, 'es'))) {
			if (/^[\d\s\u00a0.,%()–-]*$/.test(line) || same.has(line)) continue;
			expect(english.has(line), `${where}: "${line}" is an English label`).toBe(false);
			expect(line, where).not.toMatch(ENGLISH);
			expect(line, where).not.toMatch(ENGLISH_NUMBER);
		}
	});

	it.each(statesAndSizes)('keeps the English marks: same layers, keys and elements (state %s, %o)', (state, dims) => {
		const shape = (s: Scene) => s.layers.map((l) => `${l.id}: ${l.marks.map((m) => `${m.tag}#${m.key}`).join(' ')}`);
		expect(shape(scene(chart, dims, pair(state).es, 'es')), `${state} @ ${dims.width}×${dims.height}`).toEqual(shape(scene(chart, dims, pair(state).en, 'en')));
	});

	const fitSizes = [...sizesOf(chart), { width: 340, height: 320 }, { width: 375, height: 330 }, { width: 414, height: 520 }, { width: 600, height: 440 }, { width: 1200, height: 560 }];
	// One test per state and size: the layout checks compare every pair of labels.
	it.each([...states.keys()].flatMap((state) => fitSizes.map((dims) => [state, dims] as const)))(
		'fits from a 320 px phone to a wide screen, by the checks its English tests use (state %s, %o)',
		(state, dims) => {
			const dejaVu = ['encounters', 't42-nationalities', 'funding', 'funding-votes', 'delegations'].includes(chart.name);
			const s = scene(chart, dims, pair(state).es, 'es');
			const where = `${state} @ ${dims.width}×${dims.height}`;
			if (dejaVu) {
				// Estimated with DejaVu Sans widths, the widest common fallback font.
				expect(outOfBounds(s), where).toEqual([]);
				expect(overlappingTexts(s), where).toEqual([]);
				if (chart.name.startsWith('funding')) expect(textsOnBars(s), where).toEqual([]);
			} else {
				expect(outside(s), where).toEqual([]);
				expect(overlappingPairs(textBoxes(s)), where).toEqual([]);
			}
		},
	);

	it('has Spanish words around the figure: title, description, caption and credit', () => {
		const es = chartWords(chart, 'es');
		expect(chartWords(chart, 'en')).toEqual({ title: chart.title, description: chart.description, caption: chart.caption, credit: chart.credit });
		expect(es.credit).toMatch(/^Datos: /);
		for (const text of [es.title, es.description, es.caption]) {
			expect(text.length).toBeGreaterThan(20);
			expect(text).not.toMatch(ENGLISH);
			expect(text).not.toMatch(ENGLISH_NUMBER);
		}
		// Figures are grouped with a comma, as Spanish-language newsrooms in Mexico and the U.S. print them (docs/style-es.md).
		expect(`${es.description} ${es.caption}`, 'a space inside a number').not.toMatch(/\d[ \u00a0]\d{3}(?!\d)/);
		expect(`${es.description} ${es.caption}`, 'a space before %').not.toMatch(/\d[ \u00a0]%/);
	});

	it('has a Spanish table whose CSV keeps numbers machine-readable', () => {
		const en = chart.table(dataOf(chart), 'en');
		const es = chart.table(dataOf(chart), 'es');
		expect(es.columns).toHaveLength(en.columns.length);
		expect(es.rows).toHaveLength(en.rows.length);
		for (const column of es.columns) expect(column).not.toMatch(ENGLISH);
		for (const row of es.rows) {
			for (const cell of row) {
				if (typeof cell === 'number') continue;
				if (same.has(cell.replace(/ \(sin nombre\)$/, ''))) continue;
				expect(cell).not.toMatch(ENGLISH);
				expect(cell).not.toMatch(ENGLISH_NUMBER);
			}
		}
		const [header, ...body] = csvParseRows(toCsv(es.columns, es.rows));
		expect(header).toEqual(es.columns);
		es.rows.forEach((row, r) =>
			row.forEach((cell, i) => {
				if (typeof cell === 'number') expect(body[r]![i], `${es.columns[i]}`).toMatch(/^\d+(\.\d+)?$/);
			}),
		);
	});

	// The bars kind's Spanish goldens (every step and the overview its MDX declares) are drawn in tests/unit/kind-bars.test.ts.
	it.skipIf(chart.kind === 'bars')('renders the Spanish static drawing (overview) to golden SVGs, wide and narrow', () => {
		// The palette's colours where the chart draws with them (charts declared in content).
		const style = (s: Scene) => (chart.name.startsWith('funding') ? FUNDING_GOLDEN_STYLE : /\b(fill|stroke)-c-/.test(JSON.stringify(s)) ? PALETTE_GOLDEN_STYLE : '');
		const golden = (name: string, s: Scene) => expectGolden(name, standaloneSvg(sceneToSvgInner(s), s.width, s.height).replace('<style>', `<style>${style(s)}`));
		// A declared chart's static drawing is the state its page declares: a <Scrolly>'s overview, else the spec's own.
		const declared = chartStates(chart).find((s) => s.id.endsWith('/overview'));
		const [name, state] = chart.kind ? ['overview', declared?.es ?? '{}'] : [chart.staticState, chart.staticState];
		golden(`${chart.name}-es-${name}`, scene(chart, chart.staticSize, state, 'es'));
		if (chart.narrowSize) golden(`${chart.name}-es-${name}-narrow`, scene(chart, chart.narrowSize, state, 'es'));
	});
});

describe('Spanish labels, chart by chart', () => {
	/** A bespoke chart's state, or a declared chart's step id (e.g. "title-42/step-order"). */
	const all = (name: string, state: string, dims?: Dimensions) => {
		const c = getChart(name);
		// "overview" of a declared chart without a <Scrolly>: its static drawing ({}).
		const es = c.kind ? (chartStates(c).find((s) => s.id === state)?.es ?? (state === 'overview' ? '{}' : state)) : state;
		return linesOf(scene(c, dims ?? c.staticSize, es, 'es')).join(' | ');
	};

	it('encounters: Spanish dates, newsroom numbers, compact ticks and “eventos, no personas”', () => {
		const overview = all('encounters', 'title-42/overview');
		expect(overview).toContain('Fin del Título 42,');
		expect(overview).toContain('11 de mayo de 2023');
		expect(overview).toContain(`300${NBSP}mil`);
		expect(overview).toContain('Título 42 (tramitados para su expulsión)');
		expect(all('encounters', 'title-42/step-order')).toContain('Abril de 2020: 17,106,');
		expect(all('encounters', 'title-42/step-order')).toContain('91% bajo el Título 42');
		expect(all('encounters', 'title-42/step-record')).toContain('Récord: 301,981');
		expect(all('encounters', 'title-42/step-record')).toContain('Tope de devoluciones CHNV a México: 30,000 al mes');
		expect(all('encounters', 'title-42/step-repeat')).toContain('Eventos, no personas');
		// On a phone the long legend entry gives way to its short form rather than run off the edge.
		expect(all('encounters', 'title-42/overview', { width: 320, height: 300 })).toContain('Título 42 (para expulsión)');
	});

	it('t42-nationalities: country names with accents, Spanish counts and shares', () => {
		const text = all('t42-nationalities', 'overview');
		expect(text).toContain('México');
		expect(text).toContain('Haití');
		expect(text).toContain('1,781,514 (61.2%)');
	});

	it('funding: amounts in millions of dollars (mdd), Spanish stage names and dates', () => {
		const text = all('funding', 'border-funding-package/overview').replace(/\u00a0/g, ' ');
		expect(text).toContain('Solicitud de la Casa Blanca, 20 de octubre de 2023');
		expect(text).toContain('105,600 mdd');
		expect(text).toContain('Frontera: 13,600 millones de dólares');
		expect(text).toContain('Bloqueado el 7 de febrero: 49 a 50 en la votación para iniciar el debate; se necesitaban 60 votos');
		expect(all('funding', 'border-funding-package/step-border-ask').replace(/\u00a0/g, ' ')).toContain('cerca del 13% de la solicitud');
		expect(all('funding', 'border-funding-package/step-aid-only').replace(/\u00a0/g, ' ')).toContain('Todas las demás partes 95,340 mdd');
	});

	it('funding: a wrapped label never splits an amount or a date', () => {
		const funding = getChart('funding');
		const s = scene(funding, { width: 320, height: 440 }, chartStates(funding).find((st) => st.id === 'border-funding-package/step-enacted')!.es, 'es');
		const lines = linesOf(s);
		expect(lines.some((l) => l.includes(`20${NBSP}de${NBSP}octubre${NBSP}de${NBSP}2023`))).toBe(true);
		for (const l of lines) expect(l, l).not.toMatch(/^(mdd|millones|de \d{4}|\d{4}$)/);
	});

	it('funding-votes: Spanish chambers, results and vote details', () => {
		const text = all('funding-votes', 'overview').replace(/\u00a0/g, ' ');
		expect(text).toContain('Senado (100 escaños)');
		expect(text).toContain('Cámara de Representantes (435 escaños)');
		expect(text).toContain('7 feb 2024 · 49 a 50 · necesitaba 60 (cloture)');
		expect(text).toContain('Aprobada');
		expect(text).toContain('Rechazada');
		expect(text).toContain('Votos a favor necesarios');
	});

	it('funding-votes: a vote without a Spanish name stops the Spanish drawing, naming where to add it', () => {
		const rows = loadFundingVotes();
		const data = markBorderMeasures([...rows, { ...rows[0]!, date: '2024-06-01', measure: 'A new vote' }]);
		expect(() => getChart('funding-votes').scene(data, { width: 760, height: 556 }, 'overview', 'es')).toThrow(/funding-votes\/strings-es\.ts.*"2024-06-01 A new vote"/);
		expect(() => getChart('funding-votes').scene(data, { width: 760, height: 556 }, 'overview', 'en')).not.toThrow();
	});

	it('delegations: official Spanish titles, accents kept, Spanish tags and meeting', () => {
		const jan19 = all('delegations', 'jan19');
		for (const t of [
			'Secretario de Estado',
			'Secretario de Seguridad Nacional',
			'Secretaria de Relaciones Exteriores (SRE)',
			'Comisionado del INM',
			'Secretario de la Defensa Nacional',
			'Alicia Bárcena Ibarra',
			'Gral. Luis Cresencio Sandoval',
			'Almte. José Rafael Ojeda Durán',
		]) {
			expect(jan19).toContain(t);
		}
		expect(jan19).toContain('Washington, Departamento de Estado, 19 de enero de 2024');
		expect(jan19).toContain('Lo reportó un solo medio');
		expect(all('delegations', 'dec27')).toMatch(/nombre no reportado/i);
		expect(all('delegations', 'overview')).toContain('Encabezó la delegación de México');
		expect(all('delegations', 'counterparts')).toContain('Emparejamiento nuestro');
		expect(all('delegations', 'jan19', { width: 1200, height: 560 })).toContain('Comisionado del Instituto Nacional de Migración (INM)');
		const phone = all('delegations', 'jan19', { width: 320, height: 420 });
		expect(phone).toContain('Gral. Sandoval');
	});

	it('mexico-timeline: Spanish marker labels and axis; numbered markers with a Spanish key on phones', () => {
		const wide = all('mexico-timeline', '{}');
		expect(wide).toContain('5 ene 2023: empiezan las devoluciones CHNV');
		expect(wide).toContain('19 ene: reunión en Washington');
		expect(wide).toContain('dic 2023: récord, 301,981');
		expect(wide).toContain('ene 2024');
		expect(wide).toContain('(eventos, no personas)');
		const phone = all('mexico-timeline', '{}', { width: 360, height: 360 });
		expect(phone).toContain('Encuentros al mes (eventos, no personas)');
		const caption = chartWords(getChart('mexico-timeline'), 'es').caption;
		expect(caption).toContain('7 19 de enero de 2024: la reunión de Washington');
		expect(caption).toContain('4 diciembre de 2023: mes récord de encuentros');
	});
});

describe('figure words (src/i18n/figure-words.ts)', () => {
	it('shares with the words the rest of the page uses, in each language', () => {
		for (const lang of ['en', 'es'] as const) {
			const words = CHART_UI[lang];
			expect(words.share).toBe(UI[lang].share);
			expect(words.shareChart('T')).toBe(`${UI[lang].shareChart}: T`);
			expect(words.stepLink).toBe(UI[lang].stepLink);
			expect(SHARE_WORDS[lang]).toEqual({ copied: UI[lang].linkCopied, failed: UI[lang].copyFailed });
		}
		expect(CHART_UI.en.shareChart('T')).toBe('Share this chart: T');
		expect(CHART_UI.es.shareChart('T')).toBe('Compartir esta gráfica: T');
		expect(CHART_UI.en.downloadCsv).toBe('Download the data (CSV)');
	});

	it('has every word in Spanish', () => {
		const es = CHART_UI.es;
		expect(Object.keys(es).sort()).toEqual(Object.keys(CHART_UI.en).sort());
		expect(es.downloadCsv).toBe('Descargar los datos (CSV)');
		expect(es.viewTable).toBe('Ver los datos en una tabla');
		expect(es.tableLabel('T')).toBe('Datos: T');
		expect(es.aboutChart('T')).toBe('Acerca de la gráfica: T');
		expect(es.stepLink).toBe('Enlace a este paso');
		expect(es.shareChart('T')).toBe('Compartir esta gráfica: T');
		expect(SHARE_WORDS.es).toEqual({ copied: es.linkCopied, failed: es.copyFailed });
	});

	it('links each language’s CSV: /data/<name>.csv and /es/data/<name>.csv', () => {
		expect(chartCsvPath('encounters')).toBe('/data/encounters.csv');
		expect(chartCsvPath('encounters', 'es')).toBe('/es/data/encounters.csv');
	});
});
