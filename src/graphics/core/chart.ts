/**
 * What a chart must provide to be used from MDX (<Chart name>, <Scrolly chart>):
 * words for the figure, its data, its step states and a pure scene function.
 * English words are the definition's own fields; other languages sit under their
 * code (`es`), so adding a language never touches the English ones.
 */
import type { Lang } from '../../i18n/lang';
import type { Dimensions, Scene } from './scene';

export interface ChartTable {
	columns: string[];
	rows: (string | number)[][];
}

/** The words around a figure, in one language. */
export interface ChartWords {
	title: string;
	/** Text alternative for the graphic: what it shows and its main finding. */
	description: string;
	/** Caption under the figure (notes and caveats). */
	caption: string;
	/** "Data: …" line naming the original publisher. */
	credit: string;
}

export interface ChartDefinition<Data = unknown, State extends string = string> extends ChartWords {
	/** Used in MDX and in the CSV download name (/data/<name>.csv). */
	name: string;
	/** Set on charts declared in data/<name>.chart.yaml: the kind (src/graphics/kinds/<kind>/) that draws them. */
	kind?: string;
	/** Where the chart's words and settings are edited, for error messages; src/graphics/<name>/index.ts by default. */
	definedIn?: string;
	/** The same words in Spanish (same facts, Spanish style per docs/style-es.md: "17,106", "40%", "19 de enero de 2024"). */
	es: ChartWords;
	/** Source ids (content/sources) behind the data. */
	sourceIds: string[];
	/** Valid step states of a bespoke chart (declared charts list none: their states are objects written in MDX). */
	states: readonly State[];
	/** Declared charts: checks a state written in MDX (JSON text) against the spec and data; [] when it is valid. */
	checkState?(state: string): { field: string; message: string }[];
	/** State drawn in the static (no-JavaScript) SVG. */
	staticState: State;
	/** Size the static SVG is drawn at (its viewBox). */
	staticSize: Dimensions;
	/** A narrower static rendering for phones, shown below 600 px. */
	narrowSize?: Dimensions;
	/** Reads and checks the data at build time (Node only). */
	load(): Data;
	/**
	 * The data scrollytelling sends to the browser, when the scene needs less than the
	 * table (it is in every page that shows the chart). Must draw the same scenes as
	 * the full data; tests/unit/charts-client-data.test.ts checks that.
	 */
	clientData?(data: Data): unknown;
	/** Pure: data + size + state (+ language, English by default) → scene. Also runs in the browser. */
	scene(data: Data, dims: Dimensions, state: State, lang?: Lang): Scene;
	/** The "view the data" table and CSV download, with headers and labels in `lang` (English by default). */
	table(data: Data, lang?: Lang): ChartTable;
}

export function defineChart<Data, State extends string>(def: ChartDefinition<Data, State>): ChartDefinition<Data, State> {
	return def;
}

/** Title, description, caption and credit of a chart in a language. */
export function chartWords(chart: Pick<ChartDefinition, keyof ChartWords | 'es'>, lang: Lang = 'en'): ChartWords {
	if (lang === 'es') return chart.es;
	return { title: chart.title, description: chart.description, caption: chart.caption, credit: chart.credit };
}

/** Where a chart is edited, for error messages. */
export function chartSource(chart: Pick<ChartDefinition, 'name' | 'definedIn'>): string {
	return chart.definedIn ?? `src/graphics/${chart.name}/index.ts`;
}

/**
 * A state named in MDX or frontmatter, as the text the page carries (data-step-state):
 * a bespoke chart's state name, or a declared chart's state object as JSON. Stops the
 * build naming `where` (file and element) and the field when the state is wrong.
 */
export function stateText(chart: ChartDefinition<unknown, string>, state: unknown, where: string): string {
	if (chart.checkState) {
		if (typeof state === 'string')
			throw new Error(`${where}: chart "${chart.name}" is declared in ${chartSource(chart)}; its states are objects, e.g. state={{ through: "2021-12" }}, not a name (${JSON.stringify(state)})`);
		const text = JSON.stringify(state ?? {});
		const problems = chart.checkState(text);
		if (problems.length) throw new Error(problems.map((p) => `${where}: field "${p.field}": ${p.message}`).join('\n'));
		return text;
	}
	if (typeof state !== 'string' || !chart.states.includes(state)) {
		throw new Error(`${where}: unknown state ${JSON.stringify(state)} of chart "${chart.name}"; expected one of ${chart.states.join(', ')}`);
	}
	return state;
}
