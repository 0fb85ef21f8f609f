/**
 * Checks that keep the Spanish edition in step with the English one
 * (tests/unit/translations.test.ts runs them over content/). Pure: strings in,
 * findings out; no file system and no astro:* imports. MDX bodies are read with
 * the MDX parser (micromark-extension-mdxjs into mdast), so JSX elements, their
 * attribute expressions (state={{ … }}, overview={{ … }}), code and comments are
 * told apart as the MDX compiler tells them apart.
 *
 * - explainerOutline / compareOutlines: the parts of an explainer that must be the
 *   same in both languages (sources, <Cite>, <Step> ids and states, charts and their
 *   state objects, "## " sections, topics, <Term>), and the same figures in the
 *   words of each state object.
 * - extractFigures / compareFigures: the numbers and dates a reader sees, normalised
 *   so that English "30,000", "$20 billion", "10%", "11:59 p.m.", "January 19, 2024"
 *   equal Spanish "30,000", "20 mil millones", "10%", "23:59", "19 de enero de 2024".
 * - spanishNumberStyle: English number formats left in Spanish text.
 */
import type { Expression, SpreadElement } from 'estree';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse } from 'yaml';
import type { Lang } from '../../src/i18n/lang';

// ---------------------------------------------------------------------------------
// Multisets

/** Items of `a` not matched one-for-one in `b` (a multiset difference), in `a`'s order. */
export function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
	const left = new Map<string, number>();
	for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
	const out: string[] = [];
	for (const x of a) {
		const n = left.get(x) ?? 0;
		if (n > 0) left.set(x, n - 1);
		else out.push(x);
	}
	return out;
}

// ---------------------------------------------------------------------------------
// MDX: frontmatter, elements, prose

export interface Mdx {
	frontmatter: Record<string, unknown>;
	body: string;
}

/** Splits "---\nyaml\n---\nbody". Throws on a missing or invalid frontmatter block. */
export function splitMdx(source: string): Mdx {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) throw new Error('no frontmatter block (--- … ---) at the top');
	const data: unknown = parse(match[1] ?? '');
	if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('frontmatter is not a YAML mapping');
	return { frontmatter: data as Record<string, unknown>, body: source.slice(match[0].length) };
}

/**
 * The mdast tree of an MDX body (CommonMark + MDX: JSX, expressions, ESM), as the MDX
 * compiler reads it. MDX that does not parse throws, naming `file` and the line and
 * column in the body.
 */
export function parseMdx(body: string, file = 'MDX body'): Root {
	try {
		return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
	} catch (e) {
		throw new Error(`${file}: MDX does not parse: ${(e as Error).message ?? String(e)} (line:column in the body, after the frontmatter)`);
	}
}

/** A value written in an attribute: a string, or a literal (numbers, booleans, null, arrays and objects of them). */
export type AttrValue = string | number | boolean | null | AttrValue[] | { [key: string]: AttrValue };
/** An attribute expression that is not a literal (a variable, a call…), kept as its source text. */
export class Unreadable {
	constructor(readonly expression: string) {}
}
const UNREADABLE = Symbol('unreadable');

/** The value of an estree literal expression: strings, numbers, booleans, null, arrays and plain objects, nested. */
function literalValue(node: Expression | SpreadElement | null | undefined): AttrValue | typeof UNREADABLE {
	if (!node) return UNREADABLE;
	switch (node.type) {
		case 'Literal':
			return typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean' || node.value === null ? node.value : UNREADABLE;
		case 'TemplateLiteral':
			return node.expressions.length === 0 ? node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('') : UNREADABLE;
		case 'UnaryExpression': {
			const v = node.operator === '-' ? literalValue(node.argument) : UNREADABLE;
			return typeof v === 'number' ? -v : UNREADABLE;
		}
		case 'ArrayExpression': {
			const out: AttrValue[] = [];
			for (const el of node.elements) {
				const v = literalValue(el);
				if (v === UNREADABLE) return UNREADABLE;
				out.push(v);
			}
			return out;
		}
		case 'ObjectExpression': {
			const out: Record<string, AttrValue> = {};
			for (const prop of node.properties) {
				if (prop.type !== 'Property' || prop.computed || prop.kind !== 'init') return UNREADABLE;
				const key = prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : undefined;
				const v = literalValue(prop.value as Expression);
				if (key === undefined || v === UNREADABLE) return UNREADABLE;
				out[key] = v;
			}
			return out;
		}
		default:
			return UNREADABLE;
	}
}

/** The attributes of a JSX element: `id="a"` → "a", `state={{ at: "2023-05" }}` → the object, a bare `open` → true. */
export function attributesOf(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, AttrValue | Unreadable> {
	const out: Record<string, AttrValue | Unreadable> = {};
	for (const attr of node.attributes) {
		if (attr.type !== 'mdxJsxAttribute') continue;
		const { name, value } = attr;
		if (value === null || value === undefined) out[name] = true;
		else if (typeof value === 'string') out[name] = value;
		else {
			const statement = value.data?.estree?.body[0];
			const v = statement?.type === 'ExpressionStatement' ? literalValue(statement.expression) : UNREADABLE;
			out[name] = v === UNREADABLE ? new Unreadable(value.value.trim()) : v;
		}
	}
	return out;
}

export interface Element {
	name: string;
	attributes: Record<string, AttrValue | Unreadable>;
	/** 1-based line in the body. */
	line: number | undefined;
}

const isJsx = (node: Nodes): node is MdxJsxFlowElement | MdxJsxTextElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Every JSX element named `name` (all of them without a name), in document order. */
export function elementsOf(tree: Root, name?: string): Element[] {
	const out: Element[] = [];
	const walk = (node: Nodes) => {
		if (isJsx(node) && node.name && (name === undefined || node.name === name)) out.push({ name: node.name, attributes: attributesOf(node), line: node.position?.start.line });
		if ('children' in node) for (const child of node.children) walk(child as Nodes);
	};
	walk(tree);
	return out;
}

/**
 * Strings of a state object that are words for the reader (translated), as opposed to
 * values the chart reads (dates, ids, series names), which must be the same in both
 * languages: a string under one of these keys, or any string with a space in it.
 */
export const TEXT_KEYS = new Set(['text', 'label', 'labels', 'title', 'note', 'notes', 'caption', 'description', 'annotation', 'annotations']);

export interface StateText {
	/** Dotted path in the value: "notes.0.text". */
	field: string;
	text: string;
}

/** The words of an attribute value (see TEXT_KEYS), with their paths. */
export function textsOf(value: AttrValue | Unreadable, path: string[] = []): StateText[] {
	const key = [...path].reverse().find((p) => !/^\d+$/.test(p));
	const textKey = key !== undefined && TEXT_KEYS.has(key);
	if (typeof value === 'string') return textKey || /\s/.test(value.trim()) ? [{ field: path.join('.'), text: value }] : [];
	// Lines of one text (text: ["Title 42 ends,", "May 11, 2023"]): where a line breaks is layout, so a translation may have more or fewer.
	if (textKey && Array.isArray(value) && value.length && value.every((v) => typeof v === 'string')) return [{ field: path.join('.'), text: value.join(' ') }];
	if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, [...path, String(i)]));
	if (value && typeof value === 'object' && !(value instanceof Unreadable)) return Object.entries(value).flatMap(([k, v]) => textsOf(v, [...path, k]));
	return [];
}

/**
 * An attribute value with its words replaced by "…": what must be the same in both
 * languages (keys, numbers, dates, ids, the number of notes). An expression that is
 * not a literal is kept as its source text.
 */
export function valueShape(value: AttrValue | Unreadable, path: string[] = []): string {
	if (value instanceof Unreadable) return `{${value.expression}}`;
	if (typeof value === 'string' || (Array.isArray(value) && textsOf(value, path)[0]?.field === path.join('.'))) return textsOf(value, path).length ? '"…"' : JSON.stringify(value);
	if (Array.isArray(value)) return `[${value.map((v, i) => valueShape(v, [...path, String(i)])).join(', ')}]`;
	if (value && typeof value === 'object')
		return `{ ${Object.entries(value)
			.map(([k, v]) => `${k}: ${valueShape(v, [...path, k])}`)
			.join(', ')} }`;
	return String(value);
}

/** Plain text of inline content: words only (inline code, expressions and link targets dropped; a JSX element keeps its children). */
function inlineText(nodes: readonly Nodes[]): string {
	return nodes
		.map((node): string => {
			switch (node.type) {
				case 'text':
					return node.value;
				case 'inlineCode':
				case 'mdxTextExpression':
				case 'mdxFlowExpression':
				case 'mdxjsEsm':
				case 'html':
					return ' ';
				case 'image':
					return node.alt ?? '';
				case 'break':
					return '\n';
				default:
					if (isJsx(node)) return ` ${inlineText(node.children as Nodes[])} `;
					return 'children' in node ? inlineText(node.children as Nodes[]) : '';
			}
		})
		.join('');
}

/** Words shown with a JSX element: its title (an <Aside>, a <Scrolly>), and the words of its object props (a step's annotations). */
function elementWords(node: MdxJsxFlowElement | MdxJsxTextElement): string[] {
	const attrs = attributesOf(node);
	const out: string[] = [];
	for (const [name, value] of Object.entries(attrs)) {
		if (name === 'title' && typeof value === 'string') out.push(value);
		else if (value && typeof value === 'object' && !(value instanceof Unreadable)) out.push(...textsOf(value).map((t) => t.text));
	}
	return out;
}

/** The blocks a reader sees, in order: each paragraph, heading, table cell, title and annotation. */
function proseBlocks(nodes: readonly Nodes[]): string[] {
	const out: string[] = [];
	for (const node of nodes) {
		if (isJsx(node)) {
			out.push(...elementWords(node), ...proseBlocks(node.children as Nodes[]));
			continue;
		}
		switch (node.type) {
			case 'paragraph':
			case 'heading':
			case 'tableCell': {
				// Inline elements' titles and annotations first, then the words.
				const inner: string[] = [];
				const collect = (n: Nodes) => {
					if (isJsx(n)) inner.push(...elementWords(n));
					if ('children' in n) for (const c of n.children) collect(c as Nodes);
				};
				for (const c of node.children) collect(c as Nodes);
				out.push(...inner, inlineText(node.children as Nodes[]));
				break;
			}
			case 'code':
			case 'mdxFlowExpression':
			case 'mdxjsEsm':
			case 'html':
			case 'thematicBreak':
			case 'definition':
				break;
			default:
				if ('children' in node) out.push(...proseBlocks(node.children as Nodes[]));
		}
	}
	return out;
}

/**
 * The text a reader sees in an MDX body, one block per paragraph, heading, title
 * (an <Aside> or <Scrolly> title is shown on the page) and annotation (the words of a
 * step's state), separated by blank lines: element names, ids and other attribute
 * values, code, link targets, bare URLs, footnote markers and list numbering are not in it.
 */
export function proseOf(body: string, file?: string): string {
	return proseBlocks(parseMdx(body, file).children as Nodes[])
		.map((b) =>
			b
				.replace(/\[\^[^\]]*\]:?/g, ' ')
				.replace(/\bhttps?:\/\/\S+/g, ' ')
				.replace(/[ \t]*\n[ \t]*\n\s*/g, '\n')
				.trim(),
		)
		.filter(Boolean)
		.join('\n\n');
}

/** Texts of the "## " headings (level 2 only). */
export function sectionHeadings(body: string, file?: string): string[] {
	const out: string[] = [];
	const walk = (node: Nodes) => {
		if (node.type === 'heading' && node.depth === 2)
			out.push(
				inlineText(node.children as Nodes[])
					.replace(/\s+/g, ' ')
					.trim(),
			);
		else if ('children' in node) for (const c of node.children) walk(c as Nodes);
	};
	walk(parseMdx(body, file));
	return out;
}

// ---------------------------------------------------------------------------------
// Explainer outline

export interface ExplainerOutline {
	lang: string | undefined;
	topics: string[];
	sources: string[];
	/** Ids cited with <Cite id>, one per tag. */
	cites: string[];
	/** Ids defined with <Term id>, one per tag. */
	terms: string[];
	/** "<id> (state <name>)" per <Step>, in order; a state object is written as its shape (valueShape). */
	steps: string[];
	/** "Scrolly <chart>" / "Chart <name>", in order, with the shape of an `overview` or `state` object. */
	charts: string[];
	sections: string[];
	/** The words of every state object (steps' states, a scrolly's overview, a chart's state), keyed "<element> <field>". */
	stateTexts: Map<string, string>;
}

function stringList(value: unknown): string[] {
	return Array.isArray(value) ? value.map(String) : [];
}

const attrText = (v: AttrValue | Unreadable | undefined, missing: string) => (v === undefined ? missing : typeof v === 'string' ? v : valueShape(v));
/** The props of a chart element that hold a state object. */
const STATE_PROPS = ['state', 'overview'] as const;

export function explainerOutline(source: string, file?: string): ExplainerOutline {
	const { frontmatter, body } = splitMdx(source);
	const elements = elementsOf(parseMdx(body, file));
	const named = (name: string) => elements.filter((e) => e.name === name);
	const stateTexts = new Map<string, string>();
	const charts: string[] = [];
	for (const e of elements) {
		const key = e.name === 'Step' ? 'id' : e.name === 'Scrolly' ? 'chart' : e.name === 'Chart' ? 'name' : undefined;
		if (!key) continue;
		const value = attrText(e.attributes[key], `(no ${key})`);
		const label = `<${e.name} ${key}="${value}">`;
		if (e.name !== 'Step')
			charts.push(
				`${e.name} ${value}${STATE_PROPS.filter((p) => e.attributes[p] !== undefined)
					.map((p) => ` (${p} ${attrText(e.attributes[p], '')})`)
					.join('')}`,
			);
		for (const prop of STATE_PROPS) {
			const v = e.attributes[prop];
			if (v !== undefined && v !== null && typeof v === 'object' && !(v instanceof Unreadable)) for (const t of textsOf(v, [prop])) stateTexts.set(`${label} ${t.field}`, t.text);
		}
	}
	return {
		lang: typeof frontmatter.lang === 'string' ? frontmatter.lang : undefined,
		topics: stringList(frontmatter.topics),
		sources: stringList(frontmatter.sources),
		cites: named('Cite').map((e) => attrText(e.attributes.id, '(no id)')),
		terms: named('Term').map((e) => attrText(e.attributes.id, '(no id)')),
		steps: named('Step').map((e) => `${attrText(e.attributes.id, '(no id)')} (state ${attrText(e.attributes.state, 'none')})`),
		charts,
		sections: sectionHeadings(body, file),
		stateTexts,
	};
}

const quoteList = (xs: readonly string[]) => (xs.length ? xs.map((x) => `"${x}"`).join(', ') : '(none)');
const unique = (xs: readonly string[]) => [...new Set(xs)];

/** Ids in one list and not in the other, as set differences. */
function setProblems(what: string, en: readonly string[], es: readonly string[]): string[] {
	const esSet = new Set(es);
	const enSet = new Set(en);
	const missing = unique(en).filter((x) => !esSet.has(x));
	const extra = unique(es).filter((x) => !enSet.has(x));
	const out: string[] = [];
	if (missing.length) out.push(`${what}: in English but not in Spanish: ${quoteList(missing)}`);
	if (extra.length) out.push(`${what}: in Spanish but not in English: ${quoteList(extra)}`);
	return out;
}

function sequenceProblems(what: string, en: readonly string[], es: readonly string[]): string[] {
	if (en.length === es.length && en.every((x, i) => x === es[i])) return [];
	return [`${what} differ: English has ${quoteList(en)}; Spanish has ${quoteList(es)}`];
}

/**
 * What a Spanish explainer does differently from its English original, one line per
 * finding (empty when they agree). `lang` is the language the file must declare.
 */
export function compareOutlines(en: ExplainerOutline, es: ExplainerOutline, lang: Lang = 'es'): string[] {
	const out: string[] = [];
	if (es.lang !== lang) out.push(`frontmatter "lang" is ${es.lang === undefined ? 'missing' : `"${es.lang}"`}; expected "${lang}"`);
	out.push(...setProblems('frontmatter "sources"', en.sources, es.sources));
	const dupes = es.sources.filter((x, i) => es.sources.indexOf(x) !== i);
	if (dupes.length) out.push(`frontmatter "sources": listed twice in Spanish: ${quoteList(unique(dupes))}`);
	out.push(...setProblems('frontmatter "topics"', en.topics, es.topics));
	out.push(...setProblems('<Cite id> ids', en.cites, es.cites));
	out.push(...setProblems('<Term id> ids', en.terms, es.terms));
	out.push(...sequenceProblems('<Step id/state> sequences', en.steps, es.steps));
	out.push(...sequenceProblems('charts (<Scrolly chart>, <Chart name>)', en.charts, es.charts));
	if (en.sections.length !== es.sections.length) {
		out.push(`"## " sections: English has ${en.sections.length} (${quoteList(en.sections)}); Spanish has ${es.sections.length} (${quoteList(es.sections)})`);
	}
	// The words of each state object say the same figures (the shapes above already hold its keys, dates and ids).
	for (const [where, text] of en.stateTexts) {
		const other = es.stateTexts.get(where);
		if (other === undefined) continue;
		const diff = compareFigures(extractFigures(text, 'en'), extractFigures(other, lang));
		if (diff) {
			const parts = [diff.missing.length ? `${quoteList(diff.missing)} only in English` : '', diff.extra.length ? `${quoteList(diff.extra)} only in the translation` : ''].filter(Boolean);
			out.push(`${where}: the figures differ (${parts.join('; ')}): English "${text}"; translation "${other}"`);
		}
	}
	return out;
}

// ---------------------------------------------------------------------------------
// Numbers and dates

export interface Figures {
	/** Numbers as normalised values: "30000", "20000000000", "2.9", "10%". */
	numbers: string[];
	/** Dates and times: "2024-01-19", "--05-11" (no year), "2023-12" (month), "time 23:59". */
	dates: string[];
}

// English writes months with a capital, which keeps "may" (the verb) out.
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec'];
/** Spanish short months, as chart notes write them ("dic 2023"); only read before a year. */
const MONTHS_ES_SHORT = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept?', 'oct', 'nov', 'dic'];
const shortIndex = (name: string) => MONTHS_ES_SHORT.findIndex((s) => new RegExp(`^${s}$`, 'i').test(name));
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/**
 * Number words that stand for a figure. "One"/"un"/"una" are left out: in both
 * languages they are mostly articles and pronouns ("one stop of one person").
 */
export const NUMBER_WORDS: Record<Lang, Record<string, number>> = {
	en: { twice: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 },
	es: { doble: 2, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 },
};

const SCALE: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
	mil: 1e3,
	'mil millones': 1e9,
	millón: 1e6,
	millones: 1e6,
	billón: 1e12,
	billones: 1e12,
};

/** A value as a stable key: float noise removed ("20.23 billion" = "20 230 millones"). */
function valueKey(v: number): string {
	return String(Number(v.toPrecision(12)));
}

const pad = (n: number) => String(n).padStart(2, '0');

function dateKey(year: string | undefined, month: number, day?: string): string {
	const mm = pad(month + 1);
	if (day === undefined) return `${year}-${mm}`;
	return year ? `${year}-${mm}-${pad(Number(day))}` : `--${mm}-${pad(Number(day))}`;
}

/** Letters on either side of a match: \b does not know accented letters. */
const L = '\\p{L}';
const word = (body: string, flags = 'giu') => new RegExp(`(?<![${L}\\d])(?:${body})(?![${L}])`, flags);

/**
 * Runs `re` over `text`, collects what `take` returns and blanks the matched text;
 * when `take` returns null the match is not what it looked like and stays in the text.
 */
function takeAll(text: string, re: RegExp, take: (m: (string | undefined)[]) => string[] | null): { text: string; found: string[] } {
	const found: string[] = [];
	const rest = text.replace(re, (...args: unknown[]) => {
		// replace() passes (match, ...groups, offset, string[, named groups]); groups are strings or undefined.
		const offset = args.findIndex((a) => typeof a === 'number');
		const taken = take(args.slice(0, offset) as (string | undefined)[]);
		if (!taken) return String(args[0]);
		found.push(...taken);
		return ' ';
	});
	return { text: rest, found };
}

/** A day of the month, 1–31; "Title 42 de enero" is not a date. */
const isDay = (d: string | undefined) => d !== undefined && Number(d) >= 1 && Number(d) <= 31;
/** Two days of one month written as a span: the second is a later day. */
const isDaySpan = (a: string | undefined, b: string | undefined) => isDay(a) && isDay(b) && Number(b) > Number(a);

function extractDatesEn(text: string): { text: string; dates: string[] } {
	const dates: string[] = [];
	// Short months with or without the period: "Jan. 19", "Jul 2025" (chart notes).
	const month = `(${MONTHS_EN.join('|')}|(?:${MONTHS_EN_SHORT.join('|')})\\.?)`;
	const monthIndex = (name: string) => {
		const n = name.replace(/\.$/, '');
		const full = MONTHS_EN.indexOf(n);
		return full >= 0 ? full : MONTHS_EN_SHORT.findIndex((s) => new RegExp(`^${s}$`).test(n));
	};
	let t = text;
	// Times: "11:59 p.m." → 23:59; "9 a.m." → 09:00; "14:30" → 14:30.
	let r = takeAll(t, /(?<![\d:])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\.?(?![\p{L}])/giu, (m) => {
		let h = Number(m[1]) % 12;
		if (m[3]!.toLowerCase() === 'p') h += 12;
		return [`time ${pad(h)}:${m[2] ?? '00'}`];
	});
	t = r.text;
	dates.push(...r.found);
	r = takeAll(t, /(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])/g, (m) => [`time ${pad(Number(m[1]))}:${m[2]}`]);
	t = r.text;
	dates.push(...r.found);
	// "May 1 to 11, 2023" / "May 1–11": two days of one month; the year goes with the last.
	r = takeAll(t, word(`${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:–|-|to|and|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d,.]\\d|\\d)(?:,?\\s+(\\d{4})(?!\\d))?`, 'gu'), (m) => {
		if (!isDaySpan(m[2], m[3])) return null;
		const mi = monthIndex(m[1]!);
		return [dateKey(undefined, mi, m[2]), dateKey(m[4], mi, m[3])];
	});
	t = r.text;
	dates.push(...r.found);
	// "January 19, 2024", "Jan. 19", "March 20".
	r = takeAll(t, word(`${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d,.]\\d|\\d)(?:,?\\s+(\\d{4})(?!\\d))?`, 'gu'), (m) => (isDay(m[2]) ? [dateKey(m[3], monthIndex(m[1]!), m[2])] : null));
	t = r.text;
	dates.push(...r.found);
	// "December 2023", "March, 2020".
	r = takeAll(t, word(`${month},?\\s+(\\d{4})(?!\\d)`, 'gu'), (m) => [dateKey(m[2], monthIndex(m[1]!))]);
	return { text: r.text, dates: [...dates, ...r.found] };
}

function extractDatesEs(text: string): { text: string; dates: string[] } {
	const dates: string[] = [];
	const month = `(${MONTHS_ES.join('|')})`;
	const day = `(\\d{1,2})(?:\\.?[ºo°])?`;
	const monthIndex = (name: string) => MONTHS_ES.indexOf(name.toLowerCase());
	let t = text;
	// "23:59", "9:00 horas".
	let r = takeAll(t, /(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])(?:\s*(?:h|hrs?|horas)\.?(?![\p{L}]))?/giu, (m) => [`time ${pad(Number(m[1]))}:${m[2]}`]);
	t = r.text;
	dates.push(...r.found);
	// "del 1 al 11 de mayo de 2023", "el 29 y el 30 de diciembre", "17 o 18 de enero": the year goes with the last day.
	r = takeAll(t, word(`${day}\\s*(?:–|-|\\s(?:al|a|y|y el|o|o el|u)\\s)\\s*${day}\\s+de\\s+${month}(?:\\s+(?:de|del)\\s+(\\d{4})(?!\\d))?`), (m) => {
		if (!isDaySpan(m[1], m[2])) return null;
		const mi = monthIndex(m[3]!);
		return [dateKey(undefined, mi, m[1]), dateKey(m[4], mi, m[2])];
	});
	t = r.text;
	dates.push(...r.found);
	// "19 de enero de 2024", "27 de diciembre".
	r = takeAll(t, word(`${day}\\s+de\\s+${month}(?:\\s+(?:de|del)\\s+(\\d{4})(?!\\d))?`), (m) => (isDay(m[1]) ? [dateKey(m[3], monthIndex(m[2]!), m[1])] : null));
	t = r.text;
	dates.push(...r.found);
	// "diciembre de 2023", and in chart notes "dic 2023", "ene. de 2024", "julio 2025".
	r = takeAll(t, word(`${month}\\s+(?:(?:de|del)\\s+)?(\\d{4})(?!\\d)`), (m) => [dateKey(m[2], monthIndex(m[1]!))]);
	t = r.text;
	dates.push(...r.found);
	// Chart notes also write a short date with its day: "27 dic 2022".
	r = takeAll(t, word(`${day}\\s+(${MONTHS_ES_SHORT.join('|')})\\.?\\s+(\\d{4})(?!\\d)`), (m) => (isDay(m[1]) ? [dateKey(m[3], shortIndex(m[2]!), m[1])] : null));
	t = r.text;
	dates.push(...r.found);
	r = takeAll(t, word(`(${MONTHS_ES_SHORT.join('|')})\\.?\\s+(?:(?:de|del)\\s+)?(\\d{4})(?!\\d)`), (m) => [dateKey(m[2], shortIndex(m[1]!))]);
	return { text: r.text, dates: [...dates, ...r.found] };
}

/** "2023–24" → "2023 2024" (a span of years written short). */
function expandYearSpans(text: string): string {
	return text.replace(/(?<!\d)((?:19|20)\d{2})[–-](\d{2})(?!\d)/g, (_m, a: string, b: string) => `${a} ${a.slice(0, 2)}${b}`);
}

/**
 * The numbers and dates in a text, normalised for comparison across languages.
 * English: "2,912,200", "$20 billion", "2.9 million", "10%", "three", "11:59 p.m.",
 * "January 19, 2024". Spanish (docs/style-es.md): "2,912,200", "13,600 millones",
 * "20 mil millones", "2.9 millones", "10%", "tres", "23:59", "19 de enero de 2024"; the
 * older NOM-008 grouping ("2 912 200", "5000") is read too, so that spanishNumberStyle,
 * not a figure mismatch, is what reports it.
 */
export function extractFigures(text: string, lang: Lang): Figures {
	// Chart labels abbreviate dollar amounts: "$13.6B" is "$13.6 billion", "$850M" "$850 million".
	const unabbreviated = lang === 'en' ? text.replace(/\$(\d+(?:\.\d+)?)([BM])(?![\p{L}\d])/gu, (_, n: string, u: string) => `$${n} ${u === 'B' ? 'billion' : 'million'}`) : text;
	const cleaned = expandYearSpans(unabbreviated.replace(/\bhttps?:\/\/\S+/g, ' '));
	const { text: rest, dates } = lang === 'en' ? extractDatesEn(cleaned) : extractDatesEs(cleaned);
	const digits = lang === 'en' ? String.raw`\d{1,3}(?:,\d{3})+|\d+` : String.raw`\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+`;
	const scale = lang === 'en' ? 'thousand|million|billion|trillion' : 'mil millones|millones|millón|billones|billón|mil';
	const percent = lang === 'en' ? '%|percent|per cent' : '%|por ciento';
	const re = new RegExp(String.raw`(?<![\d.,])(${digits})(?:\.(\d+))?(?!\d)(?:\s*(${percent})(?![\p{L}])|\s+(${scale})(?![\p{L}]))?`, 'giu');
	const found = [...rest.matchAll(re)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length,
		value: Number(m[1]!.replace(/\D/g, '') + (m[2] ? `.${m[2]}` : '')),
		percent: Boolean(m[3]),
		scale: m[4] ? SCALE[m[4].toLowerCase()]! : 1,
	}));
	// A span shares its unit: "$9.1 to $9.2 billion", "9100 a 9200 millones", "between 58.3 and 60.7 percent".
	const joiner = lang === 'en' ? /^\s*(?:–|-|to|and|or)\s*\$?$/ : /^\s*(?:–|-|a|al|y|e|o|u)\s*$/;
	for (let i = found.length - 2; i >= 0; i--) {
		const a = found[i]!;
		const b = found[i + 1]!;
		if (!a.percent && a.scale === 1 && (b.percent || b.scale !== 1) && joiner.test(rest.slice(a.end, b.start))) {
			a.percent = b.percent;
			a.scale = b.scale;
		}
	}
	const numbers = found.map((n) => (n.percent ? `${valueKey(n.value)}%` : valueKey(n.value * n.scale)));
	// Number words, except in set phrases that the other language says without a number
	// ("a three-way meeting" = "una reunión trilateral"; "a tres bandas" = "three-way").
	const words = NUMBER_WORDS[lang];
	const setPhrase = lang === 'en' ? /-way(?![\p{L}])/u : null;
	const afterNumbers = (lang === 'es' ? rest.replace(/(?<![\p{L}])a (?:dos|tres|cuatro) bandas(?![\p{L}])/giu, ' ') : rest).replace(re, ' ');
	for (const m of afterNumbers.matchAll(word(Object.keys(words).join('|')))) {
		if (setPhrase && setPhrase.test(afterNumbers.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
		numbers.push(valueKey(words[m[0].toLowerCase()]!));
	}
	return { numbers, dates };
}

export interface FigureDiff {
	/** In English, not matched in Spanish. */
	missing: string[];
	/** In Spanish, not matched in English. */
	extra: string[];
}

/** Numbers and dates compared as multisets; `null` when they agree. */
export function compareFigures(en: Figures, es: Figures): FigureDiff | null {
	const missing = [...multisetMinus(en.numbers, es.numbers), ...multisetMinus(en.dates, es.dates)];
	const extra = [...multisetMinus(es.numbers, en.numbers), ...multisetMinus(es.dates, en.dates)];
	return missing.length || extra.length ? { missing, extra } : null;
}

/** Sentences of a text (also cut at ":" and ";"), for error messages. */
export function sentencesOf(text: string): string[] {
	return (
		text
			.replace(/\s+/g, ' ')
			// Split after a sentence's end, not after "p.m.", "U.S." or an initial.
			.split(/(?<=[.!?:;])(?<!\b(?:[ap]\.m|U\.S|EE\. UU|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Gen|Adm|Dr|Mr|Ms|Mrs|Sr|Jr|St|[A-Z])\.)\s+(?=[\p{Lu}¿¡"“(\d])/u)
			.map((x) => x.trim())
			.filter(Boolean)
	);
}

const clip = (x: string) => (x.length > 300 ? `${x.slice(0, 297)}…` : x);
const allFigures = (x: string, lang: Lang) => {
	const f = extractFigures(x, lang);
	return [...f.numbers, ...f.dates];
};

export interface FigurePlace {
	/** The sentence that holds the unmatched figure. */
	here: string;
	/** Its likely counterpart in the other language. */
	there?: string;
}

const countOf = (xs: readonly string[], x: string) => xs.filter((y) => y === x).length;

/**
 * The sentence of `block` with the figure, and its counterpart in `other`: the
 * sentence in the same position when both have as many sentences, else the one
 * sharing most of its other figures (then the nearest in relative position).
 */
function placeInBlock(figure: string, block: string, lang: Lang, other: string, otherLang: Lang): FigurePlace | undefined {
	const mine = sentencesOf(block).map((x) => ({ text: x, figures: allFigures(x, lang) }));
	const theirs = sentencesOf(other).map((x) => ({ text: x, figures: allFigures(x, otherLang) }));
	const counterpart = (i: number) => {
		if (mine.length === theirs.length) return theirs[i];
		const rest = multisetMinus(mine[i]!.figures, [figure]);
		const rank = theirs.map((t, j) => ({ t, shared: rest.length - multisetMinus(rest, t.figures).length, distance: Math.abs(i / mine.length - j / theirs.length) }));
		rank.sort((a, b) => b.shared - a.shared || a.distance - b.distance);
		return rank[0]?.t;
	};
	const holding = mine.map((m, i) => ({ m, i })).filter(({ m }) => m.figures.includes(figure));
	// The first sentence with the figure whose counterpart lacks it; else the first with it.
	for (const { m, i } of holding) {
		const t = counterpart(i);
		if (!t || countOf(t.figures, figure) < countOf(m.figures, figure)) return { here: clip(m.text), there: t && clip(t.text) };
	}
	const first = holding[0];
	return first ? { here: clip(first.m.text), there: counterpart(first.i) && clip(counterpart(first.i)!.text) } : undefined;
}

/**
 * Where a figure of one language has no match in the other, for error messages.
 * `blocks` and `otherBlocks` are the texts' paragraphs (title, dek, each takeaway,
 * each paragraph of the body); a translation keeps them in step, so the first pair
 * of paragraphs where the figure is short names the place. When the paragraphs are
 * not in step, the sentence whose counterpart (the sentence sharing most figures)
 * lacks the figure.
 */
export function placeOfFigure(figure: string, blocks: readonly string[], lang: Lang, otherBlocks: readonly string[], otherLang: Lang): FigurePlace | undefined {
	if (blocks.length === otherBlocks.length) {
		for (let i = 0; i < blocks.length; i++) {
			const here = blocks[i]!;
			const there = otherBlocks[i]!;
			if (countOf(allFigures(here, lang), figure) > countOf(allFigures(there, otherLang), figure)) {
				return placeInBlock(figure, here, lang, there, otherLang) ?? { here: clip(here), there: clip(there) };
			}
		}
	}
	return placeInBlock(figure, blocks.join('\n\n'), lang, otherBlocks.join('\n\n'), otherLang);
}

/** The paragraphs of a text: blocks separated by a blank line. */
export function blocksOf(text: string): string[] {
	return text
		.split(/\n[ \t]*\n/)
		.map((b) => b.trim())
		.filter(Boolean);
}

/**
 * Number formats in Spanish text that the style sheet (docs/style-es.md) rules out:
 * NOM-008 grouping "30 000" (write "30,000"), a space before "%" ("10 %": write
 * "10%"), a four-digit amount without its comma ("1300 agentes", "9150 millones":
 * write "1,300", "9,150"), and "p.m." (write a 24-hour time).
 */
export function spanishNumberStyle(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(/(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,])/g))
		out.push(`"${m[0]}" groups thousands with a space; write "${m[0].replace(/[ \u00a0\u202f\u2009]/g, ',')}"`);
	for (const m of text.matchAll(/(?<![\d.])\d+(?:\.\d+)?[ \u00a0\u202f\u2009]%/g)) out.push(`"${m[0]}" has a space before "%"; write "${m[0].replace(/[ \u00a0\u202f\u2009]%$/, '%')}"`);
	for (const m of text.matchAll(/(?<![\d.,])([1-9]\d{3})(?=[ \u00a0](?:millones|mdd|agentes|oficiales|citas|empleados|abogados|al día|o más)(?![\p{L}]))/gu))
		out.push(`"${m[0]}" needs its comma; write "${m[0][0]},${m[0].slice(1)}"`);
	for (const m of text.matchAll(/\d\s*[ap]\.\s?m\./gi)) out.push(`"${m[0]}" uses a.m./p.m.; write a 24-hour time such as "23:59"`);
	return out;
}
