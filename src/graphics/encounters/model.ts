/**
 * Monthly southwest-border encounters, stacked by legal authority (Title 42 at the
 * base, Title 8 above), for each step of the Title 42 story.
 *
 * Pure: (rows, dimensions, state) → Scene. The y scale never changes between
 * states, so bar heights stay comparable; states reveal months, bring a period into
 * focus and add plain-language notes.
 */
import { scaleLinear } from 'd3-scale';
import { formatCompact } from '../../lib/format';
import { mark, type Dimensions, type Mark, type Scene } from '../core/scene';

export interface MonthRow {
	month: string;
	title8: number;
	title42: number;
	total: number;
}

export const ENCOUNTER_STATES = ['overview', 'order', 'rise', 'repeat', 'courts', 'end', 'record', 'after'] as const;
export type EncountersState = (typeof ENCOUNTER_STATES)[number];

interface Note {
	month: string;
	lines: string[];
	/** How far above the bar's top the label sits, in pixels. */
	lift: number;
	/** Which side of its leader line the label sits; by default, away from the right edge. */
	side?: 'left' | 'right';
}

interface StateSpec {
	/** Last month shown; later months are collapsed to the baseline. */
	through: string;
	/** Months in focus (inclusive); others are muted. */
	focus?: [string, string];
	/** Only one authority in focus. */
	focusSeries?: 't42' | 't8';
	notes: Note[];
	/** A horizontal reference line, e.g. Mexico's 30,000-a-month returns ceiling. */
	reference?: { value: number; lines: string[] };
}

const SPECS: Record<EncountersState, StateSpec> = {
	overview: {
		through: '2024-12',
		notes: [
			{ month: '2023-05', lines: ['Title 42 ends,', 'May 11, 2023'], lift: 70 },
			{ month: '2023-12', lines: ['Record month:', 'Dec 2023'], lift: 14 },
		],
	},
	order: {
		through: '2020-12',
		focus: ['2020-03', '2020-12'],
		notes: [
			{ month: '2020-03', lines: ['Order takes effect,', 'March 20, 2020'], lift: 90 },
			{ month: '2020-04', lines: ['April 2020: 17,106,', '91% under Title 42'], lift: 40 },
		],
	},
	rise: {
		through: '2021-12',
		focus: ['2021-01', '2021-12'],
		notes: [
			{ month: '2021-05', lines: ['Title 42 peak:', '113,392 in May 2021'], lift: 60 },
			{ month: '2021-07', lines: ['July 2021: 213,593'], lift: 14 },
		],
	},
	repeat: {
		through: '2021-12',
		focus: ['2020-03', '2021-12'],
		notes: [{ month: '2021-07', lines: ['Events, not people: 27% of all', 'July 2021 encounters involved', 'someone caught in the previous', '12 months'], lift: 16 }],
	},
	courts: {
		through: '2022-12',
		focus: ['2022-04', '2022-12'],
		notes: [
			{ month: '2022-05', lines: ['May 20, 2022: court', 'blocks the end'], lift: 40 },
			{ month: '2022-12', lines: ['Dec 27, 2022:', 'Supreme Court stay'], lift: 14 },
		],
	},
	end: {
		through: '2023-06',
		focus: ['2023-05', '2023-06'],
		notes: [
			{ month: '2023-05', lines: ['Title 42 ends,', 'May 11, 2023'], lift: 60 },
			{ month: '2023-06', lines: ['June 2023: 144,556,', 'all under Title 8'], lift: 16 },
		],
	},
	record: {
		through: '2024-01',
		focus: ['2023-12', '2024-01'],
		notes: [
			{ month: '2023-12', lines: ['Record: 301,981', 'in Dec 2023'], lift: 10 },
			{ month: '2024-01', lines: ['Jan 2024:', '176,195'], lift: 40, side: 'right' },
		],
		reference: { value: 30000, lines: ["Mexico's CHNV returns ceiling: 30,000 a month"] },
	},
	after: {
		through: '2024-12',
		focus: ['2024-01', '2024-12'],
		notes: [{ month: '2024-12', lines: ['Dec 2024:', '96,037'], lift: 40 }],
	},
};

const MARGIN = { top: 44, right: 12, bottom: 26, left: 42 };
/** Line height of note labels (px) and the width of a character, to estimate label boxes. */
const NOTE_LINE = 14;
const CHAR_W = 7;

interface PlacedNote {
	note: Note;
	cx: number;
	top: number;
	alignEnd: boolean;
	labelY: number;
}

/**
 * Turns notes into leader lines and labels, moving a label up when its estimated box
 * would overlap an earlier one (narrow charts put neighbouring months close together).
 */
function placeNotes(placed: PlacedNote[], width: number): Mark[] {
	const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
	return placed.flatMap((p) => {
		const textW = Math.max(...p.note.lines.map((l) => l.length)) * CHAR_W;
		const h = p.note.lines.length * NOTE_LINE;
		const x = p.alignEnd ? p.cx - 5 : p.cx + 5;
		const x0 = p.alignEnd ? x - textW : x;
		const x1 = Math.min(width, p.alignEnd ? x : x + textW);
		let y = p.labelY;
		for (const b of boxes) {
			const overlaps = x0 < b.x1 && x1 > b.x0 && y - NOTE_LINE < b.y1 && y - NOTE_LINE + h > b.y0;
			if (overlaps) y = Math.max(NOTE_LINE, b.y0 - h + NOTE_LINE - 4);
		}
		boxes.push({ x0, x1, y0: y - NOTE_LINE, y1: y - NOTE_LINE + h });
		const key = `note-${p.note.month}`;
		return [
			mark('line', `${key}-leader`, { x1: p.cx, x2: p.cx, y1: y + 4 + (p.note.lines.length - 1) * NOTE_LINE, y2: p.top - 3 }, { className: 'note-leader' }),
			mark('text', `${key}-label`, { x, y, 'text-anchor': p.alignEnd ? 'end' : 'start' }, { className: 'note', lines: p.note.lines }),
		];
	});
}

export function isEncountersState(value: string): value is EncountersState {
	return (ENCOUNTER_STATES as readonly string[]).includes(value);
}

/** The scene for one state at one size. */
export function encountersScene(rows: MonthRow[], dims: Dimensions, state: EncountersState): Scene {
	const spec = SPECS[state];
	const { width, height } = dims;
	const innerW = Math.max(10, width - MARGIN.left - MARGIN.right);
	const band = innerW / rows.length;
	const barW = Math.max(1, band * 0.8);
	const y = scaleLinear()
		.domain([0, Math.max(...rows.map((r) => r.total))])
		.nice()
		.range([height - MARGIN.bottom, MARGIN.top]);
	const xOf = (i: number) => MARGIN.left + i * band + (band - barW) / 2;
	const centerOf = (i: number) => MARGIN.left + (i + 0.5) * band;
	const indexOf = (month: string) => rows.findIndex((r) => r.month === month);

	const bars: Mark[] = [];
	rows.forEach((row, i) => {
		const shown = row.month <= spec.through;
		const inFocus = !spec.focus || (row.month >= spec.focus[0] && row.month <= spec.focus[1]);
		const base = y(0);
		const t42Top = shown ? y(row.title42) : base;
		const t8Top = shown ? y(row.title42 + row.title8) : base;
		const muted = (series: 't42' | 't8') => !inFocus || (spec.focusSeries !== undefined && spec.focusSeries !== series);
		bars.push(
			mark('rect', `${row.month}-t42`, { x: xOf(i), y: t42Top, width: barW, height: base - t42Top }, { className: `bar bar--t42${muted('t42') ? ' is-muted' : ''}` }),
			mark('rect', `${row.month}-t8`, { x: xOf(i), y: t8Top, width: barW, height: t42Top - t8Top }, { className: `bar bar--t8${muted('t8') ? ' is-muted' : ''}` }),
		);
	});

	const yTicks: Mark[] = y.ticks(height < 260 ? 3 : 4).flatMap((v) => [
		mark('line', `grid-${v}`, { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(v), y2: y(v) }, { className: v === 0 ? 'axis-base' : 'grid' }),
		mark('text', `ytick-${v}`, { x: MARGIN.left - 6, y: y(v), dy: '0.32em', 'text-anchor': 'end' }, { className: 'tick', lines: [formatCompact(v)] }),
	]);

	const xTicks: Mark[] = rows.flatMap((row, i) => {
		const isYearStart = row.month.endsWith('-01') || i === 0;
		if (!isYearStart) return [];
		const year = row.month.slice(0, 4);
		// On narrow charts, label every other year to keep labels apart.
		const label = innerW < 300 && Number(year) % 2 === 1 && i !== 0 ? '' : year;
		return [
			mark('line', `xtick-line-${row.month}`, { x1: MARGIN.left + i * band, x2: MARGIN.left + i * band, y1: y(0), y2: y(0) + 5 }, { className: 'axis-base' }),
			mark('text', `xtick-${row.month}`, { x: MARGIN.left + i * band + 2, y: y(0) + 18, 'text-anchor': 'start' }, { className: 'tick', lines: [label] }),
		];
	});

	const legend: Mark[] = [
		mark('rect', 'legend-t42', { x: MARGIN.left, y: 6, width: 12, height: 12 }, { className: 'bar bar--t42' }),
		mark('text', 'legend-t42-label', { x: MARGIN.left + 17, y: 12, dy: '0.35em' }, { className: 'legend', lines: ['Title 42 (processed for expulsion)'] }),
		mark('rect', 'legend-t8', { x: MARGIN.left, y: 24, width: 12, height: 12 }, { className: 'bar bar--t8' }),
		mark('text', 'legend-t8-label', { x: MARGIN.left + 17, y: 30, dy: '0.35em' }, { className: 'legend', lines: ['Title 8 processing'] }),
	];

	const notes = placeNotes(
		spec.notes.flatMap((note) => {
			const i = indexOf(note.month);
			if (i < 0) return [];
			const cx = centerOf(i);
			const top = y(rows[i]!.total);
			const alignEnd = note.side ? note.side === 'left' : cx > MARGIN.left + innerW * 0.55;
			return [{ note, cx, top, alignEnd, labelY: Math.max(MARGIN.top + 10, top - note.lift - (note.lines.length - 1) * NOTE_LINE) }];
		}),
		width,
	);

	const reference: Mark[] = spec.reference
		? [
				mark('line', 'reference-line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(spec.reference.value), y2: y(spec.reference.value) }, { className: 'reference' }),
				mark('text', 'reference-label', { x: MARGIN.left + 4, y: y(spec.reference.value) - 6 }, { className: 'note note--reference', lines: spec.reference.lines }),
			]
		: [];

	return {
		width,
		height,
		layers: [
			{ id: 'grid', marks: yTicks },
			{ id: 'bars', marks: bars },
			{ id: 'x-axis', marks: xTicks },
			{ id: 'reference', marks: reference },
			{ id: 'notes', marks: notes },
			{ id: 'legend', marks: legend },
		],
	};
}
