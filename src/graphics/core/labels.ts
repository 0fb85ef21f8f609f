/**
 * One label placer for chart notes: a note is a label of one or more lines with a
 * leader line down to the thing it points at (a bar's top, a point on a line, a
 * date on a timeline). Labels keep clear of each other, of obstacle boxes (a legend,
 * bars in focus, other labels already drawn) and inside the plot.
 *
 * Pure and DOM-free (it runs at build time and in the browser); text is measured
 * with DejaVu widths (text.ts), so a layout that is clear here is clear on any
 * platform's fallback font.
 *
 * How it places:
 * 1. A first fit: each label beside its leader at its preferred height, moved up past
 *    earlier labels (a quick character-count estimate). Wide charts usually stop here.
 * 2. When that leaves a label over an obstacle or another label, past an edge of the
 *    plot or below its anchor, every label of the set is placed again together: on
 *    either side of its leader, slid inside the plot, at the height nearest its own
 *    that leaves all labels clear (a small depth-first search, cheapest first). A label
 *    with no clear spot at all keeps its first-fit spot; the others keep clear of it.
 */
import { mark, LINE_HEIGHT_EM, type Mark } from './scene';
import { textWidth } from './text';

/** An axis-aligned box in SVG coordinates (y grows downwards). */
export interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** A label to place. */
export interface LabelRequest {
	/** Key prefix of its marks: `<key>-leader`, `<key>-label`. Stable across states for animation. */
	key: string;
	/** The label's lines, top to bottom. */
	lines: string[];
	/** The anchor's x: the leader line is drawn there. */
	x: number;
	/** The anchor's y (e.g. a bar's top): the leader stops 3 px above it and the label stays above it. */
	top: number;
	/** Preferred baseline of the first line. */
	y: number;
	/** Preferred side: true puts the label left of its leader (text-anchor end). */
	alignEnd: boolean;
}

/** A placed label: where its first line's baseline starts and which side of its leader it is on. */
export interface LabelSpot {
	x: number;
	y: number;
	alignEnd: boolean;
}

export interface LabelBounds {
	/** Left and right edges labels must stay within. */
	left: number;
	right: number;
	/** Top edge (0 by default). */
	top?: number;
	/** Boxes labels must not cross: a legend, bars in focus, fixed labels. */
	obstacles?: Box[];
}

export interface LabelStyle {
	/** Font size of the labels in px (charts.css .note: 12.5). */
	fontSize: number;
	/** Bold measurement (weights 600–700). */
	bold: boolean;
	/** Line step of the first-fit estimate and leader length, px. */
	line: number;
	/** Gap between a leader and its label, px. */
	gap: number;
	/** Character width of the first-fit estimate, px. */
	charWidth: number;
}

/** The note style of the site's charts (charts.css .note). */
export const NOTE_STYLE: LabelStyle = { fontSize: 12.5, bold: true, line: 14, gap: 5, charWidth: 7 };

/** The extra room kept between boxes that must not touch, px. */
const PAD = 2;

/** Whether two boxes overlap or come within 2 px of each other. */
export const boxesHit = (a: Box, b: Box): boolean => a.x0 < b.x1 + PAD && b.x0 < a.x1 + PAD && a.y0 < b.y1 + PAD && b.y0 < a.y1 + PAD;

/** Where a label's text is drawn, from its first baseline at (x, y); alignEnd: x is the right end. */
export function labelBox(lines: string[], x: number, y: number, alignEnd: boolean, style: LabelStyle = NOTE_STYLE): Box {
	const w = Math.max(...lines.map((l) => textWidth(l, style.fontSize, style.bold)));
	const x0 = alignEnd ? x - w : x;
	const row = LINE_HEIGHT_EM * style.fontSize;
	return { x0, x1: x0 + w, y0: y - 0.8 * style.fontSize, y1: y + 0.2 * style.fontSize + (lines.length - 1) * row };
}

/** The first placement: each label beside its leader, moved up past earlier labels (character-count boxes). */
export function firstFit(labels: LabelRequest[], right: number, style: LabelStyle = NOTE_STYLE): LabelSpot[] {
	const boxes: Box[] = [];
	const { line, gap, charWidth } = style;
	return labels.map((p) => {
		const textW = Math.max(...p.lines.map((l) => l.length)) * charWidth;
		const h = p.lines.length * line;
		const x = p.alignEnd ? p.x - gap : p.x + gap;
		const x0 = p.alignEnd ? x - textW : x;
		const x1 = Math.min(right, p.alignEnd ? x : x + textW);
		let y = p.y;
		for (const b of boxes) {
			const overlaps = x0 < b.x1 && x1 > b.x0 && y - line < b.y1 && y - line + h > b.y0;
			if (overlaps) y = Math.max(line, b.y0 - h + line - 4);
		}
		boxes.push({ x0, x1, y0: y - line, y1: y - line + h });
		return { x, y, alignEnd: p.alignEnd };
	});
}

/**
 * Every label's possible spots (either side, a little away from the leader, every 2 px
 * of height), searched for the set with no clashes that stays nearest the preferred
 * spots. Notes come one to a few per state, so the search stays small.
 */
export function searchSpots(labels: LabelRequest[], first: LabelSpot[], bounds: LabelBounds, style: LabelStyle = NOTE_STYLE): LabelSpot[] | undefined {
	const fits = fitsAlone(bounds, style);
	const options = labels.map((p, i) => {
		const w = Math.max(...p.lines.map((l) => textWidth(l, style.fontSize, style.bold)));
		const list: (LabelSpot & { cost: number; box: Box })[] = [];
		for (const alignEnd of [p.alignEnd, !p.alignEnd]) {
			const want = alignEnd ? p.x - style.gap : p.x + style.gap;
			// A little further from the leader clears the bar next to it; then slid inside the plot.
			for (const away of [0, 4, 8, 12]) {
				const shifted = alignEnd ? want - away : want + away;
				const x = alignEnd ? Math.min(bounds.right, Math.max(bounds.left + w, shifted)) : Math.max(bounds.left, Math.min(bounds.right - w, shifted));
				for (let y = Math.ceil(0.8 * style.fontSize) + (bounds.top ?? 0); y <= p.top; y += 2) {
					const spot = { x, y, alignEnd };
					if (fits(p, spot)) list.push({ ...spot, cost: Math.abs(y - p.y) + Math.abs(x - want) + (alignEnd === p.alignEnd ? 0 : 20), box: labelBox(p.lines, x, y, alignEnd, style) });
				}
			}
		}
		const fallback = first[i]!;
		return list.length ? list.sort((a, b) => a.cost - b.cost) : [{ ...fallback, cost: 0, box: labelBox(p.lines, fallback.x, fallback.y, fallback.alignEnd, style) }];
	});
	// Depth-first over the options, cheapest first; a branch stops as soon as it cannot beat
	// the best set found (the options are sorted, so neither can the rest of that list).
	let best: { spots: LabelSpot[]; cost: number } | undefined;
	const visit = (i: number, chosen: (LabelSpot & { box: Box })[], cost: number) => {
		if (i === labels.length) {
			best = { spots: chosen.map(({ x, y, alignEnd }) => ({ x, y, alignEnd })), cost };
			return;
		}
		for (const o of options[i]!) {
			if (best && cost + o.cost >= best.cost) break;
			if (chosen.some((c) => boxesHit(o.box, c.box))) continue;
			visit(i + 1, [...chosen, o], cost + o.cost);
		}
	};
	visit(0, [], 0);
	return best?.spots;
}

/** Whether a label at a spot is inside the bounds, above its anchor and clear of every obstacle. */
function fitsAlone(bounds: LabelBounds, style: LabelStyle) {
	return (p: LabelRequest, s: LabelSpot): boolean => {
		const b = labelBox(p.lines, s.x, s.y, s.alignEnd, style);
		const inside = b.x0 >= bounds.left - 0.5 && b.x1 <= bounds.right + 0.5 && b.y0 >= (bounds.top ?? 0) && b.y1 <= p.top - 3;
		return inside && !(bounds.obstacles ?? []).some((t) => boxesHit(b, t));
	};
}

/** Where each label goes: the first fit when it is clear, else the nearest clear set (see the file's comment). */
export function placeLabels(labels: LabelRequest[], bounds: LabelBounds, style: LabelStyle = NOTE_STYLE): LabelSpot[] {
	const spots = firstFit(labels, bounds.right, style);
	const fits = fitsAlone(bounds, style);
	const boxes = spots.map((s, i) => labelBox(labels[i]!.lines, s.x, s.y, s.alignEnd, style));
	const clear = spots.every((s, i) => fits(labels[i]!, s) && boxes.slice(0, i).every((o) => !boxesHit(boxes[i]!, o)));
	return clear ? spots : (searchSpots(labels, spots, bounds, style) ?? spots);
}

/**
 * Placed labels as marks: for each, a leader line (`<key>-leader`, class note-leader)
 * from under the label down to 3 px above its anchor, and the label (`<key>-label`, class
 * `className`, default "note").
 */
export function labelMarks(labels: LabelRequest[], spots: LabelSpot[], { style = NOTE_STYLE, className = 'note' }: { style?: LabelStyle; className?: string } = {}): Mark[] {
	return labels.flatMap((p, i) => {
		const { x, y, alignEnd } = spots[i]!;
		return [
			mark('line', `${p.key}-leader`, { x1: p.x, x2: p.x, y1: y + 4 + (p.lines.length - 1) * style.line, y2: p.top - 3 }, { className: 'note-leader' }),
			mark('text', `${p.key}-label`, { x, y, 'text-anchor': alignEnd ? 'end' : 'start' }, { className, lines: p.lines }),
		];
	});
}

/** placeLabels and labelMarks in one call. */
export function noteMarks(labels: LabelRequest[], bounds: LabelBounds, options: { style?: LabelStyle; className?: string } = {}): Mark[] {
	return labelMarks(labels, placeLabels(labels, bounds, options.style), options);
}
