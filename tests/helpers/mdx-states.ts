/**
 * The step states of a chart declared in content, read from an explainer's MDX:
 * every <Step id="…" state={{ … }}> inside <Scrolly chart="name">, and the Scrolly's
 * `overview={{ … }}` (id "overview"). State objects are plain literals, evaluated as
 * JavaScript. Tests use them to check each state the pages really draw.
 */
import { readFileSync } from 'node:fs';
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
