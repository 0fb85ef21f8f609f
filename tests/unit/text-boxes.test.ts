import { describe, expect, it } from 'vitest';
import { outside, pathPoints } from '../helpers/text-boxes';

// The "nothing drawn outside the viewBox" checks are only as good as this parser.
describe('pathPoints (test helper)', () => {
	it('reads absolute moves, lines and curves', () => {
		expect(pathPoints('M10,20L30,40')).toEqual([
			[10, 20],
			[30, 40],
		]);
		expect(pathPoints('M0,0 C5,10 15,10 20,0')).toEqual([
			[0, 0],
			[5, 10],
			[15, 10],
			[20, 0],
		]);
	});

	it('follows horizontal, vertical and relative commands from the current point', () => {
		// d3-path draws a rect as M x,y h w v h h -w Z.
		expect(pathPoints('M2,3h10v5h-10Z')).toEqual([
			[2, 3],
			[12, 3],
			[12, 8],
			[2, 8],
		]);
		expect(pathPoints('M100,100 l-5,10 V50 H0')).toEqual([
			[100, 100],
			[95, 110],
			[95, 50],
			[0, 50],
		]);
		expect(pathPoints('M1,1c1,1 2,2 3,3 c1,0 1,0 1,0')).toEqual([
			[1, 1],
			[2, 2],
			[3, 3],
			[4, 4],
			[5, 4],
			[5, 4],
			[5, 4],
		]);
	});

	it('takes an arc’s end point, and implicit repeats after a move as lines', () => {
		expect(pathPoints('M0 0 A5 5 0 0 1 10 0')).toEqual([
			[0, 0],
			[10, 0],
		]);
		expect(pathPoints('M0,0 10,10 20,0')).toEqual([
			[0, 0],
			[10, 10],
			[20, 0],
		]);
		expect(pathPoints('M1e1,-.5L2.5,3')).toEqual([
			[10, -0.5],
			[2.5, 3],
		]);
	});

	it('lets outside() catch a path that leaves the chart by a vertical line', () => {
		const scene = { width: 100, height: 50, layers: [{ id: 'l', marks: [{ tag: 'path', key: 'p', attrs: { d: 'M10,10 V80' } }] }] };
		expect(outside(scene as never)).toEqual(['l/p [10.0,10.0 – 10.0,80.0]']);
	});
});
