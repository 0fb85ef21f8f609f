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
	/** The same words in Spanish (same facts, Spanish style per docs/style-es.md: "17,106", "40%", "19 de enero de 2024"). */
	es: ChartWords;
	/** Source ids (content/sources) behind the data. */
	sourceIds: string[];
	/** Valid step states; the first is used when a scrolly starts. */
	states: readonly State[];
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
