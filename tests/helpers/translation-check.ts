/**
 * Checks that keep the Spanish edition in step with the English one
 * (tests/unit/translations.test.ts runs them over content/). Pure: strings in,
 * findings out; no file system and no astro:* imports.
 *
 * - explainerOutline / compareOutlines: the parts of an explainer that must be the
 *   same in both languages (sources, <Cite>, <Step>, charts, "## " sections, topics,
 *   <Term>).
 * - extractFigures / compareFigures: the numbers and dates a reader sees, normalised
 *   so that English "30,000", "$20 billion", "10%", "11:59 p.m.", "January 19, 2024"
 *   equal Spanish "30,000", "20 mil millones", "10%", "23:59", "19 de enero de 2024".
 * - spanishNumberStyle: English number formats left in Spanish text.
 */
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
// MDX: frontmatter, tags, prose

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

/** The attributes of a JSX tag's attribute text: `id="a" state='b'` → { id: 'a', state: 'b' }. */
export function tagAttributes(text: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of text.matchAll(/([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g)) {
		out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
	}
	return out;
}

/** Every opening (or self-closing) tag `<Name …>` of a component, in document order. */
export function tagsOf(body: string, name: string): Record<string, string>[] {
	const re = new RegExp(`<${name}(?![\\w.-])((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g');
	return [...stripCode(body).matchAll(re)].map((m) => tagAttributes(m[1] ?? ''));
}

/** Removes fenced code, inline code and MDX comments, which are not prose or markup. */
function stripCode(body: string): string {
	return body
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/`[^`\n]*`/g, '');
}

/**
 * The text a reader sees in an MDX body: tags removed (a <Term> keeps its words),
 * attribute values dropped except `title` (an <Aside> or <Scrolly> title is shown on
 * the page), link targets, bare URLs and footnote markers removed.
 */
export function proseOf(body: string): string {
	return (
		stripCode(body)
			.replace(/<\/?[A-Za-z][\w.]*((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/g, (_tag, attrs: string) => {
				const title = tagAttributes(attrs ?? '').title;
				return title ? `\n${title}\n` : ' ';
			})
			.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/\[\^[^\]]*\]:?/g, ' ')
			.replace(/\bhttps?:\/\/\S+/g, ' ')
			.replace(/^#{1,6}\s+/gm, '')
			// List numbering ("6. a request…") is layout, not a figure.
			.replace(/^[ \t]*\d+[.)][ \t]+/gm, '')
			.replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, '')
	);
}

/** Texts of the "## " headings (level 2 only), outside code. */
export function sectionHeadings(body: string): string[] {
	return [...stripCode(body).matchAll(/^## +(.+?)\s*#*\s*$/gm)].map((m) => m[1]!);
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
	/** "<id> (state <state>)" per <Step>, in order. */
	steps: string[];
	/** "Scrolly <chart>" / "Chart <name>", in order. */
	charts: string[];
	sections: string[];
}

function stringList(value: unknown): string[] {
	return Array.isArray(value) ? value.map(String) : [];
}

export function explainerOutline(source: string): ExplainerOutline {
	const { frontmatter, body } = splitMdx(source);
	return {
		lang: typeof frontmatter.lang === 'string' ? frontmatter.lang : undefined,
		topics: stringList(frontmatter.topics),
		sources: stringList(frontmatter.sources),
		cites: tagsOf(body, 'Cite').map((a) => a.id ?? '(no id)'),
		terms: tagsOf(body, 'Term').map((a) => a.id ?? '(no id)'),
		steps: tagsOf(body, 'Step').map((a) => `${a.id ?? '(no id)'} (state ${a.state ?? 'none'})`),
		charts: [...stripCode(body).matchAll(/<(Scrolly|Chart)(?![\w.-])((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map((m) => {
			const a = tagAttributes(m[2] ?? '');
			return m[1] === 'Scrolly' ? `Scrolly ${a.chart ?? '(no chart)'}` : `Chart ${a.name ?? '(no name)'}`;
		}),
		sections: sectionHeadings(body),
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
	const month = `(${MONTHS_EN.join('|')}|(?:${MONTHS_EN_SHORT.join('|')})\\.)`;
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
	// "diciembre de 2023".
	r = takeAll(t, word(`${month}\\s+(?:de|del)\\s+(\\d{4})(?!\\d)`), (m) => [dateKey(m[2], monthIndex(m[1]!))]);
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
	const cleaned = expandYearSpans(text.replace(/\bhttps?:\/\/\S+/g, ' '));
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
	for (const m of text.matchAll(/(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,])/g)) out.push(`"${m[0]}" groups thousands with a space; write "${m[0].replace(/[ \u00a0\u202f\u2009]/g, ',')}"`);
	for (const m of text.matchAll(/(?<![\d.])\d+(?:\.\d+)?[ \u00a0\u202f\u2009]%/g)) out.push(`"${m[0]}" has a space before "%"; write "${m[0].replace(/[ \u00a0\u202f\u2009]%$/, '%')}"`);
	for (const m of text.matchAll(/(?<![\d.,])([1-9]\d{3})(?=[ \u00a0](?:millones|mdd|agentes|oficiales|citas|empleados|abogados|al día|o más)(?![\p{L}]))/gu)) out.push(`"${m[0]}" needs its comma; write "${m[0][0]},${m[0].slice(1)}"`);
	for (const m of text.matchAll(/\d\s*[ap]\.\s?m\./gi)) out.push(`"${m[0]}" uses a.m./p.m.; write a 24-hour time such as "23:59"`);
	return out;
}
