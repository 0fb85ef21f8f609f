/**
 * Labels stacked in rows above points on an axis (dated events on a timeline). Each
 * label hangs from a vertical leader line at its point's x and reads rightwards from
 * it, or leftwards ("end") when it would run off the chart or across the leader of a
 * label to its right that already reads leftwards. A label takes the lowest row where
 * (1) it overlaps no label of that row, (2) its leader, which runs down through the
 * rows below, crosses no text there, and (3) no leader from a higher label crosses
 * its text. Labels reading rightwards are placed right to left, then those reading
 * leftwards left to right: in that order leaders and text nest.
 *
 * Pure; runs in the browser. Widths come from the caller (core/text.ts textWidth).
 */

export interface StackItem {
	key: string;
	text: string;
	/** The leader's x. */
	x: number;
	/** The text's width in px. */
	width: number;
}

export interface StackedLabel extends StackItem {
	anchor: 'start' | 'end';
	/** Horizontal extent of the text (`gap` px from the leader at x). */
	left: number;
	right: number;
	/** 0 is the row nearest the axis. */
	row: number;
}

/**
 * Places every item, or returns undefined when one finds no row below `maxRows` or
 * cannot fit between 0 and `chartRight`. `pad` is the least space between labels of
 * a row; `gap` the space between a leader and its text. Returned in the items' order.
 */
export function stackLabels(items: StackItem[], chartRight: number, maxRows: number, pad = 6, gap = 4): StackedLabel[] | undefined {
	const decided: StackedLabel[] = [];
	for (const it of [...items].sort((a, b) => b.x - a.x)) {
		const startRight = it.x + gap + it.width;
		const coversLeftReader = decided.some((d) => d.anchor === 'end' && d.x > it.x && startRight >= d.x - 1);
		const anchor: 'start' | 'end' = startRight > chartRight || coversLeftReader ? 'end' : 'start';
		const left = anchor === 'start' ? it.x + gap : it.x - gap - it.width;
		const right = anchor === 'start' ? startRight : it.x - gap;
		if (left < 0 || right > chartRight) return undefined;
		decided.push({ ...it, anchor, left, right, row: -1 });
	}
	const order = [...decided.filter((l) => l.anchor === 'start'), ...decided.filter((l) => l.anchor === 'end').sort((a, b) => a.x - b.x)];
	const placed: StackedLabel[] = [];
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
		placed.push({ ...l, row });
	}
	const index = new Map(items.map((it, i) => [it.key, i]));
	return placed.sort((a, b) => index.get(a.key)! - index.get(b.key)!);
}
