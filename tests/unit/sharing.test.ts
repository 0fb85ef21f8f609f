/**
 * Sharing and discovery helpers: social card layout and rasterizing, JSON-LD, the
 * RSS feed, the sitemap and the share-link helpers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCharts, getChart } from '../../src/graphics';
import { chartWords } from '../../src/graphics/core/chart';
import { explainerFeed, rssXml, summaryHtml, type FeedItem, type FeedSource } from '../../src/discovery/feed';
import { formatDate } from '../../src/i18n/format';
import { LANGS } from '../../src/i18n/lang';
import { parseFontMetrics, textWidth } from '../../src/discovery/font-metrics';
import {
	CARD_SIZE,
	cardScene,
	chartCardCss,
	chartOnCard,
	chartPanel,
	chartSceneSize,
	composeCard,
	fitTitle,
	keepTogether,
	lightTokens,
	MIN_CARD_LEADER,
	wrapText,
	type CardInput,
	type Measure,
} from '../../src/discovery/og-card';
import type { Scene } from '../../src/graphics/core/scene';
import { CARD_FONT_FAMILY, measureCardText, pngSize, rasterize } from '../../src/discovery/og-render';
import { figureHash, shareMessage, shareOrCopy, shareUrl } from '../../src/client/share/share';
import { articleDates, pageFile, pathWithoutBase, saysNoindex, serializeEntry } from '../../src/integrations/sitemap';
import { SITE, UI } from '../../src/i18n/site';
import { cardAlt, cardPath, glossarySet, keyChart, keyChartOf, siteInfo } from '../../src/discovery/social';
import { articleId, definedTermLd, definedTermSetLd, editionLinks, jsonLdText, newsArticleLd, webSiteLd, type SiteInfo } from '../../src/discovery/structured-data';
import { parse as parseYaml } from 'yaml';
import { expectGolden } from '../helpers/golden';
import { scrollyStates } from '../helpers/mdx-states';

const root = join(import.meta.dirname, '..', '..');
const chartsCss = readFileSync(join(root, 'src/styles/charts.css'), 'utf8');
const tokens = lightTokens(readFileSync(join(root, 'src/styles/tokens.css'), 'utf8'), chartsCss);

const encounters = getChart('encounters');
/** The Title 42 card's chart state: the explainer's keyChart, the same as its scrollytelling overview. */
const overview = (lang: 'en' | 'es') => JSON.stringify(scrollyStates(`content/explainers/${lang === 'es' ? 'es/' : ''}title-42/index.mdx`, 'encounters')[0]!.state);
const sceneSize = chartSceneSize(encounters.title, measureCardText);

function titleCard(): CardInput {
	const data = encounters.load();
	const scene = encounters.scene(data, sceneSize, overview('en'));
	return {
		siteName: 'Border Explainers',
		title: 'Title 42: the pandemic border rule and what the numbers show',
		dek: 'For three years a 1944 health law, not immigration law, let U.S. agents quickly expel migrants at the Mexican border. How it worked, what the counts mean, and what came after it ended in May 2023.',
		footer: 'border-explainers.example.org',
		footerRight: 'Published November 28, 2026',
		chart: chartOnCard(encounters.title, scene, measureCardText),
		chartCss: chartCardCss(chartsCss, tokens, CARD_FONT_FAMILY),
		colors: { bg: '#fdfcf9', raised: '#ffffff', text: '#1b1b1b', textSoft: '#4a4a4a', accent: '#8a3b12', rule: '#d9d5c9', logo: ['#1b1b1b', '#f09a4a', '#56b4e9', '#56b4e9'] },
		fontFamily: CARD_FONT_FAMILY,
	};
}

/** The same card in Spanish: Spanish site name, headline, dek, date and chart words. */
function titleCardEs(): CardInput {
	const title = chartWords(encounters, 'es').title;
	const scene = encounters.scene(encounters.load(), chartSceneSize(title, measureCardText), overview('es'), 'es');
	return {
		...titleCard(),
		siteName: SITE.es.name,
		title: 'Título 42: la regla fronteriza de la pandemia y lo que muestran las cifras',
		dek: 'Durante tres años, una ley sanitaria de 1944, no la migratoria, permitió a agentes de EE. UU. expulsar con rapidez a migrantes en la frontera con México. Cómo funcionó, qué significan las cifras y qué vino tras su fin en mayo de 2023.',
		footer: 'border-explainers.example.org/es',
		footerRight: `${UI.es.published} ${formatDate(new Date('2026-11-28T00:00:00Z'), 'es')}`,
		chart: chartOnCard(title, scene, measureCardText),
	};
}

/** The published explainers' frontmatter in every language, read from content/ as the build does. */
function explainerFrontmatter(): { lang: string; slug: string; title: string; dek: string; topics: string[] }[] {
	const dir = join(root, 'content/explainers');
	const folders = (sub: string) =>
		readdirSync(join(dir, sub), { withFileTypes: true })
			.filter((d) => d.isDirectory() && d.name !== 'es')
			.map((d) => d.name);
	return LANGS.flatMap((lang) => {
		const sub = lang === 'en' ? '' : lang;
		return folders(sub).map((slug) => {
			const text = readFileSync(join(dir, sub, slug, 'index.mdx'), 'utf8');
			const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string; dek: string; topics: string[]; draft?: boolean };
			return { lang, slug, ...data };
		});
	});
}

/** The headline as drawn: its lines joined again. */
function drawnHeadline(svg: string, size?: number): string {
	const sizes = size ? [size] : [...svg.matchAll(/<text x="64" y="[\d.]+" font-size="(\d+)" font-weight="700"/g)].map((m) => Number(m[1]));
	const headline = sizes[0]!;
	return [...svg.matchAll(new RegExp(`<text x="64" y="[\\d.]+" font-size="${headline}" font-weight="700"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]).join(' ');
}

const unescape = (t: string) =>
	t
		.replace(/&amp;/g, '&')
		.replace(/&apos;/g, "'")
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\u00a0/g, ' ');

describe('font metrics', () => {
	const bold = parseFontMetrics(readFileSync(join(root, 'node_modules/@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf')));
	it('reads advance widths from the font file', () => {
		expect(bold.unitsPerEm).toBeGreaterThan(0);
		expect(textWidth(bold, 'W', 100)).toBeGreaterThan(textWidth(bold, 'i', 100));
		expect(textWidth(bold, 'ab', 50)).toBeCloseTo(textWidth(bold, 'a', 50) + textWidth(bold, 'b', 50), 6);
		// Characters beyond ASCII that headlines use (en dash, curly quote, accented letter).
		for (const ch of ['–', '’', 'á', '$']) expect(textWidth(bold, ch, 100), ch).toBeGreaterThan(0);
	});
});

describe('social card', () => {
	const fixed: Measure = (text, size) => text.length * size * 0.5;

	it('wraps greedily and ends overlong text with an ellipsis', () => {
		expect(wrapText('aaaa bbbb cccc', 50, 10, 'regular', fixed, 3)).toEqual({ lines: ['aaaa bbbb', 'cccc'], overflow: false });
		const cut = wrapText('one two three four five six seven', 50, 10, 'regular', fixed, 2);
		expect(cut.overflow).toBe(true);
		expect(cut.lines).toHaveLength(2);
		expect(cut.lines[1]).toMatch(/…$/);
		for (const line of cut.lines) expect(fixed(line, 10, 'regular')).toBeLessThanOrEqual(50);
	});

	it('resolves the chart stylesheet to plain CSS the rasterizer understands', () => {
		const css = chartCardCss(chartsCss, tokens, 'Card Font');
		expect(css).toContain('.chart-svg .bar--t42{fill: #c45500;}');
		expect(css).not.toContain('var(');
		// Tokens defined in charts.css itself (funding colours) resolve too, to the light theme.
		expect(css).toContain('.chart-svg .fill-border{fill: #d62728;}');
		expect(css).not.toContain('@media');
		expect(css).toContain("font-family: 'Card Font'");
		// Page layout rules (figure frame, captions) are not chart marks.
		expect(css).not.toContain('.chart-figure');
	});

	it('lays out the Title 42 card (golden file)', () => {
		const svg = composeCard(titleCard(), measureCardText);
		expect(svg).toContain(`width="${CARD_SIZE.width}" height="${CARD_SIZE.height}"`);
		expect(svg).toContain('BORDER EXPLAINERS');
		expect(svg).toContain('data-key="2023-12-title8"');
		expect(svg).toContain('scale(1.1)');
		expectGolden('og-card-title-42', svg);
	});

	it('shrinks a chart that came out taller than asked so it stays in its panel', () => {
		const tall = { ...titleCard().chart!, height: sceneSize.height * 2 };
		const svg = composeCard({ ...titleCard(), chart: tall }, measureCardText);
		const scale = Number(/scale\(([\d.]+)\)/.exec(svg)![1]);
		expect(scale * tall.height).toBeLessThanOrEqual(sceneSize.height * 1.1 + 1);
	});

	it('keeps the headline and dek inside the text column', () => {
		const svg = composeCard(titleCard(), measureCardText);
		const texts = [...svg.matchAll(/<text x="64" y="[\d.]+" font-size="(\d+)"( font-weight="700")?[^>]*>([^<]*)<\/text>/g)];
		expect(texts.length).toBeGreaterThan(4);
		for (const [, size, bold, text] of texts) {
			expect(64 + measureCardText(text!, Number(size), bold ? 'bold' : 'regular'), text).toBeLessThanOrEqual(712 - 40);
		}
	});

	it('rasterizes to a 1200×630 PNG, the same bytes every time, with no system fonts', () => {
		const svg = composeCard(titleCard(), measureCardText);
		const png = rasterize(svg);
		expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(Buffer.from(rasterize(svg)).equals(Buffer.from(png))).toBe(true);
		// Text is drawn: the same card without its words is a different image.
		const blank = rasterize(svg.replace(/<text\b[^>]*>[^<]*<\/text>/g, ''));
		expect(Buffer.from(blank).equals(Buffer.from(png))).toBe(false);
	});

	it('picks the key chart from the frontmatter, else the first chart in the body', () => {
		expect(keyChart({ data: { keyChart: { chart: 'encounters', state: 'overview' } }, body: '<Chart name="a"/>' })).toEqual({ chart: 'encounters', state: 'overview' });
		expect(keyChart({ data: {}, body: 'Text <Chart name="a"/> <Scrolly chart="b" title="x">' })).toEqual({ chart: 'a' });
		expect(keyChart({ data: {}, body: 'No charts here.' })).toBeUndefined();
	});

	it('stops on a key chart or state that does not exist, naming the file and the field', () => {
		const file = 'content/explainers/x/index.mdx';
		expect(keyChartOf({ data: { keyChart: { chart: 'delegations' } } }, file)?.state).toBe('overview');
		expect(keyChartOf({ data: { keyChart: { chart: 'encounters', state: { through: '2021-12' } } } }, file)?.state).toBe('{"through":"2021-12"}');
		expect(() => keyChartOf({ data: { keyChart: { chart: 'encounters', state: { notes: [{ at: '2019-01', text: 'x' }] } } } }, file)).toThrow(
			'content/explainers/x/index.mdx: field "keyChart.state": field "notes.0.at": "2019-01" is outside the data; expected 2020-03 to 2026-07',
		);
		expect(() => keyChartOf({ data: { keyChart: { chart: 'no-such-chart' } } }, file)).toThrow(/index\.mdx: field "keyChart": unknown chart "no-such-chart"/);
		expect(() => keyChartOf({ data: { keyChart: { chart: 'delegations', state: 'nope' } } }, file)).toThrow(
			/field "keyChart.state": unknown state "nope" of chart "delegations"; expected one of dec27, jan19,/,
		);
	});

	it('breaks lines only at ordinary spaces: Spanish "106 000" and "EE. UU." stay whole', () => {
		const { lines } = wrapText(keepTogether('unos 106\u00a0000 millones para EE. UU. hoy'), 30, 10, 'regular', fixed, 6);
		expect(lines).toContain('106\u00a0000');
		expect(lines.some((l) => l.includes('EE.\u00a0UU.'))).toBe(true);
		expect(lines).not.toContain('EE.');
		// The no-break space is in the card font, so it is drawn at its own width, not as a missing glyph.
		expect(measureCardText('\u00a0', 100, 'regular')).toBeGreaterThan(0);
	});

	it('lays out the Spanish Title 42 card with Spanish words throughout (golden file)', () => {
		const svg = composeCard(titleCardEs(), measureCardText);
		expect(svg).toContain('LA FRONTERA, EXPLICADA');
		expect(svg).toContain('Publicado 28 de noviembre de 2026');
		expect(svg).toContain('border-explainers.example.org/es');
		// The key chart is drawn with its Spanish words: legend, annotations, ticks.
		expect(svg).toContain('Tramitados bajo el Título 8');
		expect(svg).toContain('Encuentros en la frontera suroeste');
		expect(svg).not.toMatch(/Title 8 processing|Published|Record month/);
		expect(unescape(drawnHeadline(svg))).toBe(titleCardEs().title);
		expectGolden('og-card-es-title-42', svg);
	});

	/** Note leaders of a card: key, top, bottom. */
	const noteLeaders = (svg: string) =>
		[...svg.matchAll(/<line data-key="(note-[^"]+)-leader" class="note-leader" x1="([\d.]+)" x2="\2" y1="([\d.]+)" y2="([\d.]+)"/g)].map((m) => ({ key: m[1]!, y1: Number(m[3]), y2: Number(m[4]) }));

	it('draws a visible leader from each chart note to what it labels, in both languages', () => {
		for (const [lang, card] of [
			['en', titleCard()],
			['es', titleCardEs()],
		] as const) {
			const leaders = noteLeaders(composeCard(card, measureCardText));
			expect(
				leaders.map((l) => l.key),
				lang,
			).toEqual(['note-2023-05', 'note-2023-12']);
			// At least 10 px of the scene (11 on the card): a line, not a dot, at thumbnail size.
			for (const l of leaders) expect(l.y2 - l.y1, `${lang} ${l.key}`).toBeGreaterThanOrEqual(10);
		}
		// "Record month: Dec 2023" sat right on its bar (a 0.2 px leader); the card lifts it into the free room above.
		const record = noteLeaders(composeCard(titleCard(), measureCardText)).find((l) => l.key === 'note-2023-12')!;
		expect(record.y2 - record.y1).toBeCloseTo(MIN_CARD_LEADER, 1);
	});

	it('lifts a note label only into free room, and leaves the chart model alone', () => {
		const note = (y: number, leaderTop: number): Scene => ({
			width: 300,
			height: 200,
			layers: [
				{ id: 'legend', marks: [{ tag: 'text', key: 'legend-a-label', className: 'legend', attrs: { x: 10, y: 12, dy: '0.35em' }, lines: ['A legend label'] }] },
				{
					id: 'notes',
					marks: [
						{ tag: 'line', key: 'note-x-leader', className: 'note-leader', attrs: { x1: 50, x2: 50, y1: leaderTop, y2: 80 } },
						{ tag: 'text', key: 'note-x-label', className: 'note', attrs: { x: 40, y, 'text-anchor': 'start' }, lines: ['Label'] },
					],
				},
			],
		});
		const marks = (scene: Scene) => Object.fromEntries(scene.layers.flatMap((l) => l.marks).map((m) => [m.key, m.attrs]));
		// Room above: label and leader top move up together until the leader is long enough.
		const roomy = note(74, 78);
		const lifted = marks(cardScene(roomy, measureCardText));
		expect(lifted['note-x-leader']).toMatchObject({ y1: 80 - MIN_CARD_LEADER, y2: 80 });
		expect(lifted['note-x-label']).toMatchObject({ y: 74 - (MIN_CARD_LEADER - 2) });
		expect(marks(roomy)['note-x-label']).toMatchObject({ y: 74 });
		// The legend right above: the label stays where the model put it.
		const cramped = note(34, 78);
		expect(cardScene(cramped, measureCardText)).toBe(cramped);
		// A leader already long enough is left alone.
		const long = note(40, 50);
		expect(cardScene(long, measureCardText)).toBe(long);
	});

	it('never cuts a headline: longer ones get smaller type and more lines, and the dek gives way', () => {
		const long = 'El paquete de fondos para la frontera: cómo la frontera quedó fuera de la ley de ayuda de seguridad de 2024';
		const svg = composeCard({ ...titleCardEs(), title: long }, measureCardText);
		expect(unescape(drawnHeadline(svg))).toBe(long);
		expect(drawnHeadline(svg)).not.toContain('…');
		const size = Number(/<text x="64" y="[\d.]+" font-size="(\d+)" font-weight="700"/.exec(svg)![1]);
		expect(size).toBeLessThan(54);
		// Every line of headline and dek stays above the footer rule.
		const ys = [...svg.matchAll(/<text x="64" y="([\d.]+)" font-size="(\d+)"/g)].filter((m) => Number(m[2]) > 22).map((m) => Number(m[1]));
		expect(Math.max(...ys)).toBeLessThan(548);
		// A headline no size can hold stops the build instead of being cut.
		expect(() => fitTitle(Array(40).fill('palabra').join(' '), 600, true, measureCardText)).toThrow(/does not fit whole/);
	});

	it('fits every published headline and key-chart title whole, in both languages', () => {
		const items = explainerFrontmatter();
		expect(items.filter((i) => i.lang === 'es').length).toBeGreaterThanOrEqual(3);
		for (const item of items) {
			const svg = composeCard({ ...titleCard(), title: item.title, dek: item.dek }, measureCardText);
			expect(unescape(drawnHeadline(svg)), `${item.lang}/${item.slug}`).toBe(item.title);
		}
		for (const chart of allCharts()) {
			for (const lang of LANGS) {
				const title = chartWords(chart, lang).title;
				const panel = chartPanel(keepTogether(title), measureCardText);
				expect(panel.titleLines.join(' ').replace(/\u00a0/g, ' '), `${chart.name} (${lang})`).toBe(title);
			}
		}
	});

	it('gives a three-line chart title its room: the chart is drawn shorter, not over it', () => {
		const two = chartPanel(encounters.title, measureCardText);
		const three = chartPanel(chartWords(encounters, 'es').title, measureCardText);
		expect(two.titleLines).toHaveLength(2);
		expect(three.titleLines).toHaveLength(3);
		expect(three.box.y).toBeGreaterThan(two.box.y);
		expect(three.sceneSize.height).toBeLessThan(two.sceneSize.height);
		// Title baseline of the last line sits above the chart box.
		expect(136 + 24 + three.titleSize * 0.9 + 2 * three.titleSize * 1.25).toBeLessThan(three.box.y);
	});

	it('names each card by language: paths, alt text', () => {
		expect(cardPath('title-42')).toBe('og/title-42.png');
		expect(cardPath('title-42', 'es')).toBe('es/og/title-42.png');
		expect(cardPath(undefined, 'es')).toBe('es/og/site.png');
		expect(cardAlt('Título 42', 'Encuentros', 'es')).toBe('La frontera, explicada: Título 42. Gráfica: Encuentros');
		expect(cardAlt('Title 42', undefined)).toBe('Border Explainers: Title 42');
	});
});

/**
 * Properties schema.org defines for each type we emit (including those inherited
 * from Thing, CreativeWork, MediaObject…), from https://schema.org/<Type>.
 */
const THING = ['name', 'description', 'url', 'image', 'alternateName', 'identifier', 'sameAs', 'mainEntityOfPage', 'potentialAction', 'subjectOf'];
const CREATIVE_WORK = [
	...THING,
	'headline',
	'author',
	'publisher',
	'datePublished',
	'dateModified',
	'inLanguage',
	'keywords',
	'citation',
	'isAccessibleForFree',
	'isPartOf',
	'about',
	'hasPart',
	'translationOfWork',
	'workTranslation',
];
const SCHEMA: Record<string, string[]> = {
	NewsArticle: [...CREATIVE_WORK, 'articleBody', 'articleSection', 'wordCount', 'dateline'],
	CreativeWork: CREATIVE_WORK,
	WebPage: [...CREATIVE_WORK, 'breadcrumb'],
	WebSite: [...CREATIVE_WORK],
	Organization: [...THING, 'logo'],
	ImageObject: [...CREATIVE_WORK, 'contentUrl', 'width', 'height', 'caption'],
	DefinedTermSet: [...CREATIVE_WORK, 'hasDefinedTerm'],
	DefinedTerm: [...THING, 'termCode', 'inDefinedTermSet'],
	SearchAction: [...THING, 'target', 'query', 'query-input'],
	EntryPoint: [...THING, 'urlTemplate'],
};

/** Every typed object in a JSON-LD tree uses only its type's properties. */
function schemaProblems(node: unknown, path = '$'): string[] {
	if (Array.isArray(node)) return node.flatMap((n, i) => schemaProblems(n, `${path}[${i}]`));
	if (!node || typeof node !== 'object') return [];
	const obj = node as Record<string, unknown>;
	const type = obj['@type'] as string | undefined;
	const problems: string[] = [];
	if (type) {
		const allowed = SCHEMA[type];
		if (!allowed) problems.push(`${path}: unexpected type ${type}`);
		for (const key of Object.keys(obj)) if (!key.startsWith('@') && allowed && !allowed.includes(key)) problems.push(`${path}: ${type} has no property "${key}"`);
	}
	for (const [key, value] of Object.entries(obj)) problems.push(...schemaProblems(value, `${path}.${key}`));
	return problems;
}

const site: SiteInfo = { name: 'Border Explainers', description: 'Tagline.', url: 'https://ex.org/sub/', logo: 'https://ex.org/sub/og/logo.png', lang: 'en' };

describe('JSON-LD', () => {
	const article = newsArticleLd({
		site,
		url: 'https://ex.org/sub/explainers/title-42/',
		headline: 'Title 42',
		description: 'Dek.',
		published: new Date('2026-11-28T00:00:00Z'),
		modified: new Date('2026-12-01T00:00:00Z'),
		image: { url: 'https://ex.org/sub/og/title-42.png', width: 1200, height: 630 },
		lang: 'en',
		keywords: ['Title 42'],
		sources: [
			{ title: 'Encounters', publisher: 'CBP', date: '2024-01', url: 'https://www.cbp.gov/x' },
			{ title: 'Report', publisher: 'AP', date: '2024-01-19' },
		],
	});

	it('describes an explainer as a NewsArticle with its linked sources as citations', () => {
		expect(article).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'Title 42',
			datePublished: '2026-11-28',
			dateModified: '2026-12-01',
			author: { '@type': 'Organization', name: 'Border Explainers' },
			publisher: { '@type': 'Organization', logo: { url: 'https://ex.org/sub/og/logo.png' } },
			image: { url: 'https://ex.org/sub/og/title-42.png', width: 1200, height: 630 },
			mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://ex.org/sub/explainers/title-42/' },
		});
		expect(article.citation).toEqual(['https://www.cbp.gov/x']);
	});

	it('describes the glossary and each term', () => {
		const set = { name: 'Glossary', description: 'Terms.', url: 'https://ex.org/sub/glossary/' };
		const term = { id: 'cloture', term: 'Cloture', description: 'Ends debate.', url: 'https://ex.org/sub/glossary/cloture/', aliases: ['closure'] };
		const termSet = definedTermSetLd(set, [term], 'en');
		expect(termSet.hasDefinedTerm[0]).toMatchObject({ '@type': 'DefinedTerm', name: 'Cloture', inDefinedTermSet: set.url, alternateName: ['closure'] });
		expect(definedTermLd(term, set)).toMatchObject({ '@type': 'DefinedTerm', termCode: 'cloture', inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': set.url } });
	});

	it('uses only properties schema.org defines for each type', () => {
		const set = { name: 'G', description: 'd', url: 'https://ex.org/g/' };
		const term = { id: 't', term: 'T', description: 'd', url: 'https://ex.org/g/t/', aliases: ['x'] };
		const all = [article, definedTermSetLd(set, [term], 'en'), definedTermLd(term, set), webSiteLd(site, 'https://ex.org/sub/search/')];
		expect(schemaProblems(all)).toEqual([]);
		expect(webSiteLd(site, 'https://ex.org/sub/search/').potentialAction.target.urlTemplate).toBe('https://ex.org/sub/search/?q={search_term_string}');
	});

	it('describes the Spanish edition in Spanish: site, publisher, search and glossary', () => {
		const root = new URL('https://ex.org/');
		const es = siteInfo(root, 'es');
		expect(es).toMatchObject({ name: 'La frontera, explicada', url: 'https://ex.org/es/', lang: 'es', logo: 'https://ex.org/og/logo.png', translationOf: 'https://ex.org/' });
		expect(siteInfo(root, 'en')).not.toHaveProperty('translationOf');

		const web = webSiteLd(es, 'https://ex.org/es/search/');
		expect(web).toMatchObject({ '@type': 'WebSite', '@id': 'https://ex.org/es/#website', name: 'La frontera, explicada', inLanguage: 'es', publisher: { name: 'La frontera, explicada' } });
		expect(web.potentialAction.target.urlTemplate).toBe('https://ex.org/es/search/?q={search_term_string}');
		expect(web).toMatchObject({ translationOfWork: { '@type': 'WebSite', '@id': 'https://ex.org/#website' } });
		expect(webSiteLd(siteInfo(root, 'en'), 'https://ex.org/search/')).not.toHaveProperty('translationOfWork');

		const articleEs = newsArticleLd({
			site: es,
			url: 'https://ex.org/es/explainers/title-42/',
			headline: 'Título 42',
			description: 'Entradilla.',
			published: new Date('2026-11-28T00:00:00Z'),
			modified: new Date('2026-11-28T00:00:00Z'),
			image: { url: 'https://ex.org/es/og/title-42.png', width: 1200, height: 630 },
			lang: 'es',
			sources: [],
		});
		expect(articleEs).toMatchObject({
			inLanguage: 'es',
			author: { name: 'La frontera, explicada' },
			publisher: { name: 'La frontera, explicada', logo: { url: 'https://ex.org/og/logo.png' } },
			isPartOf: { '@id': 'https://ex.org/es/#website', name: 'La frontera, explicada' },
		});

		const set = glossarySet(root, 'es');
		expect(set).toEqual({ name: 'Glosario de La frontera, explicada', description: expect.stringMatching(/^Definiciones/), url: 'https://ex.org/es/glossary/' });
		expect(definedTermSetLd(set, [], 'es')).toMatchObject({ inLanguage: 'es', name: 'Glosario de La frontera, explicada' });
		expect(schemaProblems([web, articleEs, definedTermSetLd(set, [], 'es')])).toEqual([]);
	});

	it('cites each linked source by its original URL, and leaves out sources without one', () => {
		const cited = newsArticleLd({
			site,
			url: 'https://ex.org/sub/explainers/title-42/',
			headline: 'Title 42',
			description: 'Dek.',
			published: new Date('2026-11-28T00:00:00Z'),
			modified: new Date('2026-11-28T00:00:00Z'),
			lang: 'en',
			sources: [
				{ title: 'Judge blocks Title 42 border expulsion policy', described: true, publisher: 'Axios', date: '2022-11-15', url: 'https://www.axios.com/x' },
				{ title: 'CBP One™ Appointments Increased to 1,450 Per Day', publisher: 'CBP', date: '2023-06-30', url: 'https://cbp.gov/x' },
			],
		});
		// Each linked source is cited by its original publisher's URL; its title, publisher and date are in the sources list.
		expect(cited.citation).toEqual(['https://www.axios.com/x', 'https://cbp.gov/x']);
		expect(schemaProblems(cited)).toEqual([]);
	});

	describe('the two editions of an explainer name each other', () => {
		const root = new URL('https://ex.org/sub/');
		const urlOf = (lang: 'en' | 'es') => `https://ex.org/sub/${lang === 'es' ? 'es/' : ''}explainers/title-42/`;
		const edition = (lang: 'en' | 'es') =>
			newsArticleLd({
				site: siteInfo(root, lang),
				url: urlOf(lang),
				headline: lang === 'es' ? 'Título 42' : 'Title 42',
				description: 'Dek.',
				published: new Date('2026-11-28T00:00:00Z'),
				modified: new Date('2026-11-28T00:00:00Z'),
				lang,
				sources: [],
				...editionLinks(lang, LANGS, 'en', urlOf),
			});
		const en = edition('en');
		const es = edition('es');

		it('the Spanish NewsArticle is the translationOfWork of the English one, by its @id and URL', () => {
			expect(es.translationOfWork).toEqual({ '@type': 'NewsArticle', '@id': 'https://ex.org/sub/explainers/title-42/#article', url: 'https://ex.org/sub/explainers/title-42/', inLanguage: 'en' });
			// It points at the English article itself, not at the Spanish page or the English site.
			expect(es.translationOfWork?.['@id']).toBe(en['@id']);
			expect(es.translationOfWork?.url).toBe(en.url);
			expect(es).not.toHaveProperty('workTranslation');
		});

		it('the English NewsArticle lists the Spanish one as its workTranslation', () => {
			expect(en.workTranslation).toEqual([
				{ '@type': 'NewsArticle', '@id': 'https://ex.org/sub/es/explainers/title-42/#article', url: 'https://ex.org/sub/es/explainers/title-42/', inLanguage: 'es' },
			]);
			expect(en.workTranslation?.map((w) => w['@id'])).toEqual([es['@id']]);
			expect(en).not.toHaveProperty('translationOfWork');
			expect(schemaProblems([en, es])).toEqual([]);
		});

		it('links only editions that are published: English is the original, the others translate it', () => {
			expect(articleId(urlOf('es'))).toBe(es['@id']);
			expect(editionLinks('en', ['en'], 'en', urlOf)).toEqual({});
			expect(editionLinks('es', ['es'], 'en', urlOf)).toEqual({});
			expect(editionLinks('es', ['en', 'es'], 'en', urlOf)).toEqual({ translationOf: { url: urlOf('en'), lang: 'en' } });
			expect(editionLinks('en', ['en', 'es'], 'en', urlOf)).toEqual({ translations: [{ url: urlOf('es'), lang: 'es' }] });
		});
	});

	it('cannot close its script element', () => {
		expect(jsonLdText({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
		expect(JSON.parse(jsonLdText({ a: '<b>' }))).toEqual({ a: '<b>' });
	});
});

describe('RSS feed', () => {
	const item: FeedItem = {
		title: 'Fees & "funds"',
		url: 'https://ex.org/explainers/a/',
		dek: 'The <dek>.',
		takeaways: ['One & two.', 'Three.'],
		published: new Date('2026-11-28T00:00:00Z'),
		updated: new Date('2026-11-29T00:00:00Z'),
		categories: ['Funding package'],
		image: 'https://ex.org/og/a.png',
	};
	let xml = '';
	beforeAll(async () => {
		xml = await rssXml(
			{ title: 'Site', description: 'About', siteUrl: 'https://ex.org/', feedUrl: 'https://ex.org/rss.xml', lang: 'en' },
			[item, { ...item, url: 'https://ex.org/explainers/b/' }],
			'Key takeaways',
		);
	});

	it('has one escaped item per explainer with a full summary', () => {
		expect(xml.match(/<item>/g)).toHaveLength(2);
		expect(xml).toContain('<title>Fees &amp; &quot;funds&quot;</title>');
		expect(xml).toContain('<guid isPermaLink="true">https://ex.org/explainers/a/</guid>');
		expect(xml).toContain('<pubDate>Sat, 28 Nov 2026 00:00:00 GMT</pubDate>');
		expect(xml).toContain('<lastBuildDate>Sun, 29 Nov 2026 00:00:00 GMT</lastBuildDate>');
		expect(summaryHtml(item, 'Key takeaways')).toBe('<p>The &lt;dek&gt;.</p><p><strong>Key takeaways</strong></p><ul><li>One &amp; two.</li><li>Three.</li></ul>');
		// The summary HTML is itself escaped inside <description>.
		expect(xml).toContain('<description>&lt;p&gt;The &amp;lt;dek&amp;gt;.&lt;/p&gt;');
	});
});

describe('RSS feed in Spanish', () => {
	const source: FeedSource = {
		slug: 'title-42',
		title: 'Título 42: la regla fronteriza',
		dek: 'Durante tres años…',
		takeaways: ['Uno.', 'Dos.', 'Tres.'],
		published: new Date('2026-11-28T00:00:00Z'),
		updated: new Date('2026-11-28T00:00:00Z'),
		topics: ['title-42', 'mexico-talks'],
	};
	let xml = '';
	beforeAll(async () => {
		xml = await explainerFeed('es', new URL('https://ex.org/'), [source]);
	});

	it('is the Spanish edition’s feed: its name, tagline, language and address', () => {
		expect(xml).toContain(`<title>${SITE.es.name}</title>`);
		expect(xml).toContain(`<description>${SITE.es.tagline}</description>`);
		expect(xml).toContain('<language>es</language>');
		expect(xml).toContain('<link>https://ex.org/es/</link>');
		expect(xml).toContain('<atom:link href="https://ex.org/es/rss.xml" rel="self"');
	});

	it('links each item to its Spanish page and card, with Spanish topics and “Claves”', () => {
		expect(xml).toContain('<link>https://ex.org/es/explainers/title-42/</link>');
		expect(xml).toContain('<guid isPermaLink="true">https://ex.org/es/explainers/title-42/</guid>');
		expect(xml).toContain('<category>Título 42</category>');
		expect(xml).toContain('<category>Diálogo con México</category>');
		expect(xml).toContain('&lt;strong&gt;Claves&lt;/strong&gt;');
		expect(xml).toContain('url="https://ex.org/es/og/title-42.png"');
		expect(xml).not.toMatch(/Key takeaways|Border Explainers|Mexico talks|https:\/\/ex\.org\/explainers\//);
	});

	it('the English feed stays at the root, in English', async () => {
		const en = await explainerFeed('en', new URL('https://ex.org/'), [{ ...source, title: 'Title 42' }]);
		expect(en).toContain('<language>en</language>');
		expect(en).toContain('<link>https://ex.org/explainers/title-42/</link>');
		expect(en).toContain('<category>Mexico talks</category>');
		expect(en).toContain('&lt;strong&gt;Key takeaways&lt;/strong&gt;');
		expect(en).toContain('<atom:link href="https://ex.org/rss.xml"');
	});
});

describe('sitemap (options for @astrojs/sitemap)', () => {
	const dates = new Map([
		['explainers/title-42/', '2026-12-01'],
		['es/explainers/title-42/', '2026-12-02'],
	]);
	const pair = (path: string) => ({
		url: `https://ex.org/sub/${path}`,
		links: [
			{ url: `https://ex.org/sub/${path.replace(/^es\//, '')}`, lang: 'en' },
			{ url: `https://ex.org/sub/es/${path.replace(/^es\//, '')}`, lang: 'es' },
		],
	});

	it('adds x-default (the English page) to the alternates of a page in both languages', () => {
		expect(serializeEntry(pair('es/glossary/cloture/'), '/sub/', dates)).toEqual({
			url: 'https://ex.org/sub/es/glossary/cloture/',
			links: [
				{ url: 'https://ex.org/sub/glossary/cloture/', lang: 'en' },
				{ url: 'https://ex.org/sub/es/glossary/cloture/', lang: 'es' },
				{ url: 'https://ex.org/sub/glossary/cloture/', lang: 'x-default' },
			],
		});
		// A page in one language points nowhere else.
		expect(serializeEntry({ url: 'https://ex.org/sub/only-en/', links: [{ url: 'https://ex.org/sub/only-en/', lang: 'en' }] }, '/sub/', dates)).toEqual({ url: 'https://ex.org/sub/only-en/' });
		expect(serializeEntry({ url: 'https://ex.org/a/' }, '/', dates)).toEqual({ url: 'https://ex.org/a/' });
		// Never twice.
		const once = serializeEntry(serializeEntry(pair('glossary/cloture/'), '/sub/', dates), '/sub/', dates);
		expect(once.links?.filter((l) => l.lang === 'x-default')).toHaveLength(1);
	});

	it('dates each explainer in each language by its own updated day, and nothing else', () => {
		expect(serializeEntry(pair('explainers/title-42/'), '/sub/', dates).lastmod).toBe('2026-12-01');
		expect(serializeEntry(pair('es/explainers/title-42/'), '/sub/', dates).lastmod).toBe('2026-12-02');
		expect(serializeEntry(pair('glossary/'), '/sub/', dates)).not.toHaveProperty('lastmod');
		// The same path at the root (no base).
		expect(serializeEntry({ url: 'https://ex.org/explainers/title-42/' }, '/', dates).lastmod).toBe('2026-12-01');
	});

	it('reads the updated day of every explainer in every language from content/', () => {
		const read = articleDates(new URL('../../content', import.meta.url).pathname);
		const slugs = readdirSync(new URL('../../content/explainers', import.meta.url), { withFileTypes: true })
			.filter((d) => d.isDirectory() && d.name !== 'es')
			.map((d) => d.name);
		expect(slugs.length).toBeGreaterThan(0);
		for (const slug of slugs) {
			for (const [path, file] of [
				[`explainers/${slug}/`, `content/explainers/${slug}/index.mdx`],
				[`es/explainers/${slug}/`, `content/explainers/es/${slug}/index.mdx`],
			] as const) {
				const updated = /^updated: *(\S+)/m.exec(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'))![1];
				expect(read.get(path), file).toBe(updated);
			}
		}
		expect(read.size).toBe(slugs.length * 2);
	});

	it('finds noindex pages by their robots meta tag', () => {
		expect(saysNoindex('<html><head><meta name="robots" content="noindex"><title>x</title></head><body></body></html>')).toBe(true);
		expect(saysNoindex("<head><meta content='noindex, follow' name='robots'></head>")).toBe(true);
		expect(saysNoindex('<head><meta name="description" content="noindex is a word"></head>')).toBe(false);
		// Only the head counts.
		expect(saysNoindex('<head><title>x</title></head><body><meta name="robots" content="noindex"></body>')).toBe(false);
	});

	it('maps a page URL to its built file and its path without the base', () => {
		expect(pathWithoutBase('https://ex.org/sub/es/glossary/', '/sub/')).toBe('es/glossary/');
		expect(pathWithoutBase('https://ex.org/sub/', '/sub')).toBe('');
		expect(pathWithoutBase('https://ex.org/about/', '/')).toBe('about/');
		expect(pageFile('/out', 'https://ex.org/sub/es/glossary/', '/sub/')).toBe('/out/es/glossary/index.html');
		expect(pageFile('/out', 'https://ex.org/', '/')).toBe('/out/index.html');
		expect(pageFile('/out', 'https://ex.org/404', '/')).toBe('/out/404.html');
	});
});

describe('share links', () => {
	const here = { origin: 'https://ex.org', pathname: '/sub/explainers/title-42/' };
	it('links to the page, a figure or the active step, never with the query', () => {
		expect(shareUrl(here)).toBe('https://ex.org/sub/explainers/title-42/');
		expect(shareUrl(here, '#step-record')).toBe('https://ex.org/sub/explainers/title-42/#step-record');
		expect(figureHash('figure-encounters', 'step-record')).toBe('step-record');
		expect(figureHash('figure-encounters')).toBe('figure-encounters');
	});
	it('falls back to the clipboard and says so', async () => {
		let copied = '';
		const nav = { clipboard: { writeText: async (t: string) => void (copied = t) } } as unknown as Navigator;
		expect(await shareOrCopy({ title: 't', url: 'https://ex.org/#step-a' }, nav)).toBe('copied');
		expect(copied).toBe('https://ex.org/#step-a');
		const words = { copied: 'Link copied', failed: 'Copy it' };
		expect(shareMessage('copied', words)).toBe('Link copied');
		expect(shareMessage('failed', words)).toBe('Copy it');
		expect(shareMessage('shared', words)).toBe('');
		const broken = { clipboard: { writeText: async () => Promise.reject(new Error('denied')) } } as unknown as Navigator;
		expect(await shareOrCopy({ title: 't', url: 'u' }, broken)).toBe('failed');
	});
	it('uses the Web Share API where there is one; closing the sheet is not an error', async () => {
		const shared: unknown[] = [];
		const nav = { share: async (d: unknown) => void shared.push(d) } as unknown as Navigator;
		expect(await shareOrCopy({ title: 't', url: 'u' }, nav)).toBe('shared');
		expect(shared).toEqual([{ title: 't', url: 'u' }]);
		const abort = { share: async () => Promise.reject(new DOMException('x', 'AbortError')) } as unknown as Navigator;
		expect(await shareOrCopy({ title: 't', url: 'u' }, abort)).toBe('cancelled');
	});
});
