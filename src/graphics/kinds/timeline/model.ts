/**
 * The timeline kind: dated events as markers on a time axis, optionally over a
 * context series of monthly values drawn as grey bars. Wide charts label every
 * marker, stacking labels in rows so that no label touches another label or crosses
 * another label's leader line (core/stacked-labels.ts). Narrow charts (phones) number
 * the markers instead; the caption and the table list the numbers.
 *
 * State: `from`/`through` crop the months shown; `highlight` (event ids, or a date
 * range [from, to]) mutes the rest; `notes` add labelled leaders at dates.
 *
 * Pure: (data, dimensions, state, language) → Scene. Runs in the browser.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Lang } from '../../../i18n/lang';
import { mark, type Dimensions, type Mark, type Scene } from '../../core/scene';
import { stackLabels, type StackItem } from '../../core/stacked-labels';
import { textWidth } from '../../core/text';
import { axisMonth } from '../../core/words';
import { shortDate, tick } from './words';

export interface Bilingual {
	en: string;
	es: string;
}

export interface TimelineEvent {
	/** 1, 2, … in date order: the number drawn on phones and listed in the caption and table. */
	n: number;
	id: string;
	/** YYYY-MM-DD for a dated event; YYYY-MM for a whole month (drawn mid-month). */
	date: string;
	/** Drawn after the short date on wide charts ("Washington meeting"). */
	label: Bilingual;
	/** The table's text of the event. */
	title: Bilingual;
}

export interface TimelineMonth {
	/** YYYY-MM */
	month: string;
	value: number;
}

/** What bind() makes of a spec and its CSV; plain JSON (the browser gets it as /data/<name>.json). */
export interface TimelineData {
	/** The months the chart covers, YYYY-MM. */
	from: string;
	to: string;
	/** The context series, one value a month from `from` to `to`; empty without one. */
	months: TimelineMonth[];
	legend?: Bilingual;
	/** A shorter legend for numbered (narrow) charts. */
	narrowLegend?: Bilingual;
	events: TimelineEvent[];
	table: { month: Bilingual; value?: Bilingual; events: Bilingual };
}

export interface TimelineNote {
	/** A date (YYYY-MM-DD) or a month (YYYY-MM) inside the data. */
	at: string;
	/** In the page's language; several lines are read as one label. */
	text: string | string[];
}

export interface TimelineState {
	/** First month shown (YYYY-MM). */
	from?: string;
	/** Last month shown (YYYY-MM). */
	through?: string;
	/** Event ids in focus, or a date range [from, to]; the rest is muted. */
	highlight?: string[];
	notes?: TimelineNote[];
}

export const NARROW_BELOW = 560;
const MARGIN = { left: 40, right: 10, bottom: 24 };
const LEGEND_Y = 8;
const FONT = { note: 12.5, tick: 12 };
const ROW_H = 15;

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;
/** A highlight is a date range when it is two dates; otherwise it lists event ids. */
export const isRange = (highlight: string[]): highlight is [string, string] => highlight.length === 2 && highlight.every((h) => DATE.test(h));
/** Is a date (YYYY-MM or YYYY-MM-DD) inside the range [from, to] of dates or months? */
export const within = (date: string, from: string, to: string): boolean => date.slice(0, from.length) >= from && date.slice(0, to.length) <= to;

/** Time of a date in ms (UTC). A whole month sits mid-month. */
export function dateTime(date: string): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
	return Date.UTC(y, m - 1, d ?? 16);
}
const monthStart = (month: string, plus = 0) => {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return Date.UTC(y, m - 1 + plus, 1);
};
const noteText = (text: string | string[]) => (Array.isArray(text) ? text.join(' ') : text);

/** Short labels of events in date order: the year on the first event of each year. */
export function eventLabels(events: TimelineEvent[], lang: Lang): string[] {
	const seenYears = new Set<string>();
	return events.map((e) => {
		const year = e.date.slice(0, 4);
		const withYear = !seenYears.has(year);
		seenYears.add(year);
		return `${shortDate(e.date, withYear, lang)}: ${e.label[lang]}`;
	});
}

export function timelineScene(data: TimelineData, dims: Dimensions, state: TimelineState = {}, lang: Lang = 'en'): Scene {
	const { width, height } = dims;
	const first = state.from ?? data.from;
	const last = state.through ?? data.to;
	const months = data.months.filter((m) => m.month >= first && m.month <= last);
	const events = data.events.filter((e) => within(e.date, first, last));
	const notes = (state.notes ?? []).filter((n) => within(n.at, first, last));
	const range = state.highlight && isRange(state.highlight) ? state.highlight : undefined;
	const inFocus = (e: TimelineEvent) => !state.highlight || (range ? within(e.date, range[0], range[1]) : state.highlight.includes(e.id));
	const muted = (focus: boolean) => (focus ? '' : ' is-muted');

	const hasContext = months.length > 0;
	const maxValue = Math.max(1, ...months.map((m) => m.value));
	const y = scaleLinear()
		.domain([0, maxValue * 1.03])
		.range([height - MARGIN.bottom, 0]);
	const ticks = hasContext ? y.ticks(height < 300 ? 2 : 3) : [];
	// Room for the widest tick label ("200 mil" is wider than "200K").
	const left = Math.max(MARGIN.left, Math.ceil(Math.max(0, ...ticks.map((v) => textWidth(tick(v, lang), FONT.tick)))) + 8);
	const x = scaleUtc()
		.domain([monthStart(first), monthStart(last, 1)])
		.range([left, width - MARGIN.right]);
	const xAt = (t: number) => x(new Date(t));
	const labelText = eventLabels(events, lang);

	// Markers: labels on wide charts, numbers on narrow ones (or when labels need too many rows). Notes always read in full.
	const maxLabelRows = Math.max(3, Math.floor((height * 0.4) / ROW_H));
	const noteItems: StackItem[] = notes.map((n, i) => {
		const text = noteText(n.text);
		return { key: `note-${i}`, text, x: xAt(dateTime(n.at)), width: textWidth(text, FONT.note, true) };
	});
	const items = (numbered: boolean): StackItem[] => [
		...events.map((e, i) => {
			const text = numbered ? String(e.n) : labelText[i]!;
			return { key: `marker-${e.n}`, text, x: xAt(dateTime(e.date)), width: textWidth(text, FONT.note, true) };
		}),
		...noteItems,
	];
	let numbered = width < NARROW_BELOW;
	let labels = numbered ? undefined : stackLabels(items(false), width, maxLabelRows);
	if (!labels) {
		numbered = true;
		labels = stackLabels(items(true), width, maxLabelRows, 3) ?? stackLabels(items(true).slice(0, events.length), width, maxLabelRows, 3) ?? [];
	}
	const rows = Math.max(1, ...labels.map((l) => l.row + 1));
	const labelsTop = hasContext && data.legend ? 24 : 4;
	const rowY = (row: number) => labelsTop + (rows - 1 - row) * ROW_H + ROW_H / 2;
	const stripY = labelsTop + rows * ROW_H + 6;
	const baseY = height - MARGIN.bottom;

	y.range([baseY, stripY + 10]);

	const legendText = data.legend && (numbered ? (data.narrowLegend ?? data.legend) : data.legend)[lang];
	const legend: Mark[] =
		hasContext && legendText
			? [
					mark('rect', 'legend-swatch', { x: 0, y: LEGEND_Y - 5, width: 10, height: 10 }, { className: 'bar fill-neutral' }),
					mark('text', 'legend-label', { x: 15, y: LEGEND_Y, dy: '0.35em', 'text-anchor': 'start' }, { className: 'label-small', lines: [legendText] }),
				]
			: [];

	const grid: Mark[] = hasContext
		? ticks.flatMap((v) => [
				mark('line', `grid-${v}`, { x1: left, x2: width - MARGIN.right, y1: y(v), y2: y(v) }, { className: v === 0 ? 'axis-base' : 'grid' }),
				mark('text', `ytick-${v}`, { x: left - 6, y: y(v), dy: '0.32em', 'text-anchor': 'end' }, { className: 'tick', lines: [tick(v, lang)] }),
			])
		: [mark('line', 'grid-0', { x1: left, x2: width - MARGIN.right, y1: baseY, y2: baseY }, { className: 'axis-base' })];

	const bars: Mark[] = months.map((m) => {
		const x0 = xAt(monthStart(m.month));
		const x1 = xAt(monthStart(m.month, 1));
		const padX = (x1 - x0) * 0.12;
		const focus = !range || within(m.month, range[0].slice(0, 7), range[1].slice(0, 7));
		return mark('rect', `bar-${m.month}`, { x: x0 + padX, y: y(m.value), width: Math.max(1, x1 - x0 - 2 * padX), height: y(0) - y(m.value) }, { className: `bar fill-neutral${muted(focus)}` });
	});

	// Month labels: quarters on wide charts, January and July on narrow ones; the first label has its year.
	const labelMonths = numbered ? ['01', '07'] : ['01', '04', '07', '10'];
	let seenYear = false;
	const xAxis: Mark[] = [];
	for (let t = monthStart(first); t < monthStart(last, 1);) {
		const month = new Date(t).toISOString().slice(0, 7);
		t = monthStart(month, 1);
		const mm = month.slice(5);
		if (!labelMonths.includes(mm)) continue;
		const x0 = xAt(monthStart(month));
		const text = axisMonth(month, mm === '01' || numbered || !seenYear, lang);
		seenYear = true;
		xAxis.push(
			mark('line', `xtick-line-${month}`, { x1: x0, x2: x0, y1: baseY, y2: baseY + 4 }, { className: 'axis-base' }),
			mark('text', `xtick-${month}`, { x: x0 + 2, y: baseY + 15, 'text-anchor': 'start' }, { className: 'tick', lines: [text] }),
		);
	}

	const focusOf = new Map(events.map((e) => [`marker-${e.n}`, inFocus(e)]));
	const markers: Mark[] = labels.flatMap((l) => {
		const ly = rowY(l.row);
		const isNote = l.key.startsWith('note-');
		const dim = muted(isNote || focusOf.get(l.key) !== false);
		return [
			mark('line', `${l.key}-leader`, { x1: l.x, x2: l.x, y1: ly - 5, y2: stripY - 3 }, { className: `note-leader${dim}` }),
			...(isNote ? [] : [mark('circle', `${l.key}-dot`, { cx: l.x, cy: stripY, r: 3 }, { className: `fill-text${dim}` })]),
			mark('text', `${l.key}-label`, { x: l.anchor === 'start' ? l.x + 4 : l.x - 4, y: ly, dy: '0.35em', 'text-anchor': l.anchor }, { className: `note${dim}`, lines: [l.text] }),
		];
	});

	return {
		width,
		height,
		layers: [
			{ id: 'legend', marks: legend },
			{ id: 'grid', marks: grid },
			{ id: 'bars', marks: bars },
			{ id: 'x-axis', marks: xAxis },
			{ id: 'markers', marks: markers },
		],
	};
}
