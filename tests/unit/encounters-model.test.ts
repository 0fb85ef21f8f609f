import { describe, expect, it } from 'vitest';
import { encountersScene, ENCOUNTER_STATES, type MonthRow } from '../../src/graphics/encounters/model';
import { loadEncounters } from '../../src/content/data/encounters';
import { sceneToSvgInner } from '../../src/graphics/core/svg-string';
import type { Mark, Scene } from '../../src/graphics/core/scene';
import { outOfBounds } from '../helpers/funding-layout';
import { expectGolden, standaloneSvg } from '../helpers/golden';

const rows = loadEncounters();
const dims = { width: 760, height: 440 };
const layer = (scene: Scene, id: string): Mark[] => scene.layers.find((l) => l.id === id)!.marks;
const bar = (scene: Scene, key: string) => layer(scene, 'bars').find((m) => m.key === key)!;
const texts = (scene: Scene, id: string) =>
	layer(scene, id)
		.flatMap((m) => m.lines ?? [])
		.join(' ');

describe('encounters data', () => {
	it('covers March 2020 to July 2026 without gaps', () => {
		expect(rows).toHaveLength(77);
		expect(rows[0]!.month).toBe('2020-03');
		expect(rows.at(-1)!.month).toBe('2026-07');
	});
	it('matches the figures quoted in the explainer', () => {
		const byMonth = new Map(rows.map((r) => [r.month, r]));
		expect(byMonth.get('2020-04')).toMatchObject({ total: 17106, title42: 15522 });
		expect(byMonth.get('2021-05')!.title42).toBe(113392);
		expect(byMonth.get('2023-12')!.total).toBe(301981);
		expect(byMonth.get('2024-01')!.total).toBe(176195);
		// From January 2024, CBP's FY2023–FY2026 file (through July 2026), revised below the older file in late 2024.
		expect(byMonth.get('2024-12')!.total).toBe(96033);
		expect(byMonth.get('2025-07')!.total).toBe(7822);
		expect(byMonth.get('2026-05')!.total).toBe(13538);
		const fy = (from: string, to: string) => rows.filter((r) => r.month >= from && r.month <= to).reduce((sum, r) => sum + r.total, 0);
		expect(fy('2023-10', '2024-09')).toBe(2135005);
		expect(fy('2024-10', '2025-09')).toBe(443671);
		expect(rows.reduce((sum, r) => sum + r.title42, 0)).toBe(2912200);
	});
});

describe('encounters scene', () => {
	it('draws two stacked bars per month whose heights add up to the total, one bar after Title 42 ended', () => {
		const scene = encountersScene(rows, dims, 'overview');
		const withT42 = rows.filter((r) => r.month <= '2023-05').length;
		expect(layer(scene, 'bars')).toHaveLength(rows.length + withT42);
		expect(layer(scene, 'bars').find((m) => m.key === '2023-06-t42')).toBeUndefined();
		const t42 = bar(scene, '2021-05-t42');
		const t8 = bar(scene, '2021-05-t8');
		expect(t8.attrs.y as number).toBeCloseTo((t42.attrs.y as number) - (t8.attrs.height as number), 6);
		// Dec 2023 is the tallest bar.
		const heights = rows.map((r) => (bar(scene, `${r.month}-t8`).attrs.height as number) + ((layer(scene, 'bars').find((m) => m.key === `${r.month}-t42`)?.attrs.height as number | undefined) ?? 0));
		expect(rows[heights.indexOf(Math.max(...heights))]!.month).toBe('2023-12');
	});

	it('keeps the y scale fixed across states so bar heights stay comparable', () => {
		const a = encountersScene(rows, dims, 'order');
		const b = encountersScene(rows, dims, 'after');
		expect(bar(a, '2020-06-t42').attrs).toEqual(bar(b, '2020-06-t42').attrs);
		expect(layer(a, 'grid').map((m) => m.attrs.y1)).toEqual(layer(b, 'grid').map((m) => m.attrs.y1));
	});

	it('reveals months step by step: in "order" 2021 bars are collapsed', () => {
		const scene = encountersScene(rows, dims, 'order');
		expect(bar(scene, '2020-12-t42').attrs.height).toBeGreaterThan(0);
		expect(bar(scene, '2021-01-t42').attrs.height).toBe(0);
		expect(bar(scene, '2021-01-t8').attrs.height).toBe(0);
	});

	it('mutes months outside the step’s focus', () => {
		const scene = encountersScene(rows, dims, 'courts');
		expect(bar(scene, '2022-05-t42').className).not.toContain('is-muted');
		expect(bar(scene, '2021-05-t42').className).toContain('is-muted');
		// The repeat-crossing note is about all encounters, so both authorities stay in focus.
		const repeat = encountersScene(rows, dims, 'repeat');
		expect(bar(repeat, '2021-05-t8').className).not.toContain('is-muted');
		expect(bar(repeat, '2022-05-t42').className).toContain('is-muted');
	});

	it('writes the plain-language notes of each step', () => {
		expect(texts(encountersScene(rows, dims, 'end'), 'notes')).toContain('Title 42 ends, May 11, 2023');
		expect(texts(encountersScene(rows, dims, 'record'), 'reference')).toContain('30,000 a month');
		expect(texts(encountersScene(rows, dims, 'record'), 'notes')).toContain('301,981');
		expect(texts(encountersScene(rows, dims, 'repeat'), 'notes')).toContain('Events, not people');
		// CBP's 27% was of its first count for July 2021, 212,672, not the revised 213,593.
		expect(texts(encountersScene(rows, dims, 'repeat'), 'notes')).toContain('212,672');
		expect(texts(encountersScene(rows, dims, 'after'), 'notes')).toContain('96,033');
		expect(texts(encountersScene(rows, dims, 'collapse'), 'notes')).toContain('7,822');
	});

	it('marks the June 2024 and January 20, 2025 policy changes once their months are shown', () => {
		const marker = (state: (typeof ENCOUNTER_STATES)[number], month: string) => layer(encountersScene(rows, dims, state), 'markers').find((m) => m.key === `marker-${month}`)!;
		expect(marker('overview', '2024-06').attrs.y1).not.toBe(marker('overview', '2024-06').attrs.y2);
		expect(marker('overview', '2025-01').attrs.y1).not.toBe(marker('overview', '2025-01').attrs.y2);
		expect(marker('after', '2025-01').attrs.y1).toBe(marker('after', '2025-01').attrs.y2);
		expect(marker('record', '2024-06').attrs.y1).toBe(marker('record', '2024-06').attrs.y2);
	});

	it('has a written-in legend for both authorities', () => {
		const legend = texts(encountersScene(rows, dims, 'overview'), 'legend');
		expect(legend).toContain('Title 42 (processed for expulsion)');
		expect(legend).toContain('Title 8 processing');
	});

	it('fits a 320 px phone: nothing is drawn outside the chart', () => {
		const small = { width: 320, height: 300 };
		for (const state of ENCOUNTER_STATES) {
			const scene = encountersScene(rows, small, state);
			for (const m of layer(scene, 'bars')) {
				expect(m.attrs.x as number).toBeGreaterThanOrEqual(0);
				expect((m.attrs.x as number) + (m.attrs.width as number)).toBeLessThanOrEqual(small.width);
				expect(m.attrs.y as number).toBeGreaterThanOrEqual(0);
			}
			for (const m of layer(scene, 'notes').filter((n) => n.tag === 'text')) {
				expect(m.attrs.y as number).toBeGreaterThan(0);
			}
		}
	});

	it('keeps every English label inside the chart on phones, the returns-ceiling label wrapped', () => {
		// 344 px is the live graphic's width on a 360 px phone. Widths: DejaVu Sans estimates.
		for (const size of [
			{ width: 360, height: 420 },
			{ width: 344, height: 370 },
			{ width: 320, height: 300 },
		]) {
			for (const state of ENCOUNTER_STATES) expect(outOfBounds(encountersScene(rows, size, state)), `${state} @ ${size.width}×${size.height}`).toEqual([]);
		}
		expect(layer(encountersScene(rows, { width: 344, height: 370 }, 'record'), 'reference').find((m) => m.key === 'reference-label')!.lines).toEqual([
			"Mexico's CHNV returns ceiling:",
			'30,000 a month',
		]);
		expect(layer(encountersScene(rows, dims, 'record'), 'reference').find((m) => m.key === 'reference-label')!.lines).toEqual(["Mexico's CHNV returns ceiling: 30,000 a month"]);
	});

	it('keeps note labels apart at phone width', () => {
		for (const state of ENCOUNTER_STATES) {
			const labels = layer(encountersScene(rows, { width: 340, height: 320 }, state), 'notes').filter((m) => m.tag === 'text');
			const boxes = labels.map((m) => {
				const w = Math.max(...m.lines!.map((l) => l.length)) * 7;
				const x = m.attrs.x as number;
				const x0 = m.attrs['text-anchor'] === 'end' ? x - w : x;
				return { x0, x1: x0 + w, y0: (m.attrs.y as number) - 14, y1: (m.attrs.y as number) - 14 + m.lines!.length * 14 };
			});
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const [a, b] = [boxes[i]!, boxes[j]!];
					const overlap = a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
					expect(overlap, `${state}: ${labels[i]!.key} overlaps ${labels[j]!.key}`).toBe(false);
				}
		}
	});

	it('keeps keys stable across states so transitions move the same bars', () => {
		const keys = (s: Scene) => layer(s, 'bars').map((m) => m.key);
		expect(keys(encountersScene(rows, dims, 'order'))).toEqual(keys(encountersScene(rows, dims, 'record')));
	});

	it('renders every state to the golden SVG', () => {
		for (const state of ENCOUNTER_STATES) {
			const scene = encountersScene(rows, dims, state);
			expectGolden(`encounters-${state}`, standaloneSvg(sceneToSvgInner(scene), dims.width, dims.height));
		}
	});

	it('is pure: the same input gives the same scene, and input is not changed', () => {
		const copy: MonthRow[] = structuredClone(rows);
		expect(encountersScene(rows, dims, 'rise')).toEqual(encountersScene(copy, dims, 'rise'));
		expect(copy).toEqual(rows);
	});
});
