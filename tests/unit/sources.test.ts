/**
 * The sources registry follows the sourcing rules (issue 17): every source has publisher,
 * title, date and kind; every url is a well-formed https URL on no blocked host
 * (content/sources/blocked-hosts.yaml, each host with its reason and rule); and each
 * explainer links enough of its sources to the original publisher. Reads the files only.
 */
import { describe, expect, it } from 'vitest';
import {
	LINKED_SHARE_REQUIRED,
	LINKED_SHARE_TARGET,
	blockedEntry,
	blocklistProblems,
	linkedShares,
	readBlockedHosts,
	readExplainerSources,
	readSources,
	sourceProblems,
} from '../../scripts/sources-report.mjs';

const sources = readSources();
const blocked = readBlockedHosts();

describe('sources registry', () => {
	it('reads every source file and the blocklist', () => {
		expect(sources.length).toBeGreaterThan(50);
		expect(blocked.length).toBeGreaterThan(10);
		expect(blocklistProblems(blocked)).toEqual([]);
	});

	it('every source has publisher, title, date and kind; every url is https, well formed and on no blocked host', () => {
		expect(sourceProblems(sources, blocked)).toEqual([]);
	});

	it('the checks catch what they should (on made-up sources)', () => {
		const bad = [
			{ file: 'x.yaml', id: 'a', title: 'T', publisher: 'P', date: '2024', kind: 'news', url: 'http://www.example.com/' },
			{ file: 'x.yaml', id: 'b', title: 'T', publisher: 'P', date: '2024', kind: 'news', url: 'https://law.justia.com/cases/x' },
			{ file: 'x.yaml', id: 'c', title: 'T', publisher: 'P', date: '2024', kind: 'research', url: 'https://www.bhfs.com/insights/x' },
			{ file: 'x.yaml', id: 'd', title: 'T', publisher: 'P', date: '2024', kind: 'position', url: 'https://www.bhfs.com/insights/x' },
			{ file: 'x.yaml', id: 'e', title: '', date: '2024', kind: 'opinion', url: 'https://exa mple.com/' },
		];
		const problems = sourceProblems(bad, blocked);
		expect(problems).toContain('x.yaml: "a": field "url": expected https, got http (http://www.example.com/)');
		expect(problems.find((p) => p.startsWith('x.yaml: "b"'))).toMatch(/law\.justia\.com is blocked \(Mirror/);
		expect(problems.find((p) => p.startsWith('x.yaml: "c"'))).toMatch(/allowed only for kind "position", this source is "research"/);
		expect(problems.some((p) => p.startsWith('x.yaml: "d"'))).toBe(false);
		expect(problems.filter((p) => p.startsWith('x.yaml: "e"'))).toEqual([
			'x.yaml: "e": field "publisher" is missing',
			'x.yaml: "e": field "title" is missing',
			expect.stringMatching(/field "kind": expected one of law, .*got "opinion"/),
			'x.yaml: "e": field "url": expected a well-formed URL, got "https://exa mple.com/"',
		]);
		expect(blockedEntry('news.yahoo.com', blocked)?.host).toBe('yahoo.com');
		expect(blockedEntry('notyahoo.com', blocked)).toBeUndefined();
	});

	it('counts the linked share of each explainer’s listed sources', () => {
		const shares = linkedShares(
			[
				{ file: 'x', id: 'a', url: 'https://example.gov/a' },
				{ file: 'x', id: 'b' },
			],
			[{ explainer: 'e', file: 'f', ids: ['a', 'b'] }],
		);
		expect(shares).toEqual([{ explainer: 'e', total: 2, linked: 1, share: 0.5, unlinked: ['b'] }]);
	});

	// The threshold comes from scripts/sources-report.mjs, which `npm run sources` and the bench also print.
	it(`links at least ${LINKED_SHARE_REQUIRED * 100}% of each explainer's sources to the original publisher (target ${LINKED_SHARE_TARGET * 100}%)`, () => {
		const shares = linkedShares(sources, readExplainerSources());
		expect(shares.map((s) => s.explainer)).toEqual(expect.arrayContaining(['title-42', 'border-funding-package', 'mexico-delegation']));
		for (const s of shares) expect(s.share, `${s.explainer}: ${s.linked} of ${s.total} sources linked`).toBeGreaterThanOrEqual(LINKED_SHARE_REQUIRED);
	});
});
