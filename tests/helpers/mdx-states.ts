/**
 * The step states of a chart declared in content, read from an explainer's MDX:
 * every <Step id="…" state={{ … }}> inside <Scrolly chart="name">, and the Scrolly's
 * `overview={{ … }}` (id "overview"). The MDX is read with the same parser as the
 * translation checks (translation-check.ts); state objects are plain literals. Tests use
 * them to check each state the pages really draw.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf, parseMdx, splitMdx, Unreadable, type AttrValue, type Element } from './translation-check';

export interface MdxState {
	id: string;
	state: Record<string, unknown>;
}

/** The JSX elements of an MDX file (path from the project root), in document order. */
function elements(file: string): Element[] {
	return elementsOf(parseMdx(splitMdx(readFileSync(join(process.cwd(), file), 'utf8')).body, file));
}

/** A state attribute as an object: `{}` when it is absent; anything but a literal object is a mistake. */
function stateObject(value: AttrValue | Unreadable | undefined, where: string): Record<string, unknown> {
	if (value === undefined) return {};
	if (value instanceof Unreadable || value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: expected a literal object, e.g. state={{ through: "2021-12" }}`);
	return value;
}

/** The states of <Scrolly chart={chart}> in an MDX file (path from the project root). */
export function scrollyStates(file: string, chart: string): MdxState[] {
	const all = elements(file);
	const start = all.findIndex((e) => e.name === 'Scrolly' && e.attributes.chart === chart);
	if (start < 0) throw new Error(`${file}: no <Scrolly chart="${chart}">`);
	const states: MdxState[] = [{ id: 'overview', state: stateObject(all[start]!.attributes.overview, `${file}: <Scrolly chart="${chart}"> overview`) }];
	// Steps belong to the <Scrolly> before them (scrollies are never nested).
	for (const e of all.slice(start + 1)) {
		if (e.name === 'Scrolly') break;
		if (e.name === 'Step') states.push({ id: String(e.attributes.id), state: stateObject(e.attributes.state, `${file}: <Step id="${String(e.attributes.id)}">`) });
	}
	return states;
}

/** The states <Chart name={chart} state={{ … }}/> draws in an MDX file, ids "chart-1", "chart-2", … (`{}` without a state). */
export function figureStates(file: string, chart: string): MdxState[] {
	return elements(file)
		.filter((e) => e.name === 'Chart' && e.attributes.name === chart)
		.map((e, i) => ({ id: `chart-${i + 1}`, state: stateObject(e.attributes.state, `${file}: <Chart name="${chart}">`) }));
}

/** A state of a chart in both languages, as the text the pages carry (data-step-state). */
export interface StatePair {
	id: string;
	en: string;
	es: string;
}

const EXPLAINERS = 'content/explainers';

/**
 * Every state a chart is drawn in, in English and Spanish: a bespoke chart's named states
 * (the same in both), or a declared chart's states written in the explainers' MDX (each
 * <Scrolly> step, its overview, each <Chart>), paired by id, with `{}` (the spec's own static
 * drawing) first.
 */
export function chartStates(chart: { name: string; states: readonly string[]; checkState?: unknown }): StatePair[] {
	if (!chart.checkState) return chart.states.map((s) => ({ id: s, en: s, es: s }));
	const pairs: StatePair[] = [{ id: 'static', en: '{}', es: '{}' }];
	for (const slug of readdirSync(join(process.cwd(), EXPLAINERS)).filter((d) => d !== 'es')) {
		const en = `${EXPLAINERS}/${slug}/index.mdx`;
		const es = `${EXPLAINERS}/es/${slug}/index.mdx`;
		if (!existsSync(join(process.cwd(), en)) || !existsSync(join(process.cwd(), es))) continue;
		const text = readFileSync(join(process.cwd(), en), 'utf8');
		const read = (f: (file: string, chart: string) => MdxState[], prefix: string) => {
			const a = f(en, chart.name);
			const b = f(es, chart.name);
			for (const s of a) {
				const other = b.find((o) => o.id === s.id);
				if (other) pairs.push({ id: `${slug}/${prefix}${s.id}`, en: JSON.stringify(s.state), es: JSON.stringify(other.state) });
			}
		};
		if (text.includes(`<Scrolly chart="${chart.name}"`)) read(scrollyStates, '');
		if (text.includes(`<Chart name="${chart.name}"`)) read(figureStates, '');
	}
	return pairs;
}
