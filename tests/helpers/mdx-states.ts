/**
 * The step states of a chart declared in content, read from an explainer's MDX:
 * every <Step id="…" state={{ … }}> inside <Scrolly chart="name">, and the Scrolly's
 * `overview={{ … }}` (id "overview"). State objects are plain literals, evaluated as
 * JavaScript. Tests use them to check each state the pages really draw.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MdxState {
	id: string;
	state: Record<string, unknown>;
}

/** The text of the {…} expression that opens at `start` (a "{"), strings skipped. */
function braced(text: string, start: number): string {
	let depth = 0;
	let quote = '';
	for (let i = start; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === '\\') i++;
			else if (c === quote) quote = '';
		} else if (c === '"' || c === "'" || c === '`') quote = c;
		else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
	}
	throw new Error(`unbalanced braces from offset ${start}`);
}

const literal = (expr: string): Record<string, unknown> => new Function(`return (${expr.slice(1, -1)});`)() as Record<string, unknown>;

/** The states of <Scrolly chart={chart}> in an MDX file (path from the project root). */
export function scrollyStates(file: string, chart: string): MdxState[] {
	const text = readFileSync(join(process.cwd(), file), 'utf8');
	const open = text.indexOf(`<Scrolly chart="${chart}"`);
	if (open < 0) throw new Error(`${file}: no <Scrolly chart="${chart}">`);
	const close = text.indexOf('</Scrolly>', open);
	const body = text.slice(open, close);
	const states: MdxState[] = [];
	const overview = body.indexOf('overview={');
	const firstStep = body.indexOf('<Step');
	if (overview >= 0 && overview < firstStep) states.push({ id: 'overview', state: literal(braced(body, overview + 'overview='.length)) });
	else states.push({ id: 'overview', state: {} });
	for (const m of body.matchAll(/<Step id="([^"]+)" state=\{/g)) states.push({ id: m[1]!, state: literal(braced(body, m.index + m[0].length - 1)) });
	return states;
}

/** The states <Chart name={chart} state={{ … }}/> draws in an MDX file, ids "chart-1", "chart-2", … (`{}` without a state). */
export function figureStates(file: string, chart: string): MdxState[] {
	const text = readFileSync(join(process.cwd(), file), 'utf8');
	return [...text.matchAll(new RegExp(`<Chart name="${chart}"`, 'g'))].map((m, i) => {
		const end = text.indexOf('>', m.index);
		const at = text.indexOf('state={', m.index);
		return { id: `chart-${i + 1}`, state: at >= 0 && at < end ? literal(braced(text, at + 'state='.length)) : {} };
	});
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
