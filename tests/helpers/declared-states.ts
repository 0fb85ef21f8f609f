/**
 * The states the MDX declares for a chart declared in data/<name>.chart.yaml: every
 * <Step state={{ … }}> of its <Scrolly>, the Scrolly's `overview={{ … }}`, and the
 * state of each <Chart name="…"/> (`{}` when it has none), per language, as the JSON
 * text the page carries in data-step-state. Tests iterate these where they iterate a
 * bespoke chart's named states.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/i18n/lang';

export interface DeclaredState {
	/** The step id ("step-border-ask"), "overview" for the static drawing. */
	id: string;
	/** JSON text, as in data-step-state. */
	state: string;
}

function mdxFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const path = join(dir, f);
		return statSync(path).isDirectory() ? mdxFiles(path) : f.endsWith('.mdx') ? [path] : [];
	});
}

/** Reads a JS object literal written in MDX ({ through: "…", notes: [ … ] }). */
function objectLiteral(text: string): unknown {
	return new Function(`return (${text});`)();
}

/** The JS expression in braces that starts at `from` (the first "{"): balanced braces, strings skipped. */
function braced(text: string, from: number): string {
	let depth = 0;
	let quote: string | undefined;
	for (let i = from; i < text.length; i++) {
		const ch = text[i]!;
		if (quote) {
			if (ch === '\\') i++;
			else if (ch === quote) quote = undefined;
		} else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
		else if (ch === '{') depth++;
		else if (ch === '}' && --depth === 0) return text.slice(from + 1, i);
	}
	throw new Error(`unbalanced braces at ${from}`);
}

export function declaredStates(chart: string, lang: Lang, root = process.cwd()): DeclaredState[] {
	const dir = join(root, 'content/explainers');
	const files = mdxFiles(dir).filter((f) => (lang === 'es' ? f.includes('/explainers/es/') : !f.includes('/explainers/es/')));
	const out: DeclaredState[] = [];
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(new RegExp(`<Scrolly chart="${chart}"[^>]*?(?:overview=(\\{)|>)`, 'g'))) {
			const start = m.index!;
			const end = text.indexOf('</Scrolly>', start);
			const body = text.slice(start, end);
			if (m[1]) out.push({ id: 'overview', state: JSON.stringify(objectLiteral(braced(text, start + m[0].length - 1))) });
			else out.push({ id: 'overview', state: '{}' });
			for (const s of body.matchAll(/<Step id="([^"]+)" state=(\{)/g)) out.push({ id: s[1]!, state: JSON.stringify(objectLiteral(braced(body, s.index! + s[0].length - 1))) });
		}
		for (const m of text.matchAll(new RegExp(`<Chart name="${chart}"(\\s+state=(\\{))?`, 'g'))) {
			out.push({ id: 'overview', state: m[2] ? JSON.stringify(objectLiteral(braced(text, m.index! + m[0].length - 1))) : '{}' });
		}
	}
	return out;
}

/**
 * The states to test a chart in, paired across languages: a bespoke chart's state names
 * (the same in both), or a declared chart's MDX states matched by step id.
 */
export function chartStates(chart: { name: string; states: readonly string[]; checkState?: unknown }): { id: string; en: string; es: string }[] {
	if (!chart.checkState) return chart.states.map((s) => ({ id: s, en: s, es: s }));
	const es = declaredStates(chart.name, 'es');
	const seen = new Set<string>();
	const states = declaredStates(chart.name, 'en').flatMap(({ id, state }) => {
		const twin = es.find((s) => s.id === id);
		if (seen.has(`${id} ${state}`) || !twin) return [];
		seen.add(`${id} ${state}`);
		return [{ id, en: state, es: twin.state }];
	});
	// A chart no explainer shows yet is still drawn in its static state.
	return states.length ? states : [{ id: 'overview', en: '{}', es: '{}' }];
}
