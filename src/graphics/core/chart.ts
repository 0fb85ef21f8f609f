/**
 * What a chart must provide to be used from MDX (<Chart name>, <Scrolly chart>):
 * words for the figure, its data, its step states and a pure scene function.
 */
import type { Dimensions, Scene } from './scene';

export interface ChartTable {
	columns: string[];
	rows: (string | number)[][];
}

export interface ChartDefinition<Data = unknown, State extends string = string> {
	/** Used in MDX and in the CSV download name (/data/<name>.csv). */
	name: string;
	title: string;
	/** Text alternative for the graphic: what it shows and its main finding. */
	description: string;
	/** Caption under the figure (notes and caveats). */
	caption: string;
	/** "Data: …" line naming the original publisher. */
	credit: string;
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
	/** Pure: data + size + state → scene. Also runs in the browser. */
	scene(data: Data, dims: Dimensions, state: State): Scene;
	/** The "view the data" table and CSV download. */
	table(data: Data): ChartTable;
}

export function defineChart<Data, State extends string>(def: ChartDefinition<Data, State>): ChartDefinition<Data, State> {
	return def;
}
