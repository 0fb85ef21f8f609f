/**
 * Layout checks shared by the bar charts' tests (funding-votes, the bars kind): estimated boxes of text marks
 * (same DejaVu-based widths the models use), bounds and overlap checks, and the
 * extra golden-file styles for the funding colour classes.
 */
import { LINE_HEIGHT_EM, type Mark, type Scene } from '../../src/graphics/core/scene';
import { textWidth } from '../../src/graphics/core/text';

export interface Box {
	key: string;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

function fontOf(className = ''): { size: number; bold: boolean } {
	const cls = className.split(/\s+/);
	const size = cls.includes('label-small') ? 11.5 : cls.includes('legend') ? 13 : cls.includes('note') ? 12.5 : 12;
	return { size, bold: cls.includes('legend') || cls.includes('note') || cls.includes('label-strong') };
}

/** Estimated box of a text mark (ascent 0.8 em, descent 0.2 em, rows 1.2 em apart). */
export function textBox(m: Mark): Box {
	const { size, bold } = fontOf(m.className);
	const lines = m.lines ?? [];
	const w = Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
	const x = Number(m.attrs.x ?? 0);
	const anchor = m.attrs['text-anchor'] ?? 'start';
	const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
	const baseline = Number(m.attrs.y ?? 0) + (m.attrs.dy === '0.35em' ? 0.35 * size : 0);
	const y0 = baseline - 0.8 * size;
	const y1 = baseline + 0.2 * size + (lines.length - 1) * LINE_HEIGHT_EM * size;
	return { key: m.key, x0, x1: x0 + w, y0, y1 };
}

export function visibleMarks(scene: Scene): Mark[] {
	return scene.layers.flatMap((l) => l.marks).filter((m) => !(m.className ?? '').includes('is-hidden'));
}

/** Everything drawn lies inside the chart. Returns the offending keys. */
export function outOfBounds(scene: Scene, slack = 0.5): string[] {
	const bad: string[] = [];
	for (const m of visibleMarks(scene)) {
		let box: Box | undefined;
		if (m.tag === 'text') box = textBox(m);
		else if (m.tag === 'rect') {
			const x = Number(m.attrs.x);
			const y = Number(m.attrs.y);
			box = { key: m.key, x0: x, x1: x + Number(m.attrs.width), y0: y, y1: y + Number(m.attrs.height) };
		} else if (m.tag === 'line') {
			const xs = [Number(m.attrs.x1), Number(m.attrs.x2)];
			const ys = [Number(m.attrs.y1), Number(m.attrs.y2)];
			box = { key: m.key, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
		}
		if (!box) continue;
		if (box.x0 < -slack || box.y0 < -slack || box.x1 > scene.width + slack || box.y1 > scene.height + slack) bad.push(m.key);
	}
	return bad;
}

/** Pairs of visible text marks whose boxes overlap. */
export function overlappingTexts(scene: Scene): [string, string][] {
	const boxes = visibleMarks(scene)
		.filter((m) => m.tag === 'text' && (m.lines ?? []).some((l) => l.trim()))
		.map(textBox);
	const pairs: [string, string][] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) pairs.push([a.key, b.key]);
		}
	}
	return pairs;
}

/** Text boxes that sit on top of a visible coloured bar (text must never sit on a bar). */
export function textsOnBars(scene: Scene): [string, string][] {
	const marks = visibleMarks(scene);
	const texts = marks.filter((m) => m.tag === 'text' && (m.lines ?? []).some((l) => l.trim())).map(textBox);
	const bars = marks
		.filter((m) => m.tag === 'rect' && Number(m.attrs.width) > 0 && !m.key.startsWith('legend-'))
		.map((m) => ({ key: m.key, x0: Number(m.attrs.x), x1: Number(m.attrs.x) + Number(m.attrs.width), y0: Number(m.attrs.y), y1: Number(m.attrs.y) + Number(m.attrs.height) }));
	const hits: [string, string][] = [];
	for (const t of texts) for (const b of bars) if (t.x0 < b.x1 && b.x0 < t.x1 && t.y0 < b.y1 && b.y0 < t.y1) hits.push([t.key, b.key]);
	return hits;
}

/** Golden files: the funding colour classes (light theme), added to the shared golden style. */
export const FUNDING_GOLDEN_STYLE =
	'.fill-border{fill:#d62728}.fill-fund-ukraine{fill:#2b5c8a}.fill-fund-israel{fill:#6aaed6}.fill-fund-humanitarian{fill:#1b8a6b}.fill-fund-indopacific{fill:#8e6cc4}.is-hidden{opacity:0}.strike{stroke:#1b1b1b;stroke-width:2}.note-leader{stroke:#333}.legend,.note,.label-strong{font-weight:700}.label-small{font-size:11.5px}';
