/**
 * The dots kind (a unit grid): one dot per unit (a vote, a person), grouped in rows
 * by category and coloured by value, in the order the spec lists the values. Each
 * row has a heading (the category and its counts, "Senate: Yes 49 · No 51"); an
 * optional threshold marks the dot where the count needed is reached ("60 needed").
 * Dots wrap onto as many lines as the width needs, so a 435-seat chamber still fits
 * a 320 px phone.
 *
 * State: `highlight` (category or value keys in focus; the rest muted), `notes`
 * (a line of text under a category's heading, in the page's language).
 *
 * Pure: (data, dimensions, state, language) → Scene. Runs in the browser.
 */
import { formatInteger } from '../../../i18n/format';
import type { Lang } from '../../../i18n/lang';
import { mark, type Dimensions, type Mark, type Scene } from '../../core/scene';
import { wrapText } from '../../core/text';

export interface Bilingual {
	en: string;
	es: string;
}

export interface DotsValue {
	key: string;
	label: Bilingual;
	/** A palette name (kinds/palette.ts); drawn as fill-c-<colour>. */
	colour: string;
}

export interface DotsRow {
	key: string;
	label: Bilingual;
	/** Units by value key, in the values' order. */
	counts: Record<string, number>;
	/** Units needed (the threshold), when the chart has one. */
	threshold?: number;
}

/** What bind() makes of a spec and its CSV; plain JSON. */
export interface DotsData {
	values: DotsValue[];
	rows: DotsRow[];
	/** "{count} needed": the threshold's words; {count} is the row's threshold. */
	thresholdLabel?: Bilingual;
	/** The table's header of the threshold column. */
	thresholdHeader?: Bilingual;
	/** The table's header of the category column. */
	categoryHeader: Bilingual;
	totalHeader: Bilingual;
}

export interface DotsNote {
	/** A category key, as in the CSV. */
	at: string;
	text: string | string[];
}

export interface DotsState {
	/** Category keys or value keys in focus; the rest is muted. */
	highlight?: string[];
	notes?: DotsNote[];
}

const FONT = { title: 13, detail: 11.5 };
const LINE = { title: 16, detail: 14 };
const ROW_GAP = 12;
const PAD = 1;

/** "Yes 49 · No 51 · 60 needed" */
export function countsText(data: DotsData, row: DotsRow, lang: Lang): string {
	const parts = data.values.filter((v) => row.counts[v.key]).map((v) => `${v.label[lang]} ${formatInteger(row.counts[v.key]!, lang)}`);
	if (row.threshold !== undefined && data.thresholdLabel) parts.push(data.thresholdLabel[lang].replaceAll('{count}', formatInteger(row.threshold, lang)));
	return parts.join(' · ');
}

const total = (row: DotsRow) => Object.values(row.counts).reduce((a, b) => a + b, 0);

interface Layout {
	step: number;
	perLine: number;
	headings: string[][][];
	height: number;
}

/** The largest dot step (px between dot centres) at which every row fits the box. */
function layout(data: DotsData, dims: Dimensions, state: DotsState, lang: Lang): Layout {
	const usable = dims.width - 2 * PAD;
	const notes = (key: string) => (state.notes ?? []).filter((n) => n.at === key).map((n) => (Array.isArray(n.text) ? n.text.join(' ') : n.text));
	const headings = data.rows.map((row) => [
		wrapText(row.label[lang], usable, FONT.title, true),
		wrapText(countsText(data, row, lang), usable, FONT.detail),
		...notes(row.key).map((t) => wrapText(t, usable, FONT.detail, true)),
	]);
	const headingH = headings.map((h) => h[0]!.length * LINE.title + h.slice(1).reduce((a, lines) => a + lines.length * LINE.detail, 0));
	let best: Layout | undefined;
	for (let step = 14; step >= 2; step -= 0.5) {
		const perLine = Math.max(1, Math.floor(usable / step));
		const height = data.rows.reduce((a, row, i) => a + headingH[i]! + Math.ceil(total(row) / perLine) * step + ROW_GAP, 0) - ROW_GAP;
		best = { step, perLine, headings, height };
		if (height <= dims.height) return best;
	}
	return best!;
}

export function dotsScene(data: DotsData, dims: Dimensions, state: DotsState = {}, lang: Lang = 'en'): Scene {
	const { step, perLine, headings } = layout(data, dims, state, lang);
	const focusKeys = state.highlight;
	const rowInFocus = (row: DotsRow) => !focusKeys || focusKeys.includes(row.key) || data.values.some((v) => focusKeys.includes(v.key));
	const valueInFocus = (row: DotsRow, value: string) => !focusKeys || focusKeys.includes(row.key) || focusKeys.includes(value);
	const muted = (focus: boolean) => (focus ? '' : ' is-muted');
	const r = Math.max(0.8, step * 0.4);

	const headingMarks: Mark[] = [];
	const dots: Mark[] = [];
	const thresholds: Mark[] = [];
	let y = 0;
	data.rows.forEach((row, i) => {
		const [title, detail, ...notes] = headings[i]!;
		const dim = muted(rowInFocus(row));
		headingMarks.push(mark('text', `title-${row.key}`, { x: PAD, y: y + FONT.title }, { className: `label-strong${dim}`, lines: title! }));
		y += title!.length * LINE.title;
		headingMarks.push(mark('text', `counts-${row.key}`, { x: PAD, y: y + FONT.detail }, { className: `label-small${dim}`, lines: detail! }));
		y += detail!.length * LINE.detail;
		notes.forEach((lines, n) => {
			headingMarks.push(mark('text', `note-${row.key}-${n}`, { x: PAD, y: y + FONT.detail }, { className: 'note', lines }));
			y += lines.length * LINE.detail;
		});
		const cell = (index: number) => ({ cx: PAD + (index % perLine) * step + step / 2, cy: y + Math.floor(index / perLine) * step + step / 2 });
		let index = 0;
		for (const v of data.values) {
			const n = row.counts[v.key] ?? 0;
			for (let k = 0; k < n; k++, index++) {
				dots.push(mark('circle', `dot-${row.key}-${index}`, { ...cell(index), r }, { className: `fill-c-${v.colour}${muted(valueInFocus(row, v.key))}` }));
			}
		}
		if (row.threshold !== undefined && row.threshold > 0) {
			// Before the dot that reaches the threshold: the line ends where the needed count is met.
			const at = cell(row.threshold - 1);
			const x = at.cx + step / 2;
			thresholds.push(mark('line', `threshold-${row.key}`, { x1: x, x2: x, y1: at.cy - step / 2 - 2, y2: at.cy + step / 2 + 2 }, { className: `reference${dim}` }));
		}
		y += Math.ceil(total(row) / perLine) * step + ROW_GAP;
	});

	return {
		width: dims.width,
		height: dims.height,
		layers: [
			{ id: 'headings', marks: headingMarks },
			{ id: 'dots', marks: dots },
			{ id: 'thresholds', marks: thresholds },
		],
	};
}
