/**
 * Where the border money went: one horizontal stacked bar per stage of the 2023–24
 * national-security supplemental (request → Senate deal → aid-only bill → law), with
 * the border segment first on every bar so its length is read from the same
 * baseline. Rows appear stage by stage: a new row starts as a hidden copy of the
 * row above and glides into place, so each category's segment visibly grows,
 * shrinks or disappears between stages.
 *
 * Pure: (data, dimensions, state) → Scene. Row positions depend only on the size,
 * never on the state, so nothing jumps between steps.
 */
import { scaleLinear } from 'd3-scale';
import { mark, type Dimensions, type Mark, type Scene } from '../core/scene';
import { en, type FundingWords } from './strings';
import { textWidth, wrapText } from '../core/text';

export { shortDate } from './strings';

/**
 * Two categories with one definition at every stage: the money for the border and
 * migration, as each stage's sponsors counted it, and everything else in the package
 * (Ukraine, Israel and the Middle East, humanitarian and refugee aid, the Indo-Pacific
 * and smaller items). The parts of "everything else" were regrouped between stages
 * (the law puts Red Sea operations, nonprofit security grants and humanitarian aid in
 * its Israel title, and the submarine industrial base in its Indo-Pacific title), so a
 * finer split would show regrouping as if it were new money. Border first, from the
 * baseline.
 */
export const FUNDING_CATEGORIES = ['border', 'other'] as const;
export type FundingCategory = (typeof FUNDING_CATEGORIES)[number];

export interface FundingStage {
	id: string;
	name: string;
	/** YYYY-MM-DD */
	date: string;
	/** Stated total in billions of dollars (checked against the categories' sum). */
	total: number;
	/** Billions of dollars; 0 where the stage has no row for the category. */
	values: Record<FundingCategory, number>;
	/** Categories the data gives for this stage (a 0 border row counts). */
	has: FundingCategory[];
}

export interface FundingVoteRef {
	date: string;
	yes: number;
	no: number;
	threshold: number;
}

export interface FundingData {
	/** In story order: request, Senate deal, aid-only bill, enacted law. */
	stages: FundingStage[];
	/** The Feb 7, 2024 cloture vote that blocked the deal. */
	cloture: FundingVoteRef;
	/** The Feb 13, 2024 Senate passage of the aid-only bill. */
	aidOnlyPassage: FundingVoteRef;
}

export const FUNDING_STATES = ['request', 'border-ask', 'senate-deal', 'cloture-fails', 'aid-only', 'enacted', 'overview'] as const;
export type FundingState = (typeof FUNDING_STATES)[number];

export function isFundingState(value: string): value is FundingState {
	return (FUNDING_STATES as readonly string[]).includes(value);
}

/** English category names (the Spanish ones are in strings.ts). */
export const CATEGORY_NAMES: Record<FundingCategory, string> = en.category;

const CATEGORY_CLASS: Record<FundingCategory, string> = {
	border: 'fill-border',
	other: 'fill-fund-ukraine',
};

/** Row indexes in data.stages. */
const DEAL = 1;
const AID_ONLY = 2;
const ENACTED = 3;

interface StateSpec {
	/** Last row shown; later rows wait, hidden, on top of it. */
	through: number;
	/** Only the border segment in colour. */
	borderOnly?: boolean;
	/** The deal is marked as blocked by the Feb 7 vote. */
	blocked?: boolean;
	/** Every row at full strength, names-only legend. */
	overview?: boolean;
	/** Row whose border label gives its share of the total. */
	share?: number;
}

const SPECS: Record<FundingState, StateSpec> = {
	request: { through: 0 },
	'border-ask': { through: 0, borderOnly: true, share: 0 },
	'senate-deal': { through: DEAL, share: DEAL },
	'cloture-fails': { through: DEAL, blocked: true },
	'aid-only': { through: AID_ONLY, blocked: true },
	enacted: { through: ENACTED, blocked: true },
	overview: { through: ENACTED, blocked: true, overview: true },
};

/** Font sizes of the classes used (src/styles/charts.css). */
const FONT = { legend: 13, note: 12.5, tick: 12 };
const LEGEND_LINE = 18;
const MIN_BAR = 10;
/** Beyond this many legend lines, amounts are left to the step text and the table. */
const MAX_LEGEND_LINES = 2;
const TITLE_LINE = 16;
const SLOT = 15;
/** Space between a bar and the first label under it (room for the bracket). */
const BELOW_BAR = 8;
const X0 = 1;
const GAP = 1;

interface TextLine {
	/** Which slot under the bar (0 = first). */
	slot: number;
	x: number;
	lines: string[];
}

interface RowText {
	border: TextLine;
	note?: TextLine & { key: string };
	/** Slots used. */
	slots: number;
}

function borderText(data: FundingData, r: number, spec: StateSpec, words: FundingWords): string {
	const stage = data.stages[r]!;
	const value = stage.values.border;
	return words.border(value, spec.share === r ? { percent: Math.round((value / stage.total) * 100), row: r } : undefined);
}

function noteText(data: FundingData, r: number, spec: StateSpec, words: FundingWords): string | undefined {
	if (r === DEAL && spec.blocked) return words.blocked(data.cloture);
	if (r === AID_ONLY && spec.through >= AID_ONLY) return words.passed(data.aidOnlyPassage);
	return undefined;
}

interface Geometry {
	x: (value: number) => number;
	barEnd: (r: number) => number;
	segment: (r: number, c: FundingCategory) => { x: number; width: number };
}

function geometry(data: FundingData, width: number, words: FundingWords): Geometry {
	const totals = data.stages.map((s) => s.total);
	const valueW = Math.max(...totals.map((t) => textWidth(words.money(t), FONT.legend, true))) + 12;
	const x = scaleLinear()
		.domain([0, Math.max(...totals)])
		.range([X0, Math.max(X0 + 40, width - valueW)]);
	const segment = (r: number, c: FundingCategory) => {
		const stage = data.stages[r]!;
		let before = 0;
		for (const k of FUNDING_CATEGORIES) {
			if (k === c) break;
			before += stage.values[k];
		}
		const start = x(before);
		const full = x(before + stage.values[c]) - start;
		// A 1 px gap between neighbours; an empty category keeps its place at width 0.
		return { x: start, width: full > GAP * 2 ? full - GAP : Math.max(0, full) };
	};
	return { x, barEnd: (r) => x(data.stages[r]!.total), segment };
}

/** Where the texts under row r go in one state, wrapped to the width. */
function rowText(data: FundingData, _geo: Geometry, width: number, r: number, spec: StateSpec, words: FundingWords): RowText {
	const borderLines = wrapText(borderText(data, r, spec, words), width - X0 - 2, FONT.note, true);
	const border: TextLine = { slot: 0, x: X0, lines: borderLines };
	const text = noteText(data, r, spec, words);
	if (!text) return { border, slots: borderLines.length };
	const key = `note-${data.stages[r]!.id}`;
	const lines = wrapText(text, width - X0 - 2, FONT.note, true);
	return { border, note: { key, slot: borderLines.length, x: X0, lines }, slots: borderLines.length + lines.length };
}

interface LegendItem {
	category: FundingCategory;
	text: string;
	muted: boolean;
}

/** Legend with the active stage's amounts, or names only (overview, and where amounts would take too much room). */
function legendItems(data: FundingData, spec: StateSpec, words: FundingWords, withValues = true): LegendItem[] {
	const muted = (c: FundingCategory) => Boolean(spec.borderOnly) && c !== 'border';
	const name = words.category;
	if (spec.overview || !withValues) return FUNDING_CATEGORIES.map((c) => ({ category: c, text: name[c], muted: muted(c) }));
	const stage = data.stages[spec.through]!;
	return FUNDING_CATEGORIES.flatMap((c) => {
		if (stage.has.includes(c)) return [{ category: c, text: `${name[c]} ${stage.values[c] === 0 ? words.zero : words.money(stage.values[c])}`, muted: muted(c) }];
		return [];
	});
}

const SWATCH = 11;
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

interface RowBox {
	top: number;
	titleLines: string[];
	barY: number;
	slots: number;
}

interface Layout {
	geo: Geometry;
	legendLines: number;
	legendValues: boolean;
	rows: RowBox[];
	/** Height drawn at: the requested height, or more when the content needs it. */
	height: number;
	barH: number;
}

/** Size-only layout: the same for every state at a given width and height. */
function layout(data: FundingData, dims: Dimensions, words: FundingWords): Layout {
	const { width, height } = dims;
	const geo = geometry(data, width, words);
	const specs = FUNDING_STATES.map((s) => SPECS[s]);
	const linesOf = (withValues: boolean) => Math.max(...specs.map((spec) => Math.max(...legendLayout(legendItems(data, spec, words, withValues), width).map((p) => p.line)) + 1));
	const legendValues = linesOf(true) <= MAX_LEGEND_LINES;
	const legendLines = linesOf(legendValues);
	const titles = data.stages.map((s) => wrapText(words.stageTitle(s), width - X0 - 2, FONT.legend, true));
	const slots = data.stages.map((_, r) => Math.max(...specs.map((spec) => rowText(data, geo, width, r, spec, words).slots)));
	const top = 4 + legendLines * LEGEND_LINE + 8;
	const fixed = titles.reduce((sum, t, r) => sum + t.length * TITLE_LINE + 4 + BELOW_BAR + slots[r]! * SLOT, 0);
	const n = data.stages.length;
	const minGap = 10;
	// Too short a box (a phone held sideways): draw taller and let the SVG viewBox scale it down.
	const drawHeight = Math.max(height, Math.ceil(top + fixed + minGap * (n - 1) + 4 + n * MIN_BAR));
	const spare = drawHeight - top - fixed - minGap * (n - 1) - 4;
	const barH = Math.max(MIN_BAR, Math.min(30, spare / n));
	const gap = Math.min(28, minGap + Math.max(0, (spare - barH * n) / Math.max(1, n - 1)));
	const rows: RowBox[] = [];
	let y = top;
	titles.forEach((titleLines, r) => {
		const barY = y + titleLines.length * TITLE_LINE + 4;
		rows.push({ top: y, titleLines, barY, slots: slots[r]! });
		y = barY + barH + BELOW_BAR + slots[r]! * SLOT + gap;
	});
	return { geo, legendLines, legendValues, rows, barH, height: drawHeight };
}

/** The scene for one state at one size, with the words of one language (English by default). */
export function fundingScene(data: FundingData, dims: Dimensions, state: FundingState, words: FundingWords = en): Scene {
	const spec = SPECS[state];
	const { width } = dims;
	const { geo, rows, barH, legendValues, height } = layout(data, dims, words);
	const through = spec.through;

	const bars: Mark[] = [];
	data.stages.forEach((stage, r) => {
		const hidden = r > through;
		const at = hidden ? through : r;
		for (const c of FUNDING_CATEGORIES) {
			const seg = geo.segment(at, c);
			let muted = false;
			if (spec.blocked && r === DEAL) muted = true;
			else if (spec.borderOnly && c !== 'border') muted = true;
			else if (!spec.overview && r < through && c !== 'border') muted = true;
			const status = hidden ? ' is-hidden' : muted ? ' is-muted' : '';
			bars.push(mark('rect', `${stage.id}:${c}`, { x: seg.x, y: rows[at]!.barY, width: seg.width, height: barH }, { className: `bar ${CATEGORY_CLASS[c]}${status}` }));
		}
	});

	const labels: Mark[] = [];
	const notes: Mark[] = [];
	data.stages.forEach((stage, r) => {
		if (r > through) return;
		const box = rows[r]!;
		const soft = !spec.overview && r < through ? ' label-soft' : '';
		labels.push(
			mark('text', `title-${stage.id}`, { x: X0, y: box.top + 12 }, { className: `legend label-strong${soft}`, lines: box.titleLines }),
			mark('text', `total-${stage.id}`, { x: geo.barEnd(r) + 6, y: box.barY + barH / 2, dy: '0.35em' }, { className: `legend${soft}`, lines: [words.money(stage.total)] }),
		);
		const text = rowText(data, geo, width, r, spec, words);
		const slotY = (slot: number) => box.barY + barH + BELOW_BAR + slot * SLOT + 9;
		labels.push(mark('text', `border-label-${stage.id}`, { x: text.border.x, y: slotY(text.border.slot) }, { className: 'note', lines: text.border.lines }));
		if (text.note) {
			notes.push(mark('text', text.note.key, { x: text.note.x, y: slotY(text.note.slot) }, { className: 'note', lines: text.note.lines }));
		}
		if (r === DEAL && spec.blocked) {
			const midY = box.barY + barH / 2;
			notes.push(mark('line', 'deal-strike', { x1: X0, x2: geo.barEnd(r) + 2, y1: midY, y2: midY }, { className: 'strike' }));
		}
	});

	const legend: Mark[] = legendLayout(legendItems(data, spec, words, legendValues), width).flatMap(({ item, x, line }) => {
		const cy = 4 + line * LEGEND_LINE + LEGEND_LINE / 2;
		const muted = item.muted ? ' is-muted' : '';
		return [
			mark('rect', `legend-${item.category}`, { x, y: cy - SWATCH / 2, width: SWATCH, height: SWATCH }, { className: `bar ${CATEGORY_CLASS[item.category]}${muted}` }),
			mark('text', `legend-${item.category}-label`, { x: x + SWATCH + 5, y: cy, dy: '0.35em' }, { className: 'tick', lines: [item.text] }),
		];
	});

	return {
		width,
		height,
		layers: [
			{ id: 'legend', marks: legend },
			{ id: 'bars', marks: bars },
			{ id: 'labels', marks: labels },
			{ id: 'notes', marks: notes },
		],
	};
}
