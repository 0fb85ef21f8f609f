/**
 * The time-series kind's scene: monthly or dated rows as bars (stacked or side by
 * side) or lines, one colour per series, a y axis with formatted ticks, a legend,
 * period shading, dashed markers and, per state, the range shown (`through`), a
 * range or series in focus, notes with leader lines and a reference line.
 *
 * Pure: (data, dimensions, state, language) → Scene. Runs at build time and in the
 * browser, so it imports no schema library and no file reader. The y scale never
 * changes between states, so heights stay comparable; every mark keeps its key in
 * every state (months not shown yet collapse to the baseline), so states animate.
 * Rows sit in equal bands, one per row, in data order.
 */
import { formatBillions, formatCompact, formatDate, formatInteger, formatMonth, formatPercent } from '../../../i18n/format';
import type { Lang } from '../../../i18n/lang';
import { noteMarks, type Box } from '../../core/labels';
import { linearScale } from '../../core/scale';
import { LINE_HEIGHT_EM, mark, type Dimensions, type Mark, type Scene } from '../../core/scene';
import { textWidth, wrapText } from '../../core/text';
import { axisMonth } from '../../core/words';

export type Format = 'integer' | 'percent' | 'billions' | 'compact';

interface Words {
	en: string;
	es: string;
}

/** What bind() makes of the spec and the CSV: plain JSON, sent to the browser as /data/<name>.json. */
export interface SeriesData {
	/** The x values: months (YYYY-MM) or days (YYYY-MM-DD), in order. */
	x: string[];
	/** Words of the x column (table header). */
	xLabel: Words;
	series: {
		column: string;
		/** Legend and table header; `short` is the legend on narrow charts. */
		label: Words;
		short: Words;
		colour: string;
		values: number[];
	}[];
	/** An optional total column, shown in the table (and the top of a stack). */
	total?: { label: Words; values: number[] };
	mark: 'bars' | 'lines';
	stacked: boolean;
	format: Format;
	y: { max?: number; ticks?: number };
	periods: { from: string; to: string; label?: Words }[];
	markers: { at: string; label?: Words }[];
}

export interface Note {
	/** The x value the note points at. */
	at: string;
	/** The note's words in the page's language: one string (wrapped) or its lines. */
	text: string | string[];
	/** How far above the data the label sits, px (default 20). */
	lift?: number;
	/** Which side of its leader the label sits; by default, away from the right edge. */
	side?: 'left' | 'right';
	/** Apply `side` only where the plot is at least this wide (phones keep the default). */
	sideFrom?: number;
	/** Leave the note out where the plot is narrower than this, px. */
	minPlot?: number;
}

export interface SeriesState {
	/** Last x shown; later bars collapse to the baseline (lines stay at the last value shown). */
	through?: string;
	/** The range in focus (inclusive); the rest is muted. */
	highlight?: [string, string];
	/** One series in focus (its column); the others are muted. */
	series?: string;
	notes?: Note[];
	/** A horizontal reference line; `text` as one string (wrapped when too wide) or lines joined when they fit. */
	reference?: { value: number; text: string | string[] };
}

const MARGIN = { top: 44, right: 12, bottom: 26, left: 42 };
/** Line step of note labels, px, to lift multi-line labels. */
const NOTE_LINE = 14;
const NOTE_FONT = 12.5;
/** The widest a note given as one string is wrapped to, px. */
const NOTE_WRAP = 170;

export function formatValue(value: number, format: Format, lang: Lang): string {
	if (format === 'compact') return formatCompact(value, lang);
	if (format === 'percent') return formatPercent(value, 0, lang);
	if (format === 'billions') return formatBillions(value, lang, true);
	return formatInteger(value, lang);
}

/** "2023-12" → "December 2023"; "2023-12-05" → "December 5, 2023" (Spanish style in es). */
export function formatX(x: string, lang: Lang): string {
	return x.length === 7 ? formatMonth(x, lang) : formatDate(x, lang);
}

/** The value at the top of each row: the stack's total, or the highest series. */
export function tops(data: SeriesData): number[] {
	return data.x.map((_, i) => (data.stacked ? data.series.reduce((s, ser) => s + ser.values[i]!, 0) : Math.max(...data.series.map((ser) => ser.values[i]!))));
}

/** Longest monthly series labelled by month rather than by year. */
const MONTH_TICKS_MAX = 24;

/**
 * The x axis's ticks: an index into the x values and its label. A monthly series of up to
 * two years is labelled by month ("Mar 2024", "Apr", … "Jan 2025"), every first, second,
 * third or sixth month, the fewest steps whose labels fit apart and inside the chart
 * (`room`: from the first band's start to the chart's right edge). Longer series, or
 * months too tight even every sixth, are labelled by year, every other year on narrow charts.
 */
export function xAxisTicks(x: string[], innerW: number, room: number, lang: Lang): { i: number; label: string }[] {
	const band = innerW / x.length;
	const monthly = x.every((v) => /^\d{4}-\d{2}$/.test(v));
	if (monthly && x.length <= MONTH_TICKS_MAX) {
		for (const step of [1, 2, 3, 6]) {
			const ticks = x.flatMap((v, i) => (i % step === 0 ? [{ i, label: axisMonth(v, i === 0 || v.endsWith('-01'), lang) }] : []));
			const widths = ticks.map((t) => textWidth(t.label, 12) + 2);
			const apart = ticks.every((t, k) => k === ticks.length - 1 || widths[k]! + 6 <= (ticks[k + 1]!.i - t.i) * band);
			const inside = ticks.every((t, k) => t.i * band + widths[k]! <= room);
			if (apart && inside) return ticks;
		}
	}
	return x.flatMap((v, i) => {
		const year = v.slice(0, 4);
		if (i !== 0 && x[i - 1]!.slice(0, 4) === year) return [];
		// On narrow charts, label every other year to keep labels apart.
		return [{ i, label: innerW < 300 && Number(year) % 2 === 1 && i !== 0 ? '' : year }];
	});
}

/** The scene for one state at one size, with the words of one language. */
export function timeSeriesScene(data: SeriesData, dims: Dimensions, state: SeriesState, lang: Lang): Scene {
	const { width, height } = dims;
	const last = data.x.at(-1)!;
	const through = state.through ?? last;
	const top = tops(data);
	const y = linearScale(data.y.max ?? Math.max(...top), height - MARGIN.bottom, MARGIN.top);
	const tick = (v: number) => formatValue(v, data.format, lang);
	const tickValues = y.ticks(data.y.ticks ?? (height < 260 ? 3 : 4));
	// Room for the widest tick label ("300 mil" is wider than "300K").
	const left = Math.max(MARGIN.left, Math.ceil(Math.max(...tickValues.map((v) => textWidth(tick(v), 12)))) + 8);
	const innerW = Math.max(10, width - left - MARGIN.right);
	const band = innerW / data.x.length;
	const barCount = data.mark === 'bars' && !data.stacked ? data.series.length : 1;
	const barW = Math.max(1, (band * 0.8) / barCount);
	const barX = (i: number, k: number) => left + i * band + (band - barW * barCount) / 2 + (barCount > 1 ? k * barW : 0);
	const centerOf = (i: number) => left + (i + 0.5) * band;
	const indexOf = (x: string) => data.x.indexOf(x);
	const inFocus = (x: string) => !state.highlight || (x >= state.highlight[0] && x <= state.highlight[1]);
	const seriesMuted = (column: string) => state.series !== undefined && state.series !== column;
	const base = y(0);

	const marks: Mark[] = [];
	if (data.mark === 'bars') {
		// A series' bars stop after its last non-zero value (e.g. a policy that ended): no empty marks.
		const lastNonZero = data.series.map((s) => s.values.reduce((at, v, i) => (v !== 0 ? i : at), -1));
		data.x.forEach((x, i) => {
			const shown = x <= through;
			let below = 0;
			data.series.forEach((s, k) => {
				const v = s.values[i]!;
				const y0 = data.stacked ? below : 0;
				below += v;
				if (i > lastNonZero[k]!) return;
				const yTop = shown ? y(y0 + v) : base;
				const yBase = shown ? y(y0) : base;
				const muted = !inFocus(x) || seriesMuted(s.column);
				marks.push(mark('rect', `${x}-${s.column}`, { x: barX(i, k), y: yTop, width: barW, height: yBase - yTop }, { className: `bar fill-c-${s.colour}${muted ? ' is-muted' : ''}` }));
			});
		});
	} else {
		const throughIndex = Math.max(0, indexOf(through));
		data.series.forEach((s) => {
			const point = (i: number) => `${centerOf(i).toFixed(1)},${y(s.values[Math.min(i, throughIndex)]!).toFixed(1)}`;
			const path = (from: number, to: number) =>
				`M${data.x
					.slice(from, to + 1)
					.map((_, j) => point(from + j))
					.join('L')}`;
			const cls = `series-line stroke-c-${s.colour}`;
			const hiFrom = state.highlight ? Math.max(0, indexOf(state.highlight[0])) : 0;
			const hiTo = state.highlight ? indexOf(state.highlight[1]) : data.x.length - 1;
			marks.push(mark('path', `line-${s.column}`, { d: path(0, data.x.length - 1), fill: 'none' }, { className: `${cls}${state.highlight || seriesMuted(s.column) ? ' is-muted' : ''}` }));
			marks.push(mark('path', `line-${s.column}-focus`, { d: path(hiFrom, hiTo), fill: 'none' }, { className: `${cls}${seriesMuted(s.column) ? ' is-muted' : ''}` }));
		});
	}

	const periods: Mark[] = data.periods.flatMap((p, k) => {
		const i0 = indexOf(p.from);
		const i1 = indexOf(p.to);
		if (i0 < 0 || i1 < 0) return [];
		const x0 = left + i0 * band;
		const shade = mark('rect', `period-${p.from}`, { x: x0, y: MARGIN.top, width: (i1 - i0 + 1) * band, height: base - MARGIN.top }, { className: 'period' });
		return p.label ? [shade, mark('text', `period-${p.from}-label`, { x: x0 + 3, y: MARGIN.top + 12 + (k % 2) * 14 }, { className: 'period-label', lines: [p.label[lang]] })] : [shade];
	});

	const yTicks: Mark[] = tickValues.flatMap((v) => [
		mark('line', `grid-${v}`, { x1: left, x2: width - MARGIN.right, y1: y(v), y2: y(v) }, { className: v === 0 ? 'axis-base' : 'grid' }),
		mark('text', `ytick-${v}`, { x: left - 6, y: y(v), dy: '0.32em', 'text-anchor': 'end' }, { className: 'tick', lines: [tick(v)] }),
	]);

	const xTicks: Mark[] = xAxisTicks(data.x, innerW, width - left, lang).flatMap(({ i, label }) => [
		mark('line', `xtick-line-${data.x[i]}`, { x1: left + i * band, x2: left + i * band, y1: base, y2: base + 5 }, { className: 'axis-base' }),
		mark('text', `xtick-${data.x[i]}`, { x: left + i * band + 2, y: base + 18, 'text-anchor': 'start' }, { className: 'tick', lines: [label] }),
	]);

	// Legend: the full label, or the short one where it would run past the edge.
	const legendText = (s: SeriesData['series'][number]) => (textWidth(s.label[lang], 13, true) <= width - left - 17 - 2 ? s.label[lang] : s.short[lang]);
	const legend: Mark[] = data.series.flatMap((s, k) => [
		data.mark === 'bars'
			? mark('rect', `legend-${s.column}`, { x: left, y: 6 + 18 * k, width: 12, height: 12 }, { className: `bar fill-c-${s.colour}` })
			: mark('line', `legend-${s.column}`, { x1: left, x2: left + 12, y1: 12 + 18 * k, y2: 12 + 18 * k }, { className: `series-line stroke-c-${s.colour}` }),
		mark('text', `legend-${s.column}-label`, { x: left + 17, y: 12 + 18 * k, dy: '0.35em' }, { className: 'legend', lines: [legendText(s)] }),
	]);
	// One box per legend row (swatch and label), for notes to keep clear of.
	const legendBoxes: Box[] = data.series.map((s, k) => ({ x0: left, x1: left + 17 + textWidth(legendText(s), 13, true), y0: k * 18, y1: k * 18 + 19 }));

	const notes = noteMarks(
		(state.notes ?? []).flatMap((note) => {
			const i = indexOf(note.at);
			if (i < 0 || innerW < (note.minPlot ?? 0)) return [];
			const lines = typeof note.text === 'string' ? wrapText(note.text, NOTE_WRAP, NOTE_FONT, true) : note.text;
			const cx = centerOf(i);
			const anchor = y(top[i]!);
			const side = note.side && innerW >= (note.sideFrom ?? 0) ? note.side : undefined;
			const alignEnd = side ? side === 'left' : cx > left + innerW * 0.55;
			return [{ key: `note-${note.at}`, lines, x: cx, top: anchor, alignEnd, y: Math.max(MARGIN.top + 10, anchor - (note.lift ?? 20) - (lines.length - 1) * NOTE_LINE) }];
		}),
		{
			left,
			right: width,
			obstacles: [
				...legendBoxes,
				// Text may cross a muted bar (it stays readable over the pale fill), never a bar in focus.
				...marks
					.filter((b) => b.tag === 'rect' && Number(b.attrs.height) > 0.5 && !b.className?.includes('is-muted'))
					.map((b) => ({ x0: Number(b.attrs.x), x1: Number(b.attrs.x) + Number(b.attrs.width), y0: Number(b.attrs.y), y1: Number(b.attrs.y) + Number(b.attrs.height) })),
			],
		},
	);

	// Markers: a dashed line at the start of the row, from the baseline to the top of the plot once shown.
	const markers: Mark[] = data.markers.flatMap((m) => {
		const i = indexOf(m.at);
		if (i < 0) return [];
		const shown = m.at <= through;
		const x = left + i * band;
		const line = mark('line', `marker-${m.at}`, { x1: x, x2: x, y1: base, y2: shown ? MARGIN.top : base }, { className: 'reference marker' });
		return m.label && shown ? [line, mark('text', `marker-${m.at}-label`, { x: x + 3, y: MARGIN.top - 4 }, { className: 'tick', lines: [m.label[lang]] })] : [line];
	});

	// The reference label on one line, or wrapped where one line would run past the edge;
	// its last line sits just above the line.
	const reference: Mark[] = [];
	if (state.reference) {
		const room = width - left - 4 - 2;
		const fits = (l: string[]) => Math.max(...l.map((t) => textWidth(t, NOTE_FONT, true))) <= room;
		const text = state.reference.text;
		const oneLine = typeof text === 'string' ? text : text.join(' ');
		const lines = fits([oneLine]) ? [oneLine] : typeof text === 'string' ? wrapText(text, room, NOTE_FONT, true) : text;
		const ry = y(state.reference.value);
		reference.push(
			mark('line', 'reference-line', { x1: left, x2: width - MARGIN.right, y1: ry, y2: ry }, { className: 'reference' }),
			mark('text', 'reference-label', { x: left + 4, y: ry - 6 - (lines.length - 1) * LINE_HEIGHT_EM * NOTE_FONT }, { className: 'note note--reference', lines }),
		);
	}

	return {
		width,
		height,
		layers: [
			...(periods.length ? [{ id: 'periods', marks: periods }] : []),
			{ id: 'grid', marks: yTicks },
			{ id: data.mark === 'bars' ? 'bars' : 'lines', marks },
			{ id: 'x-axis', marks: xTicks },
			{ id: 'markers', marks: markers },
			{ id: 'reference', marks: reference },
			{ id: 'notes', marks: notes },
			{ id: 'legend', marks: legend },
		],
	};
}
