/**
 * The Spanish style sheet (docs/style-es.md), checked on the built Spanish pages
 * (DIST_DIR, default dist/, folder es/): no page uses a rendering that
 * docs/style-es.yaml bans (a wrong term of art, a second name for one thing, a calque,
 * a number style the sheet rules out, a breaking "EE. UU."), and no Spanish explainer
 * says "eventos, no personas" more often than its English page says "events, not
 * people". Reads the files, so it needs no browser. Each finding names the page, the
 * rule, the phrase as found with its context, and what to write instead.
 *
 * What counts as the page's words: the visible text (charts' SVG text included) and the
 * meta description; not <script>, <style>, <cite> (a source's title stays as its
 * publisher wrote it) or anything inside an element marked lang="en".
 */
import { test, expect } from './fixtures';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

const DIST = process.env.DIST_DIR || 'dist';
const RULES_FILE = join(import.meta.dirname, '..', 'docs', 'style-es.yaml');

interface Rule {
	group: string;
	en: string;
	use: string;
	banned: string;
	test: (text: string, plain: string) => { index: number; match: string }[];
}

interface RulesFile {
	padding?: { es: string[]; en: string[] };
	[group: string]: unknown;
}

/** docs/style-es.yaml → rules; a malformed entry throws with its group, term and text. */
function loadRules(): { rules: Rule[]; padding: { es: string[]; en: string[] } } {
	const data = parse(readFileSync(RULES_FILE, 'utf8')) as RulesFile;
	const rules: Rule[] = [];
	for (const [group, entries] of Object.entries(data)) {
		if (group === 'padding') continue;
		if (!Array.isArray(entries)) throw new Error(`docs/style-es.yaml: "${group}" should be a list of { en, use, banned: [...] }`);
		for (const entry of entries as { en?: string; use?: string; banned?: unknown }[]) {
			const where = `docs/style-es.yaml: ${group}: "${entry.en ?? '?'}"`;
			if (!entry.en || !entry.use || !Array.isArray(entry.banned) || entry.banned.length === 0) {
				throw new Error(`${where}: expected fields en (text), use (text) and banned (a list of phrases or /regular expressions/)`);
			}
			for (const banned of entry.banned) {
				if (typeof banned !== 'string' || !banned.trim()) throw new Error(`${where}: each banned entry should be a phrase or a /regular expression/, got ${JSON.stringify(banned)}`);
				const re = /^\/(.+)\/([a-z]*)$/s.exec(banned);
				let find: Rule['test'];
				if (re) {
					let pattern: RegExp;
					try {
						const flags = re[2] ? re[2] : 'iu';
						pattern = new RegExp(re[1]!, flags.includes('g') ? flags : `${flags}g`);
					} catch (e) {
						throw new Error(`${where}: ${banned} is not a valid regular expression (${(e as Error).message})`);
					}
					find = (text) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, match: m[0] }));
				} else {
					const needle = fold(banned);
					find = (_text, plain) => {
						const hits: { index: number; match: string }[] = [];
						for (let i = plain.indexOf(needle); i >= 0; i = plain.indexOf(needle, i + 1)) hits.push({ index: i, match: plain.slice(i, i + needle.length) });
						return hits;
					};
				}
				rules.push({ group, en: entry.en, use: entry.use, banned, test: find });
			}
		}
	}
	const padding = data.padding ?? { es: [], en: [] };
	return { rules, padding };
}

/** Lower case with no-break and thin spaces as plain spaces: how literal phrases are compared. */
function fold(text: string): string {
	return text.replace(/[\u00a0\u202f\u2009]/g, ' ').toLocaleLowerCase('es');
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	laquo: '«',
	raquo: '»',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
};
function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
		if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
		return ENTITIES[name.toLowerCase()] ?? all;
	});
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Tags whose text is run together with its neighbours' (everything else starts a new line). */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'code', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'time', 'u', 'dfn', 'kbd']);

/**
 * The words a reader of the page meets, as explained at the top of this file; `other` is
 * the language whose passages are left out ("en" on a Spanish page, "es" on an English one).
 */
export function readerText(html: string, other = 'en'): string {
	const otherLang = new RegExp(`\\blang="${other}(?:-[a-z]+)?"`, 'i');
	const out: string[] = [];
	for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
		if (/\b(?:name|property)="(?:description|og:description|og:title|twitter:title|twitter:description)"/i.test(tag)) {
			const content = /\bcontent="([^"]*)"/i.exec(tag);
			if (content) out.push(decode(content[1]!), '\n');
		}
	}
	const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
	// A stack of open elements; `skip` counts open elements whose text is not checked.
	const stack: { name: string; skips: boolean }[] = [];
	let skip = 0;
	let last = 0;
	const inTitle = () => stack.some((e) => e.name === 'title' || e.name === 'head');
	for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
		const text = body.slice(last, m.index);
		if (!skip && text && !inTitle()) out.push(decode(text));
		last = m.index + m[0].length;
		const [, closing, rawName, attrs] = m;
		const name = rawName!.toLowerCase();
		if (!INLINE.has(name)) out.push('\n');
		if (closing) {
			const at = stack.map((e) => e.name).lastIndexOf(name);
			if (at >= 0) for (const e of stack.splice(at)) if (e.skips) skip--;
			continue;
		}
		if (VOID.has(name) || /\/\s*$/.test(attrs!)) {
			const alt = /\balt="([^"]*)"/i.exec(attrs!);
			if (alt && !skip) out.push(decode(alt[1]!), '\n');
			continue;
		}
		const skips = name === 'cite' || otherLang.test(attrs!);
		stack.push({ name, skips });
		if (skips) skip++;
	}
	if (!skip) out.push(decode(body.slice(last)));
	return out
		.join('')
		.replace(/[ \t\r]+/g, ' ')
		.replace(/ *\n[\s\n]*/g, '\n');
}

function htmlFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		if (d.isDirectory()) return d.name === '_astro' || d.name === 'pagefind' ? [] : htmlFiles(join(dir, d.name));
		return d.name.endsWith('.html') ? [join(dir, d.name)] : [];
	});
}

const context = (text: string, index: number, length: number) =>
	`…${text.slice(Math.max(0, index - 45), index).replace(/\n/g, ' ')}[${text.slice(index, index + length)}]${text.slice(index + length, index + length + 45).replace(/\n/g, ' ')}…`;

const { rules, padding } = loadRules();
const pages = htmlFiles(join(DIST, 'es')).map((file) => {
	const text = readerText(readFileSync(file, 'utf8'));
	return { page: relative(DIST, file), text, plain: fold(text) };
});

test('the Spanish style rules file loads: every entry has en, use and banned phrases or valid /regular expressions/', () => {
	expect(rules.length).toBeGreaterThan(50);
	expect(padding.es.length).toBeGreaterThan(0);
	expect(padding.en.length).toBeGreaterThan(0);
});

test('the reader-text extractor keeps visible words and drops cited titles, English passages and scripts', () => {
	const html =
		'<html lang="es"><head><title>x</title><meta name="description" content="Unos 30&nbsp;000 encuentros"><script>remoción</script></head><body><p>La <em>deportación</em> expedita<sup>3</sup></p><cite>Procesados por la CBP</cite><p lang="en">removal</p><svg><text><tspan>17,106</tspan></text></svg><img alt="Gráfica de EE.&#160;UU."/></body></html>';
	const text = readerText(html);
	expect(text).toContain('Unos 30\u00a0000 encuentros');
	expect(text).toContain('La deportación expedita');
	expect(text).toContain('17,106');
	expect(text).toContain('Gráfica de EE.\u00a0UU.');
	expect(text).not.toContain('remoción');
	expect(text).not.toContain('Procesados');
	expect(text).not.toContain('removal');
});

test('built Spanish pages use none of the renderings banned by docs/style-es.yaml', () => {
	expect(pages.length, `no Spanish pages under ${join(DIST, 'es')}: run npm run build first`).toBeGreaterThan(30);
	// One finding per page, rule and place: the same sentence shown twice on a page (the dek
	// in the meta description and under the headline) is one finding, marked "(×2)".
	const seen = new Map<string, number>();
	const byRule = new Map<string, number>();
	for (const { page, text, plain } of pages) {
		for (const rule of rules) {
			for (const hit of rule.test(text, plain)) {
				const finding = `${page}: ${rule.group} "${rule.en}": banned ${rule.banned} found ${context(text, hit.index, hit.match.length)} — write: ${rule.use}`;
				if (!seen.has(finding)) byRule.set(`${rule.group} "${rule.en}" ${rule.banned}`, (byRule.get(`${rule.group} "${rule.en}" ${rule.banned}`) ?? 0) + 1);
				seen.set(finding, (seen.get(finding) ?? 0) + 1);
			}
		}
	}
	const findings = [...seen].map(([f, n]) => (n > 1 ? `${f} (×${n})` : f));
	if (findings.length) {
		const summary = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${String(n).padStart(4)} × ${rule}`);
		console.log(`Spanish style: ${findings.length} findings on ${new Set(findings.map((f) => f.split(':')[0])).size} pages\n${summary.join('\n')}\n\n${findings.join('\n')}`);
	}
	expect(findings).toEqual([]);
});

test('no Spanish explainer says “eventos, no personas” more often than its English page says “events, not people”', () => {
	const count = (text: string, phrases: string[]) => phrases.reduce((n, p) => n + text.split(fold(p)).length - 1, 0);
	const explainers = pages.filter((p) => /^es\/explainers\/[^/]+\/index\.html$/.test(p.page));
	expect(explainers.length).toBeGreaterThan(0);
	const over: string[] = [];
	for (const es of explainers) {
		const enFile = join(DIST, es.page.replace(/^es\//, ''));
		if (!existsSync(enFile)) continue;
		const enCount = count(fold(readerText(readFileSync(enFile, 'utf8'), 'es')), padding.en);
		const esCount = count(es.plain, padding.es);
		if (esCount > enCount) over.push(`${es.page}: "eventos, no personas" ${esCount} times, English page ${enCount} times; keep it to the definition, the charts and the asides`);
	}
	expect(over).toEqual([]);
});
