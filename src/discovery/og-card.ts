/**
 * The social card (Open Graph / Twitter image): one 1200×630 SVG with the site's
 * name, the headline, the dek and a small rendering of the explainer's key chart,
 * later rasterized to PNG (src/discovery/og-render.ts).
 *
 * Pure: text measurement is passed in (font metrics from the same font file the
 * rasterizer uses), so the layout is deterministic and testable with a golden file.
 * The rasterizer understands plain CSS but not custom properties, so the chart style
 * is the site's own charts.css with its `var(--…)` tokens resolved to light-theme
 * values (chartCardCss): a new chart class in charts.css shows up on cards too.
 */
import type { Mark, Scene } from '../graphics/core/scene';
import { escapeXml, sceneToSvgInner } from '../graphics/core/svg-string';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

export type Weight = 'regular' | 'bold';
/** Width in px of `text` set at `size` px in the card font. */
export type Measure = (text: string, size: number, weight: Weight) => number;

export interface CardColors {
	bg: string;
	raised: string;
	text: string;
	textSoft: string;
	accent: string;
	rule: string;
	/** Bars of the logo mark (the favicon's colours). */
	logo: [string, string, string, string];
}

export interface CardChart {
	title: string;
	/** Inner SVG markup of the chart scene (sceneToSvgInner), drawn at chartSceneSize(title). */
	inner: string;
	/** The scene's own size: some charts grow taller than asked to fit their rows. */
	width: number;
	height: number;
}

export interface CardInput {
	siteName: string;
	title: string;
	dek: string;
	/** Bottom-left line, e.g. the site's address. */
	footer: string;
	/** Bottom-right line, e.g. the publication date. */
	footerRight?: string;
	chart?: CardChart;
	/** Card stylesheet for the chart (chartCardCss). */
	chartCss?: string;
	colors: CardColors;
	fontFamily: string;
}

const MARGIN = 64;
/** Where the chart panel sits on the card. */
const PANEL = { x: 712, y: 136, width: 424, height: 392 };
/** The chart is drawn smaller than its panel and scaled up, so its labels stay legible in a thumbnail. */
const CHART_SCALE = 1.1;
const CHART_TITLE_WIDTH = PANEL.width - 36;
/** Chart title: the first of these that holds it whole (Spanish titles run longer). */
const CHART_TITLE_FITS = [
	{ size: 18, lines: 2 },
	{ size: 18, lines: 3 },
	{ size: 16, lines: 3 },
] as const;
/**
 * Headline: the first size and line count that holds it whole. Three lines at the
 * largest size that fits; longer headlines (most Spanish ones) get more lines at
 * smaller sizes, and the dek gives up the room. A headline is never cut.
 */
const TITLE_FITS: Record<'chart' | 'plain', { size: number; lines: number }[]> = {
	chart: [
		{ size: 54, lines: 3 },
		{ size: 48, lines: 3 },
		{ size: 44, lines: 3 },
		{ size: 40, lines: 3 },
		{ size: 40, lines: 4 },
		{ size: 36, lines: 4 },
		{ size: 34, lines: 5 },
		{ size: 32, lines: 5 },
	],
	plain: [
		{ size: 72, lines: 3 },
		{ size: 64, lines: 3 },
		{ size: 56, lines: 3 },
		{ size: 48, lines: 3 },
		{ size: 48, lines: 4 },
		{ size: 42, lines: 4 },
		{ size: 40, lines: 5 },
		{ size: 36, lines: 5 },
	],
};

/** Words joined by a no-break space on cards, so a line never ends inside them. */
const KEEP_TOGETHER: [RegExp, string][] = [[/\bEE\. UU\./g, 'EE.\u00a0UU.']];

/** Text for a card line: abbreviations such as "EE. UU." are kept on one line. */
export function keepTogether(text: string): string {
	return KEEP_TOGETHER.reduce((t, [pattern, joined]) => t.replace(pattern, joined), text);
}

/**
 * Greedy word wrap into at most `maxLines` lines of `maxWidth` px; text that does
 * not fit ends with an ellipsis on the last line. Lines break only at ordinary
 * spaces: a no-break space (Spanish "13,600 mdd", "EE. UU.") holds its words together.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: Weight, measure: Measure, maxLines: number): { lines: string[]; overflow: boolean } {
	const words = text
		.trim()
		.split(/[ \t\r\n]+/)
		.filter(Boolean);
	const lines: string[] = [];
	let line = '';
	let i = 0;
	for (; i < words.length; i++) {
		const candidate = line ? `${line} ${words[i]}` : words[i]!;
		if (!line || measure(candidate, size, weight) <= maxWidth) {
			line = candidate;
			continue;
		}
		lines.push(line);
		line = words[i]!;
		if (lines.length === maxLines) break;
	}
	if (i >= words.length) {
		if (line) lines.push(line);
		return { lines, overflow: false };
	}
	// Too long: shorten the last line word by word until it fits with an ellipsis.
	let last = lines.pop()!.split(' ');
	while (last.length > 1 && measure(`${last.join(' ')}…`, size, weight) > maxWidth) last = last.slice(0, -1);
	lines.push(`${last.join(' ').replace(/[\s,;:.–—-]+$/, '')}…`);
	return { lines, overflow: true };
}

/** The largest headline that fits whole (TITLE_FITS); throws if none does, rather than cut it. */
export function fitTitle(title: string, width: number, hasChart: boolean, measure: Measure): { size: number; lines: string[] } {
	const fits = TITLE_FITS[hasChart ? 'chart' : 'plain'];
	for (const { size, lines: max } of fits) {
		const { lines, overflow } = wrapText(title, width, size, 'bold', measure, max);
		if (!overflow) return { size, lines };
	}
	const last = fits[fits.length - 1]!;
	throw new Error(`Social card: the headline "${title}" does not fit whole even at ${last.size} px in ${last.lines} lines; shorten the title`);
}

/**
 * The chart panel for a chart title: the title's lines and the box the chart fills
 * below them. The route draws the scene at `sceneSize` (the box before scaling), so
 * a longer title leaves a shorter chart rather than an overlap.
 */
export function chartPanel(
	chartTitle: string,
	measure: Measure,
): {
	titleSize: number;
	titleLines: string[];
	box: { x: number; y: number; width: number; height: number };
	sceneSize: { width: number; height: number };
} {
	const fit = CHART_TITLE_FITS.find(({ size, lines }) => !wrapText(chartTitle, CHART_TITLE_WIDTH, size, 'bold', measure, lines).overflow) ?? CHART_TITLE_FITS[CHART_TITLE_FITS.length - 1]!;
	const titleLines = wrapText(chartTitle, CHART_TITLE_WIDTH, fit.size, 'bold', measure, fit.lines).lines;
	const y = PANEL.y + 24 + titleLines.length * fit.size * 1.25 + 12;
	const box = { x: PANEL.x + 18, y, width: PANEL.width - 36, height: PANEL.y + PANEL.height - 16 - y };
	return {
		titleSize: fit.size,
		titleLines,
		box,
		sceneSize: { width: Math.round(box.width / CHART_SCALE), height: Math.round(box.height / CHART_SCALE) },
	};
}

/** Size to draw a key chart's scene at for its card: call with the chart's title in the card's language. */
export function chartSceneSize(chartTitle: string, measure: Measure): { width: number; height: number } {
	return chartPanel(keepTogether(chartTitle), measure).sceneSize;
}

function textBlock(lines: string[], x: number, firstBaseline: number, lineHeight: number, attrs: string): string {
	return lines.map((line, i) => `<text x="${x}" y="${round(firstBaseline + i * lineHeight)}"${attrs}>${escapeXml(line)}</text>`).join('');
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}

/**
 * A chart note's leader on a card is at least this long (scene px, before the card's
 * scale): drawn at thumbnail size, a label that sits right on top of its bar (the
 * encounters chart's "Record month" on the narrow card) would otherwise point nowhere.
 */
export const MIN_CARD_LEADER = 12;

/** Font size and weight of the chart text classes (charts.css), to estimate label boxes. */
const CHART_TEXT: { className: string; size: number; weight: Weight }[] = [
	{ className: 'note', size: 12.5, weight: 'bold' },
	{ className: 'legend', size: 13, weight: 'bold' },
	{ className: 'tick', size: 12, weight: 'regular' },
];

interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** Where a text mark is drawn: its lines at their class's size, its anchor and `dy` applied. */
function textBox(m: Mark, measure: Measure): Box {
	const classes = (m.className ?? '').split(/\s+/);
	const { size, weight } = CHART_TEXT.find((t) => classes.includes(t.className)) ?? { size: 13, weight: 'regular' as Weight };
	const lines = m.lines ?? [];
	const w = Math.max(0, ...lines.map((l) => measure(l, size, weight)));
	const x = Number(m.attrs.x ?? 0);
	const anchor = m.attrs['text-anchor'];
	const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
	const dy = /^(-?[\d.]+)em$/.exec(String(m.attrs.dy ?? ''));
	const y = Number(m.attrs.y ?? 0) + (dy ? Number(dy[1]) * size : 0);
	return { x0, x1: x0 + w, y0: y - 0.8 * size, y1: y + 0.25 * size + Math.max(0, lines.length - 1) * 1.2 * size };
}

/** Where a rect mark (a legend swatch) is drawn. */
function rectBox(m: Mark): Box {
	const x = Number(m.attrs.x ?? 0);
	const y = Number(m.attrs.y ?? 0);
	return { x0: x, x1: x + Number(m.attrs.width ?? 0), y0: y, y1: y + Number(m.attrs.height ?? 0) };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 + 2 && b.x0 < a.x1 + 2 && a.y0 < b.y1 + 2 && b.y0 < a.y1 + 2;

/**
 * The scene as a card draws it: every note whose vertical leader ("<key>-leader" under
 * its "<key>-label") is shorter than MIN_CARD_LEADER has its label lifted, with the top
 * of its leader, until the leader is that long, so the label visibly points at its
 * mark. A label is only lifted into free room: clear of the top edge and of every other
 * text and legend swatch (moving up takes it away from the bars). The chart's own
 * model, which the page uses at every width, is unchanged.
 */
export function cardScene(scene: Scene, measure: Measure): Scene {
	const all = scene.layers.flatMap((l) => l.marks);
	const lifted = new Map<Mark, Mark>();
	for (const leader of all) {
		if (leader.tag !== 'line' || !leader.key.endsWith('-leader') || !(leader.className ?? '').split(/\s+/).includes('note-leader')) continue;
		const label = all.find((m) => m.tag === 'text' && m.key === `${leader.key.slice(0, -'-leader'.length)}-label`);
		const at = (name: string) => Number(leader.attrs[name]);
		const [y1, y2] = [at('y1'), at('y2')];
		// Only a leader that runs down from its label to the mark below, and is too short.
		if (!label || at('x1') !== at('x2') || y2 < y1 || y2 - y1 >= MIN_CARD_LEADER) continue;
		const lift = MIN_CARD_LEADER - (y2 - y1);
		const moved: Mark = { ...label, attrs: { ...label.attrs, y: round(Number(label.attrs.y) - lift) } };
		const box = textBox(moved, measure);
		const others = all.filter((m) => m !== label && (m.tag === 'text' || (m.tag === 'rect' && m.key.startsWith('legend')))).map((m) => lifted.get(m) ?? m);
		const clash = box.y0 < 0 || others.some((m) => overlaps(box, m.tag === 'text' ? textBox(m, measure) : rectBox(m)));
		if (clash) continue;
		lifted.set(label, moved);
		lifted.set(leader, { ...leader, attrs: { ...leader.attrs, y1: round(y1 - lift) } });
	}
	if (!lifted.size) return scene;
	return { ...scene, layers: scene.layers.map((l) => ({ ...l, marks: l.marks.map((m) => lifted.get(m) ?? m) })) };
}

/** A key chart's scene, ready for the card: notes given visible leaders (cardScene), as SVG markup. */
export function chartOnCard(title: string, scene: Scene, measure: Measure): CardChart {
	return { title, inner: sceneToSvgInner(cardScene(scene, measure)), width: scene.width, height: scene.height };
}

/** The complete card as a standalone SVG document. */
export function composeCard(input: CardInput, measure: Measure): string {
	const { width, height } = CARD_SIZE;
	const { colors: c, fontFamily } = input;
	const font = ` font-family="${escapeXml(fontFamily)}"`;
	const textWidth = input.chart ? PANEL.x - MARGIN - 48 : width - 2 * MARGIN;
	const parts: string[] = [];

	parts.push(`<rect width="${width}" height="${height}" fill="${c.bg}"/>`);
	parts.push(`<rect width="${width}" height="10" fill="${c.accent}"/>`);

	// Brand: the favicon's bar mark and the site's name.
	const [mark, bar1, bar2, bar3] = c.logo;
	parts.push(
		`<g transform="translate(${MARGIN} 62)"><rect width="40" height="40" rx="7" fill="${mark}"/>` +
			`<rect x="7.5" y="17.5" width="6.25" height="15" fill="${bar1}"/><rect x="16.9" y="10" width="6.25" height="22.5" fill="${bar2}"/>` +
			`<rect x="26.25" y="22.5" width="6.25" height="10" fill="${bar3}"/></g>`,
	);
	parts.push(`<text x="${MARGIN + 56}" y="91" font-size="24" font-weight="700" letter-spacing="2" fill="${c.accent}"${font}>${escapeXml(input.siteName.toUpperCase())}</text>`);

	// Headline and dek share the space between the brand and the footer rule.
	const title = fitTitle(keepTogether(input.title), textWidth, !!input.chart, measure);
	const titleLine = title.size * 1.14;
	const titleTop = 150;
	parts.push(textBlock(title.lines, MARGIN, titleTop + title.size * 0.9, titleLine, ` font-size="${title.size}" font-weight="700" fill="${c.text}"${font}`));

	const footerRule = 548;
	const dekSize = input.chart ? 26 : 30;
	const dekLine = dekSize * 1.36;
	const dekTop = titleTop + title.lines.length * titleLine + 22;
	const dekLines = Math.max(0, Math.floor((footerRule - 24 - dekTop) / dekLine));
	if (input.dek && dekLines > 0) {
		const dek = wrapText(keepTogether(input.dek), textWidth, dekSize, 'regular', measure, dekLines);
		parts.push(textBlock(dek.lines, MARGIN, dekTop + dekSize, dekLine, ` font-size="${dekSize}" fill="${c.textSoft}"${font}`));
	}

	if (input.chart) {
		const p = PANEL;
		const panel = chartPanel(keepTogether(input.chart.title), measure);
		const { box } = panel;
		parts.push(`<rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" rx="10" fill="${c.raised}" stroke="${c.rule}" stroke-width="2"/>`);
		parts.push(textBlock(panel.titleLines, p.x + 18, p.y + 24 + panel.titleSize * 0.9, panel.titleSize * 1.25, ` font-size="${panel.titleSize}" font-weight="700" fill="${c.text}"${font}`));
		// Scaled down further if the scene came out larger than asked, and clipped to the panel as a last guard.
		const scale = round(Math.min(CHART_SCALE, box.width / input.chart.width, box.height / input.chart.height));
		parts.push(`<clipPath id="panel"><rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" rx="10"/></clipPath>`);
		parts.push(`<g clip-path="url(#panel)"><g transform="translate(${round(box.x)} ${round(box.y)}) scale(${scale})"><g class="chart-svg">${input.chart.inner}</g></g></g>`);
	}

	parts.push(`<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${footerRule}" y2="${footerRule}" stroke="${c.rule}" stroke-width="2"/>`);
	parts.push(`<text x="${MARGIN}" y="592" font-size="22" fill="${c.textSoft}"${font}>${escapeXml(input.footer)}</text>`);
	if (input.footerRight) {
		parts.push(`<text x="${width - MARGIN}" y="592" font-size="22" text-anchor="end" fill="${c.textSoft}"${font}>${escapeXml(input.footerRight)}</text>`);
	}

	// Unclassed chart labels inherit the figure's size on the page; give them one here.
	const style = input.chart ? `<style>.chart-svg text{font-size:13px}${input.chartCss ?? ''}</style>` : '';
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${style}${parts.join('')}</svg>`;
}

/**
 * Custom properties of every plain `:root { … }` block (the light theme; dark-theme
 * blocks are `:root[data-theme='dark']`). Pass every stylesheet that defines tokens:
 * charts.css adds its own series colours.
 */
export function lightTokens(...stylesheets: string[]): Record<string, string> {
	const tokens: Record<string, string> = {};
	for (const css of stylesheets) {
		for (const { selector, body } of topLevelRules(stripComments(css))) {
			if (selector !== ':root') continue;
			for (const m of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)(?:;|$)/g)) tokens[m[1]!] = m[2]!.trim();
		}
	}
	return tokens;
}

function stripComments(css: string): string {
	return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Top-level rules of a stylesheet; at-rules (@media, @supports…) are skipped whole. */
function topLevelRules(css: string): { selector: string; body: string }[] {
	const rules: { selector: string; body: string }[] = [];
	let depth = 0;
	let start = 0;
	let selector = '';
	let skip = false;
	for (let i = 0; i < css.length; i++) {
		const ch = css[i];
		if (ch === '{') {
			if (depth === 0) {
				selector = css.slice(start, i).trim();
				skip = selector.startsWith('@');
				start = i + 1;
			}
			depth++;
		} else if (ch === '}') {
			depth--;
			if (depth === 0) {
				if (!skip) rules.push({ selector, body: css.slice(start, i).trim() });
				start = i + 1;
			}
		}
	}
	return rules;
}

/**
 * The chart rules of charts.css (selectors inside `.chart-svg`) with every var()
 * resolved from the light theme and every font set to the card font.
 */
export function chartCardCss(chartsCss: string, tokens: Record<string, string>, fontFamily: string): string {
	const resolve = (value: string): string => value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g, (_, name: string, fallback?: string) => tokens[name] ?? fallback?.trim() ?? 'initial');
	return topLevelRules(stripComments(chartsCss))
		.filter(({ selector }) => selector.split(',').every((s) => /^\.chart-svg\s+\S/.test(s.trim())))
		.map(({ selector, body }) => {
			const declarations = resolve(body).replace(/font-family\s*:[^;]+/g, `font-family: '${fontFamily}'`);
			return `${selector.replace(/\s+/g, ' ')}{${declarations.replace(/\s+/g, ' ')}}`;
		})
		.join('');
}
