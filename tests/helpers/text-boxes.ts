/**
 * Estimated boxes of the text marks of a scene, for "fits at 320 px" and "labels do
 * not overlap" checks. Width ≈ 0.55 × font size × characters; font sizes follow the
 * classes in src/styles/charts.css.
 */
import type { Mark, Scene } from '../../src/graphics/core/scene';

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

export function textBox(m: Mark, factor = 0.55): Box {
	const fs = fontSize(m.className);
	const text = (m.lines ?? []).join(' ');
	const w = factor * fs * Math.max(0, ...(m.lines ?? []).map((l) => [...l].length));
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

export function textBoxes(scene: Scene, factor = 0.55): Box[] {
	return scene.layers.flatMap((l) => l.marks.filter((m) => m.tag === 'text' && (m.lines ?? []).some((t) => t.length))).map((m) => textBox(m, factor));
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

/** Marks drawn outside [0,width]×[0,height] (text by its estimated box), as strings. */
export function outside(scene: Scene, factor = 0.55): string[] {
	const { width, height } = scene;
	const bad: string[] = [];
	for (const layer of scene.layers) {
		for (const m of layer.marks) {
			const a = m.attrs;
			let box: [number, number, number, number] | undefined;
			if (m.tag === 'text') {
				const b = textBox(m, factor);
				box = [b.left, b.top, b.right, b.bottom];
			} else if (m.tag === 'rect') box = [Number(a.x), Number(a.y), Number(a.x) + Number(a.width), Number(a.y) + Number(a.height)];
			else if (m.tag === 'circle') box = [Number(a.cx) - Number(a.r), Number(a.cy) - Number(a.r), Number(a.cx) + Number(a.r), Number(a.cy) + Number(a.r)];
			else if (m.tag === 'line') box = [Math.min(Number(a.x1), Number(a.x2)), Math.min(Number(a.y1), Number(a.y2)), Math.max(Number(a.x1), Number(a.x2)), Math.max(Number(a.y1), Number(a.y2))];
			else if (m.tag === 'path') {
				const nums = String(a.d).match(/-?\d+(\.\d+)?/g)!.map(Number);
				const xs = nums.filter((_, i) => i % 2 === 0);
				const ys = nums.filter((_, i) => i % 2 === 1);
				box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
			}
			if (!box) continue;
			const [x0, y0, x1, y1] = box;
			if (x0 < -0.01 || y0 < -0.01 || x1 > width + 0.01 || y1 > height + 0.01) bad.push(`${layer.id}/${m.key} [${x0.toFixed(1)},${y0.toFixed(1)} – ${x1.toFixed(1)},${y1.toFixed(1)}]`);
		}
	}
	return bad;
}
