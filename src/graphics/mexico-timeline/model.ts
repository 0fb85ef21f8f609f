/**
 * The Mexico talks against the border numbers: monthly southwest-border encounters
 * as grey context bars, with the dated events of the story as markers above them.
 * Wide charts label every marker, stacking labels in rows so that no label touches
 * another label or crosses another label's leader line. Narrow charts (phones)
 * number the markers instead; the caption and the table list the numbers.
 *
 * Pure: (data, dimensions) → Scene.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Lang } from '../../i18n/lang';
import { mark, type Dimensions, type Mark, type Scene } from '../core/scene';
import { charCountWidth, textWidth as dejaVuWidth } from '../core/text';
import { markerLabels, WORDS } from './strings';

export interface TimelineMonth {
	/** YYYY-MM */
	month: string;
	total: number;
}

export interface TimelineMarker {
	/** 1, 2, … in date order: the number drawn on phones and listed in the caption. */
	n: number;
	id: string;
	/** YYYY-MM-DD for a dated event; YYYY-MM for a whole month (drawn mid-month). */
	date: string;
	/** English label drawn on wide charts, e.g. "Jan 19: Washington meeting" (the scene composes it per language from strings.ts). */
	label: string;
}

export interface TimelineData {
	months: TimelineMonth[];
	markers: TimelineMarker[];
}

export const TIMELINE_STATES = ['overview'] as const;

export const NARROW_BELOW = 560;
const MARGIN = { left: 40, right: 10, bottom: 24 };
const LEGEND_Y = 8;
const FONT = { note: 12.5, tick: 12, small: 11.5 };

/** Width estimate: 0.55 × font size × characters (0.6 for bold labels, to be safe). */
export const textWidth = charCountWidth;

/** Time of a marker or month start, in ms (UTC). A whole month sits mid-month. */
export function markerTime(date: string): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
	return Date.UTC(y, m - 1, d ?? 16);
}
const monthStart = (month: string, plus = 0) => {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return Date.UTC(y, m - 1 + plus, 1);
};

export interface PlacedLabel {
	marker: TimelineMarker;
	text: string;
	x: number;
	anchor: 'start' | 'end';
	/** Horizontal extent of the text (4 px from the leader at x). */
	left: number;
	right: number;
	row: number;
}

/**
 * Stacks labels in rows above their markers. Each label hangs from a leader line at
 * its marker's x and reads rightwards from it, or leftwards ("end") when it would
 * run off the chart or across the leader of a label to its right that already reads
 * leftwards. A label takes the lowest row where (1) it overlaps no label of that
 * row, (2) its leader, which runs down through the rows below, crosses no text
 * there, and (3) no leader from a higher label crosses its text. Labels reading
 * rightwards are placed right to left, then those reading leftwards left to right:
 * in that order leaders and text nest. Returns undefined when a label finds no
 * row below `maxRows` or cannot fit the width.
 */
export function stackLabels(items: { marker: TimelineMarker; text: string; x: number; width: number }[], chartRight: number, maxRows: number, pad = 6): PlacedLabel[] | undefined {
	const GAP = 4;
	const decided: (PlacedLabel & { width: number })[] = [];
	for (const it of [...items].sort((a, b) => b.x - a.x)) {
		const startRight = it.x + GAP + it.width;
		const coversLeftReader = decided.some((d) => d.anchor === 'end' && d.x > it.x && startRight >= d.x - 1);
		const anchor: 'start' | 'end' = startRight > chartRight || coversLeftReader ? 'end' : 'start';
		const left = anchor === 'start' ? it.x + GAP : it.x - GAP - it.width;
		const right = anchor === 'start' ? startRight : it.x - GAP;
		if (left < 0 || right > chartRight) return undefined;
		decided.push({ marker: it.marker, text: it.text, x: it.x, anchor, left, right, row: -1, width: it.width });
	}
	const order = [...decided.filter((l) => l.anchor === 'start'), ...decided.filter((l) => l.anchor === 'end').sort((a, b) => a.x - b.x)];
	const placed: PlacedLabel[] = [];
	for (const l of order) {
		// In its own row a label also occupies its leader's x.
		const lo = Math.min(l.left, l.x);
		const hi = Math.max(l.right, l.x);
		const fits = (r: number) =>
			placed.every((p) => {
				if (p.row === r) return hi + pad <= Math.min(p.left, p.x) || lo >= Math.max(p.right, p.x) + pad;
				if (p.row < r) return l.x < p.left - 1 || l.x > p.right + 1;
				return p.x < l.left - 1 || p.x > l.right + 1;
			});
		let row = 0;
		while (row < maxRows && !fits(row)) row++;
		if (row >= maxRows) return undefined;
		placed.push({ marker: l.marker, text: l.text, x: l.x, anchor: l.anchor, left: l.left, right: l.right, row });
	}
	return placed.sort((a, b) => a.marker.n - b.marker.n);
}

export function timelineScene(data: TimelineData, dims: Dimensions, lang: Lang = 'en'): Scene {
	const words = WORDS[lang];
	const { width, height } = dims;
	const first = data.months[0]!.month;
	const last = data.months[data.months.length - 1]!.month;
	const maxTotal = Math.max(...data.months.map((m) => m.total));
	const y = scaleLinear()
		.domain([0, maxTotal * 1.03])
		.range([height - MARGIN.bottom, 0]);
	const ticks = y.ticks(height < 300 ? 2 : 3);
	// Room for the widest tick label ("200 mil" is wider than "200K").
	const left = Math.max(MARGIN.left, Math.ceil(Math.max(...ticks.map((v) => dejaVuWidth(words.tick(v), 12)))) + 8);
	const x = scaleUtc()
		.domain([monthStart(first), monthStart(last, 1)])
		.range([left, width - MARGIN.right]);
	const xAt = (t: number) => x(new Date(t));
	const labelText = markerLabels(data.markers, maxTotal, lang);

	// Markers: labels on wide charts, numbers on narrow ones (or when labels need too many rows).
	const rowH = 15;
	const maxLabelRows = Math.max(3, Math.floor((height * 0.4) / rowH));
	const items = (numbered: boolean) =>
		data.markers.map((m, i) => {
			const text = numbered ? String(m.n) : labelText[i]!;
			return { marker: m, text, x: xAt(markerTime(m.date)), width: textWidth(text, FONT.note, true) };
		});
	let numbered = width < NARROW_BELOW;
	let labels = numbered ? undefined : stackLabels(items(false), width, maxLabelRows);
	if (!labels) {
		numbered = true;
		labels = stackLabels(items(true), width, maxLabelRows, 3) ?? [];
	}
	const rows = Math.max(1, ...labels.map((l) => l.row + 1));
	const labelsTop = 24;
	const rowY = (row: number) => labelsTop + (rows - 1 - row) * rowH + rowH / 2;
	const stripY = labelsTop + rows * rowH + 6;

	y.range([height - MARGIN.bottom, stripY + 10]);

	const legendText = numbered ? words.legend[1] : words.legend[0];
	const legend: Mark[] = [
		mark('rect', 'legend-swatch', { x: 0, y: LEGEND_Y - 5, width: 10, height: 10 }, { className: 'bar fill-neutral' }),
		mark('text', 'legend-label', { x: 15, y: LEGEND_Y, dy: '0.35em', 'text-anchor': 'start' }, { className: 'label-small', lines: [legendText] }),
	];

	const grid: Mark[] = ticks.flatMap((v) => [
		mark('line', `grid-${v}`, { x1: left, x2: width - MARGIN.right, y1: y(v), y2: y(v) }, { className: v === 0 ? 'axis-base' : 'grid' }),
		mark('text', `ytick-${v}`, { x: left - 6, y: y(v), dy: '0.32em', 'text-anchor': 'end' }, { className: 'tick', lines: [words.tick(v)] }),
	]);

	const bars: Mark[] = data.months.map((m) => {
		const x0 = xAt(monthStart(m.month));
		const x1 = xAt(monthStart(m.month, 1));
		const padX = (x1 - x0) * 0.12;
		return mark('rect', `bar-${m.month}`, { x: x0 + padX, y: y(m.total), width: Math.max(1, x1 - x0 - 2 * padX), height: y(0) - y(m.total) }, { className: 'bar fill-neutral' });
	});

	// Month labels: quarters on wide charts, January and July on narrow ones.
	const labelMonths = numbered ? ['01', '07'] : ['01', '04', '07', '10'];
	const xAxis: Mark[] = data.months.flatMap((m) => {
		const mm = m.month.slice(5);
		if (!labelMonths.includes(mm)) return [];
		const x0 = xAt(monthStart(m.month));
		const text = words.month(m.month, mm === '01' || numbered);
		return [
			mark('line', `xtick-line-${m.month}`, { x1: x0, x2: x0, y1: y(0), y2: y(0) + 4 }, { className: 'axis-base' }),
			mark('text', `xtick-${m.month}`, { x: x0 + 2, y: y(0) + 15, 'text-anchor': 'start' }, { className: 'tick', lines: [text] }),
		];
	});

	const markers: Mark[] = labels.flatMap((l) => {
		const ly = rowY(l.row);
		const key = `marker-${l.marker.n}`;
		return [
			mark('line', `${key}-leader`, { x1: l.x, x2: l.x, y1: ly - 5, y2: stripY - 3 }, { className: 'note-leader' }),
			mark('circle', `${key}-dot`, { cx: l.x, cy: stripY, r: 3 }, { className: 'fill-text' }),
			mark('text', `${key}-label`, { x: l.anchor === 'start' ? l.x + 4 : l.x - 4, y: ly, dy: '0.35em', 'text-anchor': l.anchor }, { className: 'note', lines: [l.text] }),
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
