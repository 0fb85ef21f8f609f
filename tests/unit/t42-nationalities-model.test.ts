/**
 * The nationalities chart: bars largest first, and labels that fit. At the narrow
 * size (360 px, the narrowest phone we support) and on smaller phones, in English
 * and Spanish (longer names, "1 781 514 (61.2 %)"), every text lies inside the
 * viewBox, no text overlaps another text or a bar. Text extents are estimated two
 * ways: DejaVu Sans widths (the widest common fallback of the chart font) and the
 * coarser 0.55 em per character of tests/helpers/text-boxes.ts.
 */
import { describe, expect, it } from 'vitest';
import nationalities from '../../src/graphics/t42-nationalities';
import { nationalitiesScene, type NationalityData } from '../../src/graphics/t42-nationalities/model';
import { sceneToSvgInner } from '../../src/graphics/core/svg-string';
import type { Dimensions, Mark, Scene } from '../../src/graphics/core/scene';
import { outOfBounds, overlappingTexts, textsOnBars } from '../helpers/funding-layout';
import { expectGolden, standaloneSvg } from '../helpers/golden';
import { outside, overlappingPairs, textBoxes } from '../helpers/text-boxes';

const data = nationalities.load() as NationalityData;
const narrow = nationalities.narrowSize!;
const wide = nationalities.staticSize;
const marks = (scene: Scene): Mark[] => scene.layers.flatMap((l) => l.marks);
const byKey = (scene: Scene, key: string) => marks(scene).find((m) => m.key === key)!;

/** Everything wrong with the layout of a scene, as readable strings (empty when it fits). */
const layoutProblems = (scene: Scene): string[] => problems(scene);

function problems(scene: Scene): string[] {
	return [
		...outOfBounds(scene).map((key) => `outside the viewBox (DejaVu widths): ${key}`),
		...outside(scene).map((what) => `outside the viewBox (0.55 em per character): ${what}`),
		...overlappingTexts(scene).map(([a, b]) => `texts overlap (DejaVu widths): ${a} × ${b}`),
		...overlappingPairs(textBoxes(scene)).map((pair) => `texts overlap (0.55 em per character): ${pair}`),
		...textsOnBars(scene).map(([t, b]) => `text on a bar: ${t} × ${b}`),
	];
}

describe('t42-nationalities model', () => {
	it('draws one bar per nationality, largest first, lengths proportional to the counts', () => {
		const scene = nationalitiesScene(data, wide);
		const bars = marks(scene).filter((m) => m.tag === 'rect');
		expect(bars).toHaveLength(data.rows.length);
		const ys = bars.map((b) => Number(b.attrs.y));
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
		const widths = bars.map((b) => Number(b.attrs.width));
		expect([...widths].sort((a, b) => b - a)).toEqual(widths);
		const mexico = data.rows.find((r) => r.nationality === 'Mexico')!;
		const cuba = data.rows.find((r) => r.nationality === 'Cuba')!;
		expect(Number(byKey(scene, 'bar-Cuba').attrs.width) / Number(byKey(scene, 'bar-Mexico').attrs.width)).toBeCloseTo(cuba.count / mexico.count, 3);
	});

	for (const lang of ['en', 'es'] as const) {
		it(`${lang}: at the narrow size (${narrow.width}×${narrow.height}) every text fits inside the viewBox and clears the other texts and the bars`, () => {
			expect(layoutProblems(nationalitiesScene(data, narrow, lang))).toEqual([]);
		});

		it(`${lang}: fits at the wide size and on other phones too`, () => {
			const sizes: Dimensions[] = [wide, { width: 320, height: 330 }, { width: 340, height: 300 }, { width: 375, height: 330 }, { width: 414, height: 330 }, { width: 600, height: 330 }];
			for (const dims of sizes) expect(layoutProblems(nationalitiesScene(data, dims, lang)), `${dims.width}×${dims.height}`).toEqual([]);
		});
	}

	it('renders the static drawing (overview) to golden SVGs, wide and narrow', () => {
		for (const [name, dims] of [
			['t42-nationalities-overview', wide],
			['t42-nationalities-overview-narrow', narrow],
		] as const) {
			const scene = nationalitiesScene(data, dims);
			expectGolden(name, standaloneSvg(sceneToSvgInner(scene), scene.width, scene.height));
		}
	});
});
