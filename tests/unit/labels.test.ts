import { describe, expect, it } from 'vitest';
import { boxesHit, firstFit, labelBox, labelMarks, noteMarks, placeLabels, type Box, type LabelRequest } from '../../src/graphics/core/labels';

const req = (key: string, x: number, top: number, lines: string[], alignEnd = false, y = top - 20): LabelRequest => ({ key, x, top, y, lines, alignEnd });
const boxesOf = (labels: LabelRequest[], spots: ReturnType<typeof placeLabels>): Box[] => spots.map((s, i) => labelBox(labels[i]!.lines, s.x, s.y, s.alignEnd));

describe('labelBox and boxesHit', () => {
	it('measures a label from its first baseline, left or right of x', () => {
		const start = labelBox(['Record month'], 100, 50, false);
		const end = labelBox(['Record month'], 100, 50, true);
		expect(start.x0).toBe(100);
		expect(end.x1).toBe(100);
		expect(start.x1 - start.x0).toBeCloseTo(end.x1 - end.x0);
		expect(start.y0).toBeLessThan(50);
		const two = labelBox(['Record month', 'Dec 2023'], 100, 50, false);
		expect(two.y1 - start.y1).toBeCloseTo(15);
	});
	it('counts boxes within 2 px as touching', () => {
		const a = { x0: 0, x1: 10, y0: 0, y1: 10 };
		expect(boxesHit(a, { x0: 11, x1: 20, y0: 0, y1: 10 })).toBe(true);
		expect(boxesHit(a, { x0: 13, x1: 20, y0: 0, y1: 10 })).toBe(false);
	});
});

describe('placeLabels', () => {
	it('keeps the first fit where it is clear (wide charts do not move)', () => {
		const labels = [req('a', 100, 200, ['Title 42 ends']), req('b', 500, 200, ['Record'])];
		const spots = placeLabels(labels, { left: 40, right: 760 });
		expect(spots).toEqual(firstFit(labels, 760));
		expect(spots[0]).toEqual({ x: 105, y: 180, alignEnd: false });
		expect(spots[1]).toEqual({ x: 505, y: 180, alignEnd: false });
	});

	it('moves labels that would overlap so that none do, inside the bounds and above their anchors', () => {
		const labels = [req('a', 150, 300, ['Order takes effect,', 'March 20, 2020']), req('b', 156, 250, ['April 2020: 17,106,', '91% under Title 42'])];
		const bounds = { left: 40, right: 320, obstacles: [{ x0: 40, x1: 300, y0: 0, y1: 37 }] };
		const spots = placeLabels(labels, bounds);
		const boxes = boxesOf(labels, spots);
		expect(boxesHit(boxes[0]!, boxes[1]!)).toBe(false);
		boxes.forEach((b, i) => {
			expect(b.x0).toBeGreaterThanOrEqual(39.5);
			expect(b.x1).toBeLessThanOrEqual(320.5);
			expect(b.y1).toBeLessThanOrEqual(labels[i]!.top - 3);
			expect(boxesHit(b, bounds.obstacles[0]!)).toBe(false);
		});
	});

	it('slides a label back inside the right edge, on the other side of its leader if needed', () => {
		const labels = [req('a', 350, 200, ['A long label near the edge'])];
		const [spot] = placeLabels(labels, { left: 0, right: 360 });
		const box = labelBox(labels[0]!.lines, spot!.x, spot!.y, spot!.alignEnd);
		expect(box.x1).toBeLessThanOrEqual(360.5);
	});

	it('keeps clear of obstacles such as bars in focus', () => {
		const bar = { x0: 100, x1: 300, y0: 150, y1: 400 };
		const labels = [req('a', 120, 400, ['Over the bars'], false, 160)];
		const spots = placeLabels(labels, { left: 0, right: 400, obstacles: [bar] });
		expect(boxesHit(boxesOf(labels, spots)[0]!, bar)).toBe(false);
	});

	it('keeps a label with no room at all at its first spot', () => {
		const labels = [req('a', 50, 10, ['No room'])];
		expect(placeLabels(labels, { left: 0, right: 100 })).toEqual(firstFit(labels, 100));
	});
});

describe('labelMarks', () => {
	it('draws a leader from under the label to 3 px above the anchor, with keyed marks', () => {
		const labels = [req('note-2020-04', 100, 200, ['One', 'Two'])];
		const marks = noteMarks(labels, { left: 0, right: 400 });
		expect(marks.map((m) => m.key)).toEqual(['note-2020-04-leader', 'note-2020-04-label']);
		const [leader, label] = marks;
		expect(leader!.attrs).toMatchObject({ x1: 100, x2: 100, y2: 197 });
		expect(leader!.attrs.y1).toBe(Number(label!.attrs.y) + 4 + 14);
		expect(label!.lines).toEqual(['One', 'Two']);
		expect(label!.className).toBe('note');
		expect(labelMarks(labels, [{ x: 95, y: 100, alignEnd: true }], { className: 'note note--x' })[1]!.attrs['text-anchor']).toBe('end');
	});
});
