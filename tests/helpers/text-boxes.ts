/**
 * Estimated boxes of the text marks of a scene, for "fits at 320 px" and "labels do
 * not overlap" checks, measured as the charts measure (textWidth in
 * src/graphics/core/text.ts, DejaVu Sans widths, bold for the bold classes); font sizes
 * and weights follow the classes in src/styles/charts.css.
 */
import type { Mark, Scene } from '../../src/graphics/core/scene';
import { textWidth } from '../../src/graphics/core/text';

export interface Box {
	key: string;
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export function fontSize(className = ''): number {
	const c = className.split(/\s+/);
	if (c.includes('label-small')) return 11.5;
	if (c.includes('legend')) return 13;
	if (c.includes('note')) return 12.5;
	if (c.includes('tick')) return 12;
	return 12;
}

/** Drawn bold (weight 600 or more) by charts.css. */
export function isBold(className = ''): boolean {
	return className.split(/\s+/).some((c) => c === 'legend' || c === 'note' || c === 'label-strong');
}

export function textBox(m: Mark): Box {
	const fs = fontSize(m.className);
	const text = (m.lines ?? []).join(' ');
	const w = Math.max(0, ...(m.lines ?? []).map((l) => textWidth(l, fs, isBold(m.className))));
	const x = Number(m.attrs.x ?? 0);
	const y = Number(m.attrs.y ?? 0);
	const anchor = m.attrs['text-anchor'] ?? 'start';
	const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
	const lines = Math.max(1, m.lines?.length ?? 1);
	// dy 0.35em puts the first line's middle at y; otherwise y is the baseline.
	const centred = String(m.attrs.dy ?? '').startsWith('0.3');
	const top = centred ? y - fs / 2 : y - 0.8 * fs;
	return { key: m.key, text, left, right: left + w, top, bottom: top + fs * (1 + (lines - 1) * 1.2) };
}

export function textBoxes(scene: Scene): Box[] {
	return scene.layers.flatMap((l) => l.marks.filter((m) => m.tag === 'text' && (m.lines ?? []).some((t) => t.length))).map((m) => textBox(m));
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
	return a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad;
}

/** Pairs of text boxes that overlap, as readable strings (empty when none). */
export function overlappingPairs(boxes: Box[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			if (overlaps(boxes[i]!, boxes[j]!)) out.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
		}
	}
	return out;
}

/**
 * Every end and control point of an SVG path, in absolute coordinates: M L T (x y),
 * H (x), V (y), C (3 points), S Q (2 points), A (radii, flags, end point), Z; lowercase
 * commands are relative. Control points bound a Bézier curve, so their box holds it.
 */
export function pathPoints(d: string): [number, number][] {
	const points: [number, number][] = [];
	let x = 0;
	let y = 0;
	let startX = 0;
	let startY = 0;
	for (const [, cmd, args] of d.matchAll(/([MLHVCSQTAZ])([^MLHVCSQTAZ]*)/gi)) {
		const n = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
		const rel = cmd === cmd!.toLowerCase();
		const ox = () => (rel ? x : 0);
		const oy = () => (rel ? y : 0);
		switch (cmd!.toUpperCase()) {
			case 'Z':
				[x, y] = [startX, startY];
				break;
			case 'H':
				for (const v of n) points.push([(x = ox() + v), y]);
				break;
			case 'V':
				for (const v of n) points.push([x, (y = oy() + v)]);
				break;
			case 'A':
				for (let i = 0; i + 6 < n.length; i += 7) points.push([(x = ox() + n[i + 5]!), (y = oy() + n[i + 6]!)]);
				break;
			default: {
				// Pairs; in a C, S or Q group the relative offsets are all from the group's start.
				const per = ({ C: 6, S: 4, Q: 4 } as Record<string, number>)[cmd!.toUpperCase()] ?? 2;
				const first = points.length;
				for (let i = 0; i + per - 1 < n.length; i += per) {
					const [bx, by] = [ox(), oy()];
					for (let j = i; j < i + per; j += 2) points.push([bx + n[j]!, by + n[j + 1]!]);
					[x, y] = points[points.length - 1]!;
				}
				if (cmd!.toUpperCase() === 'M' && points[first]) [startX, startY] = points[first];
			}
		}
	}
	return points;
}

/** Marks drawn outside [0,width]×[0,height] (text by its estimated box), as strings. */
export function outside(scene: Scene): string[] {
	const { width, height } = scene;
	const bad: string[] = [];
	for (const layer of scene.layers) {
		for (const m of layer.marks) {
			const a = m.attrs;
			let box: [number, number, number, number] | undefined;
			if (m.tag === 'text') {
				const b = textBox(m);
				box = [b.left, b.top, b.right, b.bottom];
			} else if (m.tag === 'rect') box = [Number(a.x), Number(a.y), Number(a.x) + Number(a.width), Number(a.y) + Number(a.height)];
			else if (m.tag === 'circle') box = [Number(a.cx) - Number(a.r), Number(a.cy) - Number(a.r), Number(a.cx) + Number(a.r), Number(a.cy) + Number(a.r)];
			else if (m.tag === 'line') box = [Math.min(Number(a.x1), Number(a.x2)), Math.min(Number(a.y1), Number(a.y2)), Math.max(Number(a.x1), Number(a.x2)), Math.max(Number(a.y1), Number(a.y2))];
			else if (m.tag === 'path') {
				const points = pathPoints(String(a.d));
				const xs = points.map((p) => p[0]);
				const ys = points.map((p) => p[1]);
				box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
			}
			if (!box) continue;
			const [x0, y0, x1, y1] = box;
			if (x0 < -0.01 || y0 < -0.01 || x1 > width + 0.01 || y1 > height + 0.01) bad.push(`${layer.id}/${m.key} [${x0.toFixed(1)},${y0.toFixed(1)} – ${x1.toFixed(1)},${y1.toFixed(1)}]`);
		}
	}
	return bad;
}
