import { describe, expect, it } from 'vitest';
import fundingVotes, { markBorderMeasures } from '../../src/graphics/funding-votes';
import { votesScene, type FundingVotesData } from '../../src/graphics/funding-votes/model';
import { FUNDING_VOTES_FILE, loadFundingVotes, parseVoteRows, requiredVotes } from '../../src/content/data/funding-votes';
import { readCsv } from '../../src/content/csv';
import { sceneToSvgInner } from '../../src/graphics/core/svg-string';
import type { Mark, Scene } from '../../src/graphics/core/scene';
import { expectGolden, standaloneSvg } from '../helpers/golden';
import { FUNDING_GOLDEN_STYLE, outOfBounds, overlappingTexts, textsOnBars } from '../helpers/funding-layout';

const rows = loadFundingVotes();
const data = markBorderMeasures(rows);
const wide = fundingVotes.staticSize;
const narrow = fundingVotes.narrowSize!;
const marks = (scene: Scene): Mark[] => scene.layers.flatMap((l) => l.marks);
const byKey = (scene: Scene, key: string) => marks(scene).find((m) => m.key === key)!;
const find = (date: string, measure: RegExp) => {
	const i = data.votes.findIndex((v) => v.date === date && measure.test(v.measure));
	expect(i, `${date} ${measure}`).toBeGreaterThanOrEqual(0);
	return { vote: data.votes[i]!, key: `vote-${date}-${i}` };
};
const raw = () => readCsv(FUNDING_VOTES_FILE);

describe('funding-votes data', () => {
	it('has the votes and exact tallies from the research', () => {
		const tally = (date: string, m: RegExp) => {
			const { vote } = find(date, m);
			return [vote.chamber, vote.yes, vote.no, vote.threshold, vote.result];
		};
		expect(tally('2024-02-07', /Senate deal/)).toEqual(['Senate', 49, 50, 60, 'failed']);
		expect(tally('2024-02-13', /aid-only bill/)).toEqual(['Senate', 70, 29, 50, 'passed']);
		expect(tally('2024-04-20', /H\.R\. 8035/)).toEqual(['House', 311, 112, 212, 'passed']);
		expect(tally('2024-04-20', /H\.R\. 8034/)).toEqual(['House', 366, 58, 213, 'passed']);
		expect(tally('2024-04-20', /H\.R\. 8036/)).toEqual(['House', 385, 34, 210, 'passed']);
		expect(tally('2024-04-20', /Sidecar/)).toEqual(['House', 360, 58, 210, 'passed']);
		expect(tally('2024-04-20', /border bill/)).toEqual(['House', 215, 199, 276, 'failed']);
		expect(tally('2024-05-23', /border bill/)).toEqual(['Senate', 43, 50, 60, 'failed']);
		expect(tally('2023-12-06', /110\.5B/)).toEqual(['Senate', 49, 51, 60, 'failed']);
		expect(tally('2024-02-08', /aid-only text/)).toEqual(['Senate', 67, 32, 60, 'passed']);
		expect(tally('2024-04-23', /final package/)).toEqual(['Senate', 79, 18, 49, 'passed']);
		expect(data.votes).toHaveLength(11);
	});

	it('derives every threshold from its rule: 60 for cloture, majority or two-thirds of those voting', () => {
		expect(requiredVotes('cloture-60', 49, 50)).toBe(60);
		expect(requiredVotes('majority-of-those-voting', 70, 29)).toBe(50);
		expect(requiredVotes('majority-of-those-voting', 311, 112)).toBe(212);
		expect(requiredVotes('two-thirds-of-those-voting', 215, 199)).toBe(276);
		for (const v of data.votes) expect(v.threshold).toBe(requiredVotes(v.thresholdRule, v.yes, v.no));
	});

	it('links only original congress.gov, senate.gov or clerk.house.gov pages', () => {
		for (const v of data.votes) if (v.sourceUrl) expect(v.sourceUrl).toMatch(/^https:\/\/([a-z0-9-]+\.)*(congress\.gov|senate\.gov|clerk\.house\.gov)\//);
		const bad = raw();
		bad[0]!.source_url = 'https://apnews.com/article/x';
		expect(() => parseVoteRows(bad, FUNDING_VOTES_FILE)).toThrow('data/funding-votes.csv: row 2, field "source_url"');
	});

	it('stops on inconsistent rows, naming file, row and field', () => {
		const threshold = raw();
		threshold[1]!.threshold = '51';
		expect(() => parseVoteRows(threshold, FUNDING_VOTES_FILE)).toThrow('data/funding-votes.csv: row 3, field "threshold": rule cloture-60 with 49–50 requires 60, got 51');
		const result = raw();
		result[1]!.result = 'passed';
		expect(() => parseVoteRows(result, FUNDING_VOTES_FILE)).toThrow('data/funding-votes.csv: row 3, field "result"');
		const yes = raw();
		yes[4]!.yes = 'three hundred';
		expect(() => parseVoteRows(yes, FUNDING_VOTES_FILE)).toThrow('data/funding-votes.csv: row 6, field "yes"');
		// A day the calendar does not have would roll over to the next month in a Date.
		const day = raw();
		day[0]!.date = '2023-11-31';
		expect(() => parseVoteRows(day, FUNDING_VOTES_FILE)).toThrow('data/funding-votes.csv: row 2, field "date": "2023-11-31" is not a day of the calendar (2023-11 has no day 31)');
	});

	it('marks only the measures that carried the border deal or border policy', () => {
		expect(data.votes.filter((v) => v.border).map((v) => `${v.date} ${v.measure}`)).toEqual([
			'2024-02-07 Start debate: $118.3B Senate deal',
			'2024-04-20 Republican border bill',
			'2024-05-23 Start debate: border bill again',
		]);
		expect(() => markBorderMeasures(rows.filter((r) => r.date !== '2024-05-23'))).toThrow(/no vote on 2024-05-23/);
	});
});

describe('funding-votes chart', () => {
	it('names the roll calls as the source and only known source ids', async () => {
		expect(fundingVotes.credit).toMatch(/Senate and House of Representatives roll-call votes/);
		const { readFileSync, readdirSync } = await import('node:fs');
		const ids = readdirSync('content/sources')
			.filter((f) => f.endsWith('.yaml'))
			.flatMap((f) => [...readFileSync(`content/sources/${f}`, 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]));
		for (const id of fundingVotes.sourceIds) expect(ids, id).toContain(id);
	});

	it('draws yes and no to the chamber’s scale with the threshold mark where the rule puts it', () => {
		const s = votesScene(data, wide);
		const { key } = find('2024-02-07', /Senate deal/);
		const yes = byKey(s, `${key}-yes`);
		const no = byKey(s, `${key}-no`);
		const mark60 = byKey(s, `${key}-threshold`);
		const x0 = Number(yes.attrs.x);
		const perSeat = Number(yes.attrs.width) / 49;
		expect(Number(mark60.attrs.x1) - x0).toBeCloseTo(60 * perSeat, 6);
		expect(Number(no.attrs.width) + 1).toBeCloseTo(50 * perSeat, 6);
		// 49 yes falls short of the 60 mark; 67 the next day clears it.
		expect(x0 + Number(yes.attrs.width)).toBeLessThan(Number(mark60.attrs.x1));
		const next = find('2024-02-08', /aid-only text/).key;
		expect(Number(byKey(s, `${next}-yes`).attrs.x) + Number(byKey(s, `${next}-yes`).attrs.width)).toBeGreaterThan(Number(byKey(s, `${next}-threshold`).attrs.x1));
		// The House uses its own 435-seat scale.
		const house = find('2024-04-20', /border bill/).key;
		const hYes = byKey(s, `${house}-yes`);
		expect(Number(hYes.attrs.width) / 215).toBeCloseTo((Number(yes.attrs.width) / 49) * (100 / 435), 6);
	});

	it('colours yes votes on border measures with the border colour and says passed or failed', () => {
		const s = votesScene(data, wide);
		data.votes.forEach((v, i) => {
			const key = `vote-${v.date}-${i}`;
			expect(byKey(s, `${key}-yes`).className).toContain(v.border ? 'fill-border' : 'fill-neutral');
			expect(byKey(s, `${key}-result`).lines).toEqual([v.result === 'passed' ? 'Passed' : 'Failed']);
		});
		const all = marks(s)
			.flatMap((m) => m.lines ?? [])
			.join(' | ');
		expect(all).toContain('Feb 7, 2024 · 49–50 · needed 60 (cloture)');
		expect(all).toContain('Apr 20, 2024 · 215–199 · needed 276 (two-thirds)');
		expect(all).toContain('Senate (100 seats)');
		expect(all).toContain('House (435 seats)');
	});

	it('fits from 320 px to 1200 px: nothing outside, no overlapping labels, no text on bars', () => {
		for (const dims of [wide, narrow, { width: 320, height: 772 }, { width: 600, height: 620 }, { width: 1200, height: 600 }]) {
			const s = votesScene(data, dims);
			const where = `${dims.width}×${dims.height}`;
			expect(outOfBounds(s), where).toEqual([]);
			expect(overlappingTexts(s), where).toEqual([]);
			expect(textsOnBars(s), where).toEqual([]);
		}
		// The static sizes fit as they are (their viewBox is fixed at build time).
		expect(votesScene(data, wide).height).toBe(wide.height);
		expect(votesScene(data, narrow).height).toBe(narrow.height);
	});

	it('tabulates every vote', () => {
		const table = fundingVotes.table(data);
		expect(table.columns).toEqual(['Date', 'Chamber', 'Measure', 'Yes', 'No', 'Yes votes needed', 'Rule', 'Result']);
		expect(table.rows[1]).toEqual(['Feb 7, 2024', 'Senate', 'Start debate: $118.3B Senate deal', 49, 50, 60, '60 votes to end debate (cloture)', 'Failed']);
	});

	it('renders golden SVGs, wide and narrow', () => {
		for (const [name, dims] of [
			['funding-votes', wide],
			['funding-votes-narrow', narrow],
		] as const) {
			const s = votesScene(data, dims);
			expectGolden(name, standaloneSvg(sceneToSvgInner(s), dims.width, dims.height).replace('<style>', `<style>${FUNDING_GOLDEN_STYLE}`));
		}
	});

	it('is pure: the same input gives the same scene, and input is not changed', () => {
		const copy: FundingVotesData = structuredClone(data);
		expect(votesScene(data, wide)).toEqual(votesScene(copy, wide));
		expect(copy).toEqual(data);
	});
});
