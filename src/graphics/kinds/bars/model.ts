/**
 * Categorical bars: one horizontal bar per category (a country, a stage of a bill),
 * one or more series per bar, stacked or side by side. Two layouts:
 *
 * - `inline`: the category's name left of its bar, the value (and its share of a
 *   total) right of it; rows share the height evenly.
 * - `stages`: a legend on top, the category's title above its bar, the total at the
 *   bar's end, a label per series under it ("Border: $13.6B") and the state's notes
 *   below that. Rows appear stage by stage: a row not shown waits, hidden, on the
 *   shown row above it, so when it is revealed it glides out of that row. In a box
 *   taller than the rows need, the rows spread out and the bars thicken (capped).
 *
 * Pure: (data, dimensions, state, language) → Scene; runs at build time and in the browser.
 * Words come with the data in both languages; numbers go through i18n/format.
 */
import { formatBillions, formatCompact, formatInteger, formatPercent } from '../../../i18n/format';
import type { Lang } from '../../../i18n/lang';
import { mark, type Dimensions, type Mark, type Scene } from '../../core/scene';
import { textWidth, wrapText } from '../../core/text';
import { linearScale } from '../../core/scale';

export type BarsFormat = 'integer' | 'percent' | 'billions' | 'compact';
export type Words = { en: string; es: string };

export interface BarsSeries {
	key: string;
	label: Words;
	/** A palette name (src/graphics/kinds/palette.ts). */
	colour: string;
	/** `stages` layout: the label under each bar for this series, `{value}` standing for the amount. */
	below?: Words;
}

export interface BarsCategory {
	key: string;
	label: Words;
	/** Values in series order. */
	values: number[];
	/** Its name in the table, when not the drawn one. */
	tableLabel?: Words;
	/** Colours this category's bar apart from its series (single-series charts). */
	colour?: string;
}

export interface BarsData {
	layout: 'inline' | 'stages';
	stacked: boolean;
	format: BarsFormat;
	/** Value labels also give the share of this total ("1,781,514 (61.2%)"). */
	shareOf?: number;
	/** In drawing order (already sorted). */
	categories: BarsCategory[];
	series: BarsSeries[];
	table: {
		category: Words;
		/** Long table (one row per category and series): the series column and the value column. */
		series?: Words;
		value?: Words;
		share?: Words;
		note?: Words;
		notes: { at: string; series?: string; text: Words }[];
	};
}

export interface BarsNote {
	/** A category key, as in the CSV. */
	at: string;
	/** With a series: the note replaces that series' label under the bar. */
	series?: string;
	text: string | string[];
}

export interface BarsState {
	/** The categories shown (the rest wait, hidden); default all. */
	show?: string[];
	/** Shows the categories up to and including this one. */
	through?: string;
	/** Categories and series in focus; the rest muted. */
	highlight?: string[];
	/** Categories struck through (a bill that failed): muted, with a line across. */
	strike?: string[];
	notes?: BarsNote[];
}

/** Font sizes of the classes used (src/styles/charts.css). */
const FONT = { legend: 13, note: 12.5, tick: 12 };
const NBSP = '\u00a0';

/** An amount as a short label (totals, legend, value labels). */
export function shortValue(v: number, format: BarsFormat, lang: Lang): string {
	switch (format) {
		case 'billions':
			return v === 0 ? (lang === 'es' ? '0 mdd' : '$0') : formatBillions(v, lang, true);
		case 'percent':
			return formatPercent(v, 1, lang);
		case 'compact':
			return formatCompact(v, lang);
		default:
			return formatInteger(v, lang);
	}
}

/** An amount in running text (labels under a bar): "13,600 millones de dólares" in Spanish. */
export function longValue(v: number, format: BarsFormat, lang: Lang): string {
	if (format === 'billions') return v === 0 ? (lang === 'es' ? '0 dólares' : '$0') : formatBillions(v, lang);
	return shortValue(v, format, lang);
}

const total = (c: BarsCategory, stacked: boolean) => (stacked ? c.values.reduce((a, b) => a + b, 0) : Math.max(0, ...c.values));

/** Which rows are shown, and where each hidden row waits (the shown row above it, else the first shown). */
function visibility(data: BarsData, state: BarsState): { shown: boolean[]; anchor: number[]; last: number } {
	const keys = data.categories.map((c) => c.key);
	let shown = keys.map(() => true);
	if (state.through !== undefined) {
		const end = keys.indexOf(state.through);
		shown = keys.map((_, i) => i <= end);
	}
	if (state.show) shown = keys.map((k, i) => shown[i]! && state.show!.includes(k));
	const first = Math.max(0, shown.indexOf(true));
	let above = first;
	const anchor = shown.map((s, i) => (s ? (above = i) : above));
	return { shown, anchor, last: Math.max(first, shown.lastIndexOf(true)) };
}

/** Whether series s of row r is in focus (ignoring strikes). */
function inFocus(data: BarsData, state: BarsState, r: number, s: number): boolean {
	const h = state.highlight;
	if (!h?.length) return true;
	return h.includes(data.categories[r]!.key) || h.includes(data.series[s]!.key);
}

/** A row's title or value label is soft when some categories are highlighted and it is not one of them. */
function soft(data: BarsData, state: BarsState, r: number): boolean {
	const h = state.highlight ?? [];
	const cats = data.categories.map((c) => c.key);
	return h.some((k) => cats.includes(k)) && !h.includes(cats[r]!);
}

const noteLines = (text: string | string[], width: number, size: number): string[] => (Array.isArray(text) ? text : [text]).flatMap((t) => wrapText(t, width, size, true));

export function barsScene(data: BarsData, dims: Dimensions, state: BarsState, lang: Lang = 'en'): Scene {
	return data.layout === 'stages' ? stagesScene(data, dims, state, lang) : inlineScene(data, dims, state, lang);
}

/* ---------- inline: name | bar | value ---------- */

const GAP = 8;
const VALUE_GAP = 6;

function inlineScene(data: BarsData, dims: Dimensions, state: BarsState, lang: Lang): Scene {
	const cats = data.categories;
	const n = data.series.length;
	const names = cats.map((c) => c.label[lang]);
	const valueOf = (v: number) => `${shortValue(v, data.format, lang)}${data.shareOf ? ` (${formatPercent((v / data.shareOf) * 100, 1, lang)})` : ''}`;
	const values = cats.map((c) => (data.stacked || n === 1 ? [valueOf(total(c, data.stacked))] : c.values.map(valueOf)));
	// Room for the names and the value labels, measured from the labels themselves
	// (DejaVu Sans widths, the widest common fallback font), with a floor.
	const labelW = Math.max(dims.width < 420 ? 84 : 104, Math.ceil(Math.max(...names.map((t) => textWidth(t, FONT.legend, true)))) + GAP + 2);
	const valueW = Math.max(dims.width < 420 ? 104 : 132, Math.ceil(Math.max(...values.flat().map((t) => textWidth(t, FONT.tick)))) + VALUE_GAP + 2);
	const top = 8;
	const rowH = (dims.height - top - 8) / Math.max(1, cats.length);
	// Notes read right of the value labels: the bars give up room for the widest (at most 40% of the width).
	const noteWidths = (state.notes ?? []).flatMap((n) => (Array.isArray(n.text) ? n.text : [n.text]).map((l) => textWidth(l, FONT.note, true)));
	const noteW = noteWidths.length ? Math.min(Math.max(...noteWidths) + 12, dims.width * 0.4) : 0;
	const max = Math.max(1, ...cats.map((c) => total(c, data.stacked)));
	const x = linearScale(max, labelW, Math.max(labelW + 20, dims.width - valueW - noteW), false);
	const { shown } = visibility(data, state);
	const notes: Mark[] = [];
	const marks = cats.flatMap((c, r) => {
		const y = top + r * rowH;
		const barH = Math.min(22, rowH * 0.7);
		const cy = y + rowH / 2;
		const hidden = shown[r] ? '' : ' is-hidden';
		const struck = state.strike?.includes(c.key);
		const out: Mark[] = [
			mark('text', `label-${c.key}`, { x: labelW - GAP, y: cy, dy: '0.35em', 'text-anchor': 'end' }, { className: `legend${soft(data, state, r) ? ' label-soft' : ''}${hidden}`, lines: [names[r]!] }),
		];
		const sub = data.stacked ? barH : barH / n;
		let before = 0;
		let end = labelW;
		c.values.forEach((v, s) => {
			const x0 = data.stacked ? x(before) : labelW;
			const w = Math.max(n === 1 ? 1 : 0, x(data.stacked ? before + v : v) - x0);
			const by = data.stacked ? cy - barH / 2 : cy - barH / 2 + s * sub;
			const muted = struck || !inFocus(data, state, r, s) ? ' is-muted' : '';
			const fill = `fill-c-${(n === 1 && c.colour) || data.series[s]!.colour}`;
			const key = n === 1 ? `bar-${c.key}` : `bar-${c.key}:${data.series[s]!.key}`;
			out.push(mark('rect', key, { x: x0, y: by, width: w, height: sub }, { className: `bar ${fill}${muted}${hidden}` }));
			end = Math.max(end, x0 + w);
			if (data.stacked) before += v;
		});
		values[r]!.forEach((text, i) => {
			const vy = values[r]!.length === 1 ? cy : cy - barH / 2 + (i + 0.5) * sub;
			const vx = values[r]!.length === 1 ? x(total(c, data.stacked)) : x(c.values[i]!);
			out.push(
				mark('text', values[r]!.length === 1 ? `value-${c.key}` : `value-${c.key}:${data.series[i]!.key}`, { x: vx + VALUE_GAP, y: vy, dy: '0.35em' }, { className: `tick${hidden}`, lines: [text] }),
			);
		});
		if (struck && shown[r]) notes.push(mark('line', `strike-${c.key}`, { x1: labelW, x2: end + 2, y1: cy, y2: cy }, { className: 'strike' }));
		// Notes go right of the value label, wrapped to the room left.
		const valueEnd = x(total(c, data.stacked)) + VALUE_GAP + Math.max(...values[r]!.map((t) => textWidth(t, FONT.tick)));
		(state.notes ?? [])
			.filter((note) => note.at === c.key && shown[r])
			.forEach((note, i) => {
				const nx = valueEnd + 10;
				const lines = noteLines(note.text, dims.width - nx - 2, FONT.note);
				notes.push(mark('text', i ? `note-${c.key}-${i}` : `note-${c.key}`, { x: nx, y: cy - ((lines.length - 1) * 1.2 * FONT.note) / 2, dy: '0.35em' }, { className: 'note', lines }));
			});
		return out;
	});
	return { width: dims.width, height: dims.height, layers: [{ id: 'bars', marks }, ...(notes.length ? [{ id: 'notes', marks: notes }] : [])] };
}

/* ---------- stages: legend, title above, total at the end, labels and notes below ---------- */

const LEGEND_LINE = 18;
const MIN_BAR = 10;
/** Bar thickness and gap between rows when the content just fits. */
const BAR = 30;
const GAP_ROWS = 28;
/** In a taller box: the thickest bar, the widest gap, the share of the spare room bars take, the part of the height left free. */
const MAX_BAR = 44;
const MAX_GAP = 96;
const BAR_SHARE = 0.25;
const SLACK = 0.15;
/** Beyond this many legend lines, amounts are left to the step text and the table. */
const MAX_LEGEND_LINES = 2;
const TITLE_LINE = 16;
const SLOT = 15;
/** Space between a bar and the first label under it. */
const BELOW_BAR = 8;
const X0 = 1;
const SEG_GAP = 1;
const SWATCH = 11;

interface LegendItem {
	series: number;
	text: string;
	muted: boolean;
}

function legendItems(data: BarsData, state: BarsState, lang: Lang, last: number | undefined): LegendItem[] {
	return data.series.map((s, i) => {
		const name = s.label[lang];
		const muted = last !== undefined && !inFocus(data, state, last, i);
		if (last === undefined) return { series: i, text: name, muted };
		return { series: i, text: `${name} ${shortValue(data.categories[last]!.values[i]!, data.format, lang)}`, muted };
	});
}

function legendLayout(items: LegendItem[], width: number): { item: LegendItem; x: number; line: number }[] {
	const placed: { item: LegendItem; x: number; line: number }[] = [];
	let x = X0;
	let line = 0;
	for (const item of items) {
		const w = SWATCH + 5 + textWidth(item.text, FONT.tick);
		if (x > X0 && x + w > width - 2) {
			line += 1;
			x = X0;
		}
		placed.push({ item, x, line });
		x += w + 16;
	}
	return placed;
}

/** The texts under row r: one label per series that has one (or the note that replaces it), then the notes. */
function belowTexts(data: BarsData, state: BarsState, r: number, width: number, lang: Lang): { key: string; lines: string[]; note: boolean }[] {
	const c = data.categories[r]!;
	const notes = (state.notes ?? []).filter((n) => n.at === c.key);
	const out: { key: string; lines: string[]; note: boolean }[] = [];
	data.series.forEach((s, i) => {
		const replaced = notes.find((n) => n.series === s.key);
		if (!s.below && !replaced) return;
		const text = replaced ? replaced.text : s.below![lang].replace('{value}', longValue(c.values[i]!, data.format, lang));
		out.push({ key: `${s.key}-label-${c.key}`, lines: noteLines(text, width - X0 - 2, FONT.note), note: false });
	});
	notes.filter((n) => !n.series).forEach((n, i) => out.push({ key: i ? `note-${c.key}-${i}` : `note-${c.key}`, lines: noteLines(n.text, width - X0 - 2, FONT.note), note: true }));
	return out;
}

function stagesScene(data: BarsData, dims: Dimensions, state: BarsState, lang: Lang): Scene {
	const { width, height } = dims;
	const cats = data.categories;
	const nSeries = data.series.length;
	const totals = cats.map((c) => total(c, data.stacked));
	const valueW = Math.max(...totals.map((t) => textWidth(shortValue(t, data.format, lang), FONT.legend, true))) + 12;
	const x = linearScale(Math.max(1e-9, ...totals), X0, Math.max(X0 + 40, width - valueW), false);
	const segment = (r: number, s: number) => {
		const c = cats[r]!;
		const before = data.stacked ? c.values.slice(0, s).reduce((a, b) => a + b, 0) : 0;
		const start = x(before);
		const full = x(before + c.values[s]!) - start;
		// A 1 px gap between neighbours; an empty series keeps its place at width 0.
		return { x: start, width: data.stacked && full > SEG_GAP * 2 ? full - SEG_GAP : Math.max(0, full) };
	};

	const { shown, anchor, last } = visibility(data, state);
	const overview = state.through === undefined && state.show === undefined;

	// Legend: the amounts of the last row shown, or names only (the overview, or where amounts take too much room).
	// Whether amounts fit depends on the size only, so the legend keeps its height from step to step.
	const linesOf = (items: LegendItem[]) => Math.max(...legendLayout(items, width).map((p) => p.line)) + 1;
	const legendValues = cats.every((_, r) => linesOf(legendItems(data, {}, lang, r)) <= MAX_LEGEND_LINES);
	const legendLines = legendValues ? Math.max(...cats.map((_, r) => linesOf(legendItems(data, {}, lang, r)))) : linesOf(legendItems(data, {}, lang, undefined));
	const items = legendItems(data, state, lang, overview ? undefined : last).map((item) => (legendValues ? item : { ...item, text: data.series[item.series]!.label[lang] }));

	const titles = cats.map((c) => wrapText(c.label[lang], width - X0 - 2, FONT.legend, true));
	const below = cats.map((_, r) => belowTexts(data, state, r, width, lang));
	const slots = below.map((texts) => texts.reduce((sum, t) => sum + t.lines.length, 0));
	const top = 4 + legendLines * LEGEND_LINE + 8;
	// The series labels alone (no notes): what every state has under its bars.
	const base = cats.map((_, r) => belowTexts(data, {}, r, width, lang).reduce((sum, t) => sum + t.lines.length, 0));
	const fixedOf = (slotCount: number) => titles.reduce((sum, t) => sum + t.length * TITLE_LINE + 4 + BELOW_BAR, 0) + slotCount * SLOT;
	const fixed = fixedOf(slots.reduce((a, b) => a + b, 0));
	const n = cats.length;
	const minGap = 10;
	// Too short a box (a phone held sideways): draw taller and let the SVG viewBox scale it down.
	const drawHeight = Math.max(height, Math.ceil(top + fixed + minGap * (n - 1) + 4 + n * MIN_BAR));
	const spare = drawHeight - top - fixed - minGap * (n - 1) - 4;
	let barH = Math.max(MIN_BAR, Math.min(BAR, spare / n));
	let gap = Math.min(GAP_ROWS, minGap + Math.max(0, (spare - barH * n) / Math.max(1, n - 1)));
	// A box taller than the content needs (the sticky scrollytelling box): past SLACK of the
	// height left free at the bottom, the room goes a quarter to thicker bars (up to MAX_BAR)
	// and the rest between the rows (up to MAX_GAP), so the rows spread over the height they
	// are given. At the spec's own sizes the content leaves less than that free, so the static
	// drawings keep their layout. The room is worked out from the series labels alone, not the
	// state's notes: a note takes from the free part at the bottom, so bars and rows keep their
	// places from step to step (unless the notes need more than that; then the rows close up).
	const free = drawHeight * SLACK;
	const room = (slotCount: number) => drawHeight - top - fixedOf(slotCount) - 4 - n * barH - (n - 1) * gap - free;
	const baseRoom = room(base.reduce((a, b) => a + b, 0));
	const spread = Math.min(baseRoom, room(slots.reduce((a, b) => a + b, 0)) + free);
	if (spread > 0) {
		const grow = Math.min(MAX_BAR - barH, (baseRoom * BAR_SHARE) / n, spread / n);
		barH += grow;
		gap = Math.min(MAX_GAP, gap + (spread - grow * n) / Math.max(1, n - 1));
	}
	const rows: { top: number; barY: number }[] = [];
	let y = top;
	titles.forEach((t, r) => {
		const barY = y + t.length * TITLE_LINE + 4;
		rows.push({ top: y, barY });
		y = barY + barH + BELOW_BAR + slots[r]! * SLOT + gap;
	});

	const bars: Mark[] = [];
	cats.forEach((c, r) => {
		const at = shown[r] ? r : anchor[r]!;
		const struck = state.strike?.includes(c.key);
		const sub = data.stacked ? barH : barH / nSeries;
		data.series.forEach((s, i) => {
			const seg = segment(at, i);
			const muted = struck || !inFocus(data, state, r, i);
			const status = !shown[r] ? ' is-hidden' : muted ? ' is-muted' : '';
			const by = rows[at]!.barY + (data.stacked ? 0 : i * sub);
			bars.push(mark('rect', `${c.key}:${s.key}`, { x: seg.x, y: by, width: seg.width, height: sub }, { className: `bar fill-c-${(nSeries === 1 && c.colour) || s.colour}${status}` }));
		});
	});

	const labels: Mark[] = [];
	const notes: Mark[] = [];
	cats.forEach((c, r) => {
		if (!shown[r]) return;
		const box = rows[r]!;
		const softClass = soft(data, state, r) ? ' label-soft' : '';
		const end = x(totals[r]!);
		labels.push(
			mark('text', `title-${c.key}`, { x: X0, y: box.top + 12 }, { className: `legend label-strong${softClass}`, lines: titles[r]! }),
			mark('text', `total-${c.key}`, { x: end + 6, y: box.barY + barH / 2, dy: '0.35em' }, { className: `legend${softClass}`, lines: [shortValue(totals[r]!, data.format, lang)] }),
		);
		let slot = 0;
		for (const t of below[r]!) {
			const m = mark('text', t.key, { x: X0, y: box.barY + barH + BELOW_BAR + slot * SLOT + 9 }, { className: 'note', lines: t.lines });
			(t.note ? notes : labels).push(m);
			slot += t.lines.length;
		}
		if (state.strike?.includes(c.key)) {
			const midY = box.barY + barH / 2;
			notes.push(mark('line', `strike-${c.key}`, { x1: X0, x2: end + 2, y1: midY, y2: midY }, { className: 'strike' }));
		}
	});

	const legend: Mark[] = legendLayout(items, width).flatMap(({ item, x: lx, line }) => {
		const cy = 4 + line * LEGEND_LINE + LEGEND_LINE / 2;
		const s = data.series[item.series]!;
		const muted = item.muted ? ' is-muted' : '';
		return [
			mark('rect', `legend-${s.key}`, { x: lx, y: cy - SWATCH / 2, width: SWATCH, height: SWATCH }, { className: `bar fill-c-${s.colour}${muted}` }),
			mark('text', `legend-${s.key}-label`, { x: lx + SWATCH + 5, y: cy, dy: '0.35em' }, { className: 'tick', lines: [item.text] }),
		];
	});

	return {
		width,
		height: drawHeight,
		layers: [
			{ id: 'legend', marks: legend },
			{ id: 'bars', marks: bars },
			{ id: 'labels', marks: labels },
			{ id: 'notes', marks: notes },
		],
	};
}

/** The "view the data" table: one row per category (wide), or per category and series (long). */
export function barsTable(data: BarsData, lang: Lang): { columns: string[]; rows: (string | number)[][] } {
	const t = data.table;
	const name = (c: BarsCategory) => (c.tableLabel ?? c.label)[lang].replace(new RegExp(NBSP, 'g'), ' ');
	if (t.series) {
		const tableValue = (v: number): string | number => {
			if (data.format === 'billions') return lang === 'es' ? Math.round(v * 1000) : v.toFixed(2);
			return v;
		};
		const noteOf = (c: BarsCategory, s: BarsSeries) => t.notes.find((n) => n.at === c.key && (!n.series || n.series === s.key))?.text[lang] ?? '';
		return {
			columns: [t.category[lang], t.series[lang], (t.value ?? t.series)[lang], ...(t.note ? [t.note[lang]] : [])],
			rows: data.categories.flatMap((c) => data.series.map((s, i) => [name(c), s.label[lang], tableValue(c.values[i]!), ...(t.note ? [noteOf(c, s)] : [])])),
		};
	}
	const share = data.shareOf && t.share ? t.share : undefined;
	return {
		columns: [t.category[lang], ...data.series.map((s) => s.label[lang]), ...(share ? [share[lang]] : [])],
		rows: data.categories.map((c) => [name(c), ...c.values, ...(share ? [((total(c, data.stacked) / data.shareOf!) * 100).toFixed(1)] : [])]),
	};
}
