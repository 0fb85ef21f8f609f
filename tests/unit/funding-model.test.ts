import { describe, expect, it } from 'vitest';
import funding from '../../src/graphics/funding';
import { FUNDING_CATEGORIES, FUNDING_STATES, fundingScene, type FundingData, type FundingState } from '../../src/graphics/funding/model';
import { AID_ONLY_FILE, FUNDING_FILE, loadFundingPackage, parseFundingRows, TOTAL_TOLERANCE } from '../../src/graphics/funding/data';
import { readCsv } from '../../src/content/csv';
import { sceneToSvgInner } from '../../src/graphics/core/svg-string';
import type { Mark, Scene } from '../../src/graphics/core/scene';
import { expectGolden, standaloneSvg } from '../helpers/golden';
import { FUNDING_GOLDEN_STYLE, outOfBounds, overlappingTexts, textsOnBars } from '../helpers/funding-layout';

const data = loadFundingPackage();
const wide = funding.staticSize;
const narrow = funding.narrowSize!;
const layer = (scene: Scene, id: string): Mark[] => scene.layers.find((l) => l.id === id)!.marks;
const seg = (scene: Scene, stage: string, category: string) => layer(scene, 'bars').find((m) => m.key === `${stage}:${category}`)!;
const texts = (scene: Scene) =>
	scene.layers
		.flatMap((l) => l.marks)
		.map((m) => (m.lines ?? []).join(' '))
		.join(' | ');
const stage = (prefix: string) => data.stages.find((s) => s.id.startsWith(prefix))!;
const REQUEST = 'request-2023-10-20';
const DEAL = 'senate-deal-2024-02-04';
const AID = 'aid-only-2024-02-13';
const LAW = 'enacted-2024-04-24';
const rawFiles = () => [FUNDING_FILE, AID_ONLY_FILE].map((file) => ({ file, rows: readCsv(file) }));

describe('funding data', () => {
	it('has the four stages in story order with the research figures', () => {
		expect(data.stages.map((s) => s.id)).toEqual([REQUEST, DEAL, AID, LAW]);
		expect(stage('request').values).toEqual({ border: 13.6, other: 92 });
		expect(stage('senate-deal').values).toEqual({ border: 20.2, other: 98.1 });
		expect(stage('aid-only').values).toEqual({ border: 0, other: 95.34 });
		expect(stage('enacted').values).toEqual({ border: 0, other: 95.3 });
		expect(data.stages.map((s) => s.total)).toEqual([105.6, 118.3, 95.34, 95.3]);
	});

	// "Within rounding": the sources give amounts to the cent of a billion, so a stage's
	// categories must equal its stated total once rounded to $0.01B, i.e. differ by at
	// most half a cent ($0.005B). Floating-point sums of 2-decimal numbers sit far inside that.
	it('adds every stage’s categories up to its stated total (|sum − total| ≤ $0.005B)', () => {
		expect(TOTAL_TOLERANCE).toBe(0.005);
		for (const s of data.stages) {
			const sum = s.has.reduce((total, c) => total + s.values[c], 0);
			expect(Math.abs(sum - s.total), s.id).toBeLessThanOrEqual(TOTAL_TOLERANCE);
			expect(sum.toFixed(2), s.id).toBe(s.total.toFixed(2));
		}
	});

	it('uses one definition of each category at every stage: border, and all other parts', () => {
		expect(FUNDING_CATEGORIES).toEqual(['border', 'other']);
		for (const s of data.stages) expect(s.has, s.id).toEqual(['border', 'other']);
		const files = rawFiles();
		files[0]!.rows.push({ stage: LAW, category: 'humanitarian', billions_usd: '9.2', source: 'https://example.org' });
		expect(() => parseFundingRows(files)).toThrow(/data\/funding-package\.csv: row \d+, field "category": expected one of border, other/);
	});

	it('names the original publisher’s URL for every amount', () => {
		for (const { file, rows } of rawFiles()) for (const r of rows) expect(r.source, `${file} ${r.stage} ${r.category}`).toMatch(/https:\/\/(www\.)?(crsreports\.congress\.gov|congress\.gov|govexec\.com|crfb\.org|appropriations\.senate\.gov|rollcall\.com|murkowski\.senate\.gov)\//);
		const files = rawFiles();
		files[0]!.rows[0]!.source = 'CNN copy on a local station';
		expect(() => parseFundingRows(files)).toThrow('data/funding-package.csv: row 2, field "source": expected the original publisher\'s name and its https:// URL');
	});

	it('stops on bad rows, naming file, row and field', () => {
		const bad = rawFiles();
		bad[0]!.rows[1]!.billions_usd = '92,0';
		expect(() => parseFundingRows(bad)).toThrow('data/funding-package.csv: row 3, field "billions_usd"');
		const wrongSum = rawFiles();
		wrongSum[1]!.rows[1]!.billions_usd = '95.88';
		expect(() => parseFundingRows(wrongSum)).toThrow(/aid-only-2024-02-13: categories add up to 95\.88, but the stated total is 95\.34/);
		const unknown = rawFiles();
		unknown[0]!.rows[0]!.category = 'taiwan';
		expect(() => parseFundingRows(unknown)).toThrow('data/funding-package.csv: row 2, field "category"');
	});

	it('takes the vote tallies it annotates from data/funding-votes.csv', () => {
		expect(data.cloture).toEqual({ date: '2024-02-07', yes: 49, no: 50, threshold: 60 });
		expect(data.aidOnlyPassage).toMatchObject({ date: '2024-02-13', yes: 70, no: 29 });
	});
});

describe('funding chart definition', () => {
	it('has exactly the writer’s six states, in order, then overview for the static chart', () => {
		expect(funding.states).toEqual(['request', 'border-ask', 'senate-deal', 'cloture-fails', 'aid-only', 'enacted', 'overview']);
		expect(funding.staticState).toBe('overview');
	});

	it('names the original publishers and only known source ids', async () => {
		expect(funding.credit).toMatch(/Congressional Research Service/);
		expect(funding.credit).toMatch(/Senate Appropriations Committee/);
		expect(funding.credit).not.toMatch(/Brownstein|USGLC|CNN/);
		const { readFileSync, readdirSync } = await import('node:fs');
		const ids = readdirSync('content/sources')
			.filter((f) => f.endsWith('.yaml'))
			.flatMap((f) => [...readFileSync(`content/sources/${f}`, 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]));
		for (const id of funding.sourceIds) expect(ids, id).toContain(id);
	});

	it('tabulates stage, category and billions, marking the derived row', () => {
		const table = funding.table(data);
		expect(table.columns.slice(0, 3)).toEqual(['Stage', 'Category', 'Billions of dollars']);
		expect(table.rows).toContainEqual(['Senate deal (Feb 4, 2024)', 'Border and migration', '20.20', '']);
		expect(table.rows).toContainEqual(['White House request (Oct 20, 2023)', 'All other parts', '92.00', 'Derived: CRS total minus border']);
		expect(table.rows.filter((r) => String(r[0]).startsWith('Enacted')).map((r) => r[1])).toEqual(['Border and migration', 'All other parts']);
	});
});

describe('funding scene', () => {
	const scene = (state: FundingState, dims = wide) => fundingScene(data, dims, state);

	it('puts the border segment first on every bar, in the border colour', () => {
		for (const state of FUNDING_STATES) {
			const s = scene(state);
			for (const st of data.stages) {
				const border = seg(s, st.id, 'border');
				expect(border.className).toContain('fill-border');
				expect(border.attrs.x).toBe(seg(s, REQUEST, 'border').attrs.x);
			}
		}
	});

	it('draws segments to one scale: the deal’s border slice is 20.2/13.6 of the request’s', () => {
		const s = scene('overview');
		const w = (st: string, c: string) => Number(seg(s, st, c).attrs.width) + 1; // + the 1 px gap
		expect(w(DEAL, 'border') / w(REQUEST, 'border')).toBeCloseTo(20.2 / 13.6, 2);
		expect(w(LAW, 'other') / w(AID, 'other')).toBeCloseTo(95.3 / 95.34, 2);
		// Each bar's length (from the common left edge, x = 1) is proportional to its total.
		const length = (st: string) => Math.max(...FUNDING_CATEGORIES.map((c) => Number(seg(s, st, c).attrs.x) + Number(seg(s, st, c).attrs.width))) + 1 - 1;
		for (const st of data.stages) expect(length(st.id) / length(DEAL)).toBeCloseTo(st.total / 118.3, 2);
		expect(Number(seg(s, LAW, 'border').attrs.width)).toBe(0);
		expect(Number(seg(s, AID, 'border').attrs.width)).toBe(0);
	});

	it('reveals rows stage by stage; unrevealed rows wait hidden on the latest row, ready to glide', () => {
		const r = scene('request');
		for (const st of [DEAL, AID, LAW]) {
			for (const c of FUNDING_CATEGORIES) {
				const m = seg(r, st, c);
				expect(m.className).toContain('is-hidden');
				expect(m.attrs.y).toBe(seg(r, REQUEST, c).attrs.y);
				expect(m.attrs.x).toBe(seg(r, REQUEST, c).attrs.x);
				expect(m.attrs.width).toBe(seg(r, REQUEST, c).attrs.width);
			}
		}
		expect(texts(r)).not.toContain('Senate deal');
		const deal = scene('senate-deal');
		expect(seg(deal, DEAL, 'other').className).not.toContain('is-hidden');
		expect(seg(deal, AID, 'other').attrs.y).toBe(seg(deal, DEAL, 'other').attrs.y);
		expect(texts(scene('enacted'))).toContain('Enacted law, Apr 24, 2024');
	});

	it('highlights the border slice in "border-ask" and mutes everything else', () => {
		const s = scene('border-ask');
		expect(seg(s, REQUEST, 'border').className).not.toContain('is-muted');
		for (const c of FUNDING_CATEGORIES.filter((c) => c !== 'border')) expect(seg(s, REQUEST, c).className).toContain('is-muted');
		expect(texts(s)).toContain('Border: $13.6B, about 13% of the request');
		expect(texts(scene('senate-deal'))).toContain('Border: $20.2B, about 17% of the deal');
	});

	it('labels every row with stage name, date and total', () => {
		const t = texts(scene('overview'));
		for (const label of ['White House request, Oct 20, 2023', 'Senate deal, Feb 4, 2024', 'Aid-only bill, Feb 13, 2024', 'Enacted law, Apr 24, 2024']) expect(t).toContain(label);
		for (const total of ['$105.6B', '$118.3B', '$95.34B', '$95.3B']) expect(t).toContain(total);
		expect(t).toContain('Border: $13.6B');
		expect(t).toContain('Border: $20.2B');
		expect(t.match(/Border: \$0/g)).toHaveLength(2);
	});

	it('marks the deal as blocked from "cloture-fails" on: muted, struck through, 49–50 with 60 needed', () => {
		expect(layer(scene('senate-deal'), 'notes').find((m) => m.key === 'deal-strike')).toBeUndefined();
		for (const state of ['cloture-fails', 'aid-only', 'enacted', 'overview'] as const) {
			const s = scene(state);
			expect(layer(s, 'notes').find((m) => m.key === 'deal-strike')).toBeDefined();
			expect(texts(s)).toContain('Blocked Feb 7: 49–50 on starting debate; 60 votes needed');
			for (const c of FUNDING_CATEGORIES) expect(seg(s, DEAL, c).className).toContain('is-muted');
		}
	});

	it('shows the aid-only bill without a border slice, passed 70–29', () => {
		const s = scene('aid-only');
		expect(seg(s, AID, 'border').attrs.width).toBe(0);
		expect(seg(s, AID, 'other').className).not.toMatch(/is-(muted|hidden)/);
		expect(texts(s)).toContain('Passed the Senate 70–29 on Feb 13');
		expect(texts(s)).toContain('All other parts $95.34B');
	});

	it('keeps keys stable across states so segments glide between steps', () => {
		const keys = (s: Scene) => layer(s, 'bars').map((m) => m.key);
		const first = keys(scene('request'));
		expect(first).toHaveLength(data.stages.length * FUNDING_CATEGORIES.length);
		for (const state of FUNDING_STATES) expect(keys(scene(state))).toEqual(first);
	});

	it('keeps row positions fixed across states at a given size', () => {
		const y = (s: Scene) => data.stages.map((st) => seg(s, st.id, 'other').attrs.y);
		expect(y(scene('overview'))).toEqual(y(scene('enacted')));
		expect(seg(scene('senate-deal'), DEAL, 'border').attrs.y).toBe(seg(scene('overview'), DEAL, 'border').attrs.y);
	});

	it('fits from 320 px to 1200 px: nothing outside the chart, no overlapping labels, no text on bars', () => {
		const sizes = [wide, narrow, { width: 320, height: 380 }, { width: 320, height: 440 }, { width: 480, height: 420 }, { width: 660, height: 400 }, { width: 1200, height: 560 }];
		for (const dims of sizes) {
			for (const state of FUNDING_STATES) {
				const s = scene(state, dims);
				const where = `${state} @ ${dims.width}×${dims.height}`;
				expect(outOfBounds(s), where).toEqual([]);
				expect(overlappingTexts(s), where).toEqual([]);
				expect(textsOnBars(s), where).toEqual([]);
			}
		}
	});

	it('draws at the requested size when it fits, and taller (scaled down by the viewBox) when the box is too short', () => {
		for (const dims of [wide, narrow, { width: 320, height: 380 }]) expect(scene('enacted', dims).height).toBe(dims.height);
		const short = scene('enacted', { width: 740, height: 220 });
		expect(short.height).toBeGreaterThan(220);
		expect(outOfBounds(short)).toEqual([]);
		expect(overlappingTexts(short)).toEqual([]);
	});

	it('renders every state to a golden SVG (wide) and the static overview narrow', () => {
		const golden = (name: string, s: Scene) => expectGolden(name, standaloneSvg(sceneToSvgInner(s), s.width, s.height).replace('<style>', `<style>${FUNDING_GOLDEN_STYLE}`));
		for (const state of FUNDING_STATES) golden(`funding-${state}`, scene(state));
		golden('funding-overview-narrow', scene('overview', narrow));
	});

	it('is pure: the same input gives the same scene, and input is not changed', () => {
		const copy: FundingData = structuredClone(data);
		expect(fundingScene(data, wide, 'enacted')).toEqual(fundingScene(copy, wide, 'enacted'));
		expect(copy).toEqual(data);
	});
});
