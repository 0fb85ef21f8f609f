/**
 * Monthly southwest-border encounters, stacked by legal authority (Title 42 at the
 * base, Title 8 above), for each step of the Title 42 story.
 *
 * Pure: (rows, dimensions, state) → Scene. The y scale never changes between
 * states, so bar heights stay comparable; states reveal months, bring a period into
 * focus and add plain-language notes.
 */
import { scaleLinear } from 'd3-scale';
import { LINE_HEIGHT_EM, mark, type Dimensions, type Mark, type Scene } from '../core/scene';
import { noteMarks, type Box } from '../core/labels';
import { textWidth } from '../core/text';
import { en, type EncountersWords } from './strings';

export interface MonthRow {
	month: string;
	title8: number;
	title42: number;
	total: number;
}

export const ENCOUNTER_STATES = ['overview', 'order', 'rise', 'repeat', 'courts', 'end', 'record', 'after', 'collapse'] as const;
export type EncountersState = (typeof ENCOUNTER_STATES)[number];

interface Note {
	month: string;
	/** How far above the bar's top the label sits, in pixels. */
	lift: number;
	/** Which side of its leader line the label sits; by default, away from the right edge. */
	side?: 'left' | 'right';
	/** Apply `side` only where the plot is at least this wide (phones keep the default). */
	sideFrom?: number;
	/** Leave the note out where the plot is narrower than this (the chart's caption still says it). */
	minPlot?: number;
}

interface StateSpec {
	/** Last month shown; later months are collapsed to the baseline. */
	through: string;
	/** Months in focus (inclusive); others are muted. */
	focus?: [string, string];
	/** Only one authority in focus. */
	focusSeries?: 't42' | 't8';
	/** Where notes go; their words are in strings.ts, in the same order. */
	notes: Note[];
	/** A horizontal reference line, e.g. Mexico's 30,000-a-month returns ceiling (label in strings.ts). */
	reference?: { value: number };
}

/**
 * Policy changes drawn as dashed vertical lines at the start of their month, in every
 * state that shows that month: the asylum proclamation in effect from June 5, 2024 and
 * the proclamations of January 20, 2025. The notes and the chart caption name them.
 */
export const POLICY_MARKERS = ['2024-06', '2025-01'] as const;

const SPECS: Record<EncountersState, StateSpec> = {
	overview: {
		through: '2026-07',
		notes: [
			// Since the chart runs to 2026 these months sit mid-chart: each label takes the side
			// away from the other, the record's over the low bars of 2024–2026.
			{ month: '2023-05', lift: 70, side: 'left', minPlot: 280 },
			{ month: '2023-12', lift: 14, side: 'right', sideFrom: 400, minPlot: 280 },
		],
	},
	order: {
		through: '2020-12',
		focus: ['2020-03', '2020-12'],
		notes: [
			{ month: '2020-03', lift: 90 },
			{ month: '2020-04', lift: 40 },
		],
	},
	rise: {
		through: '2021-12',
		focus: ['2021-01', '2021-12'],
		notes: [
			{ month: '2021-05', lift: 60 },
			{ month: '2021-07', lift: 14 },
		],
	},
	repeat: {
		through: '2021-12',
		focus: ['2020-03', '2021-12'],
		notes: [{ month: '2021-07', lift: 16 }],
	},
	courts: {
		through: '2022-12',
		focus: ['2022-04', '2022-12'],
		notes: [
			{ month: '2022-05', lift: 40 },
			{ month: '2022-12', lift: 14 },
		],
	},
	end: {
		through: '2023-06',
		focus: ['2023-05', '2023-06'],
		notes: [
			{ month: '2023-05', lift: 60 },
			{ month: '2023-06', lift: 16 },
		],
	},
	record: {
		through: '2024-01',
		focus: ['2023-12', '2024-01'],
		notes: [
			{ month: '2023-12', lift: 10 },
			{ month: '2024-01', lift: 40, side: 'right' },
		],
		reference: { value: 30000 },
	},
	after: {
		through: '2024-12',
		focus: ['2024-01', '2024-12'],
		notes: [
			{ month: '2024-06', lift: 60 },
			{ month: '2024-12', lift: 40 },
		],
	},
	collapse: {
		through: '2026-07',
		focus: ['2025-01', '2026-07'],
		notes: [
			{ month: '2025-01', lift: 50 },
			{ month: '2025-07', lift: 30 },
		],
	},
};

const MARGIN = { top: 44, right: 12, bottom: 26, left: 42 };
/** Line height of note labels (px), to lift multi-line labels. */
const NOTE_LINE = 14;

export function isEncountersState(value: string): value is EncountersState {
	return (ENCOUNTER_STATES as readonly string[]).includes(value);
}

/** The scene for one state at one size, with the words of one language (English by default). */
export function encountersScene(rows: MonthRow[], dims: Dimensions, state: EncountersState, words: EncountersWords = en): Scene {
	const spec = SPECS[state];
	const { width, height } = dims;
	const y = scaleLinear()
		.domain([0, Math.max(...rows.map((r) => r.total))])
		.nice()
		.range([height - MARGIN.bottom, MARGIN.top]);
	const tickValues = y.ticks(height < 260 ? 3 : 4);
	// Room for the widest tick label ("300 mil" is wider than "300K").
	const left = Math.max(MARGIN.left, Math.ceil(Math.max(...tickValues.map((v) => textWidth(words.tick(v), 12)))) + 8);
	const innerW = Math.max(10, width - left - MARGIN.right);
	const band = innerW / rows.length;
	const barW = Math.max(1, band * 0.8);
	const xOf = (i: number) => left + i * band + (band - barW) / 2;
	const centerOf = (i: number) => left + (i + 0.5) * band;
	const indexOf = (month: string) => rows.findIndex((r) => r.month === month);

	// After the last month with any Title 42 encounter (May 2023) there is no Title 42 slice to
	// draw in any state, so those months get one bar only: the page carries fewer empty marks.
	const lastT42 = rows.reduce((last, r, i) => (r.title42 > 0 ? i : last), -1);
	const bars: Mark[] = [];
	rows.forEach((row, i) => {
		const shown = row.month <= spec.through;
		const inFocus = !spec.focus || (row.month >= spec.focus[0] && row.month <= spec.focus[1]);
		const base = y(0);
		const t42Top = shown ? y(row.title42) : base;
		const t8Top = shown ? y(row.title42 + row.title8) : base;
		const muted = (series: 't42' | 't8') => !inFocus || (spec.focusSeries !== undefined && spec.focusSeries !== series);
		if (i <= lastT42) {
			bars.push(mark('rect', `${row.month}-t42`, { x: xOf(i), y: t42Top, width: barW, height: base - t42Top }, { className: `bar bar--t42${muted('t42') ? ' is-muted' : ''}` }));
		}
		bars.push(mark('rect', `${row.month}-t8`, { x: xOf(i), y: t8Top, width: barW, height: t42Top - t8Top }, { className: `bar bar--t8${muted('t8') ? ' is-muted' : ''}` }));
	});

	const yTicks: Mark[] = tickValues.flatMap((v) => [
		mark('line', `grid-${v}`, { x1: left, x2: width - MARGIN.right, y1: y(v), y2: y(v) }, { className: v === 0 ? 'axis-base' : 'grid' }),
		mark('text', `ytick-${v}`, { x: left - 6, y: y(v), dy: '0.32em', 'text-anchor': 'end' }, { className: 'tick', lines: [words.tick(v)] }),
	]);

	const xTicks: Mark[] = rows.flatMap((row, i) => {
		const isYearStart = row.month.endsWith('-01') || i === 0;
		if (!isYearStart) return [];
		const year = row.month.slice(0, 4);
		// On narrow charts, label every other year to keep labels apart.
		const label = innerW < 300 && Number(year) % 2 === 1 && i !== 0 ? '' : year;
		return [
			mark('line', `xtick-line-${row.month}`, { x1: left + i * band, x2: left + i * band, y1: y(0), y2: y(0) + 5 }, { className: 'axis-base' }),
			mark('text', `xtick-${row.month}`, { x: left + i * band + 2, y: y(0) + 18, 'text-anchor': 'start' }, { className: 'tick', lines: [label] }),
		];
	});

	// Legend labels: the full text, or the short one where it would run past the edge.
	const legendText = ([full, short]: [string, string]) => (textWidth(full, 13, true) <= width - left - 17 - 2 ? full : short);
	const legend: Mark[] = [
		mark('rect', 'legend-t42', { x: left, y: 6, width: 12, height: 12 }, { className: 'bar bar--t42' }),
		mark('text', 'legend-t42-label', { x: left + 17, y: 12, dy: '0.35em' }, { className: 'legend', lines: [legendText(words.legendT42)] }),
		mark('rect', 'legend-t8', { x: left, y: 24, width: 12, height: 12 }, { className: 'bar bar--t8' }),
		mark('text', 'legend-t8-label', { x: left + 17, y: 30, dy: '0.35em' }, { className: 'legend', lines: [legendText(words.legendT8)] }),
	];

	// One box per legend row (swatch and label), for notes to keep clear of.
	const legendBoxes: Box[] = legend.filter((m) => m.tag === 'text').map((m, row) => ({ x0: left, x1: left + 17 + textWidth(m.lines![0]!, 13, true), y0: row * 18, y1: row * 18 + 19 }));
	const noteLines = words.notes[state];
	const notes = noteMarks(
		spec.notes.flatMap((note, k) => {
			const i = indexOf(note.month);
			if (i < 0 || innerW < (note.minPlot ?? 0)) return [];
			const lines = noteLines[k]!;
			const cx = centerOf(i);
			const top = y(rows[i]!.total);
			const side = note.side && innerW >= (note.sideFrom ?? 0) ? note.side : undefined;
			const alignEnd = side ? side === 'left' : cx > left + innerW * 0.55;
			return [{ key: `note-${note.month}`, lines, x: cx, top, alignEnd, y: Math.max(MARGIN.top + 10, top - note.lift - (lines.length - 1) * NOTE_LINE) }];
		}),
		{
			left,
			right: width,
			obstacles: [
				...legendBoxes,
				// Text may cross a muted bar (it stays readable over the pale fill), never a bar in focus.
				...bars
					.filter((b) => Number(b.attrs.height) > 0.5 && !b.className?.includes('is-muted'))
					.map((b) => ({ x0: Number(b.attrs.x), x1: Number(b.attrs.x) + Number(b.attrs.width), y0: Number(b.attrs.y), y1: Number(b.attrs.y) + Number(b.attrs.height) })),
			],
		},
	);

	// Policy markers: a dashed line at the start of the month, from the baseline to the top of the plot.
	const markers: Mark[] = POLICY_MARKERS.flatMap((month) => {
		const i = indexOf(month);
		if (i < 0) return [];
		const shown = month <= spec.through;
		const x = left + i * band;
		return [mark('line', `marker-${month}`, { x1: x, x2: x, y1: y(0), y2: shown ? MARGIN.top : y(0) }, { className: 'reference marker' })];
	});

	// The reference label on one line, or wrapped where one line would run past the edge;
	// its last line sits just above the line.
	const referenceLines = words.reference.find((lines) => Math.max(...lines.map((l) => textWidth(l, 12.5, true))) <= width - left - 4 - 2) ?? words.reference.at(-1)!;
	const reference: Mark[] = spec.reference
		? [
				mark('line', 'reference-line', { x1: left, x2: width - MARGIN.right, y1: y(spec.reference.value), y2: y(spec.reference.value) }, { className: 'reference' }),
				mark(
					'text',
					'reference-label',
					{ x: left + 4, y: y(spec.reference.value) - 6 - (referenceLines.length - 1) * LINE_HEIGHT_EM * 12.5 },
					{ className: 'note note--reference', lines: referenceLines },
				),
			]
		: [];

	return {
		width,
		height,
		layers: [
			{ id: 'grid', marks: yTicks },
			{ id: 'bars', marks: bars },
			{ id: 'x-axis', marks: xTicks },
			{ id: 'markers', marks: markers },
			{ id: 'reference', marks: reference },
			{ id: 'notes', marks: notes },
			{ id: 'legend', marks: legend },
		],
	};
}
