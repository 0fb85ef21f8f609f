/**
 * A chart kind: a chart an author configures instead of programs. A spec file in
 * data/ (<name>.chart.yaml, beside its CSV) names the kind, the columns, series,
 * colours and words; each <Step> of a <Scrolly> and each <Chart> declares its
 * state in the MDX (what range is shown, what is highlighted, the annotations in
 * the page's language). A kind turns those into the same ChartDefinition a bespoke
 * chart folder exports, so figures, tables, CSV downloads, share cards and the
 * scrollytelling client treat both alike.
 *
 * A kind lives in src/graphics/kinds/<kind>/:
 *   index.ts  — default export defineKind({...}) (build time: schemas, binding, checks)
 *   model.ts  — the pure scene function (also runs in the browser)
 *   client.ts — `export const scene: KindClientScene` for scrollytelling
 */
import type { z } from 'astro/zod';
import type { Lang } from '../../i18n/lang';
import type { ChartTable } from '../core/chart';
import type { Dimensions, Scene } from '../core/scene';

/** A problem with a spec or a state, pointing at the field (dotted path, e.g. "notes.1.at"). */
export interface Problem {
	field: string;
	message: string;
}

/** Text in both languages, as written in a spec file. */
export interface Bilingual {
	en: string;
	es: string;
}

export interface ChartKind<Spec = unknown, Data = unknown, State = unknown> {
	/** The folder name, used as `kind:` in spec files. */
	name: string;
	/** The kind's own fields of a spec (beyond the common ones in spec.ts). */
	spec: z.ZodType<Spec>;
	/** A state as written in MDX (a <Step state={…}>, a <Chart state={…}>). */
	state: z.ZodType<State>;
	/**
	 * Reads the CSV rows (header → cell text) into the model's data. Must be plain JSON:
	 * the browser receives it as /data/<name>.json. Errors name the file, row and column.
	 */
	bind(spec: Spec, rows: Record<string, string>[], file: string): Data;
	/** Checks a state against the data: an unknown series, a note outside the data, an empty state… */
	check(state: State, data: Data): Problem[];
	/** Pure: data + size + state + language → scene. Also runs in the browser. */
	scene(data: Data, dims: Dimensions, state: State, lang: Lang): Scene;
	/** The "view the data" table and CSV download. */
	table(data: Data, lang: Lang): ChartTable;
}

export function defineKind<Spec, Data, State>(kind: ChartKind<Spec, Data, State>): ChartKind<Spec, Data, State> {
	return kind;
}

/** What a kind's client.ts exports: its scene function, states already parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type KindClientScene = (data: any, dims: Dimensions, state: any, lang: Lang) => Scene;
