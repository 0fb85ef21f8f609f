/**
 * Key congressional votes on the 2023–24 national-security supplemental, read from
 * data/funding-votes.csv. Every row is checked: the threshold must follow from its
 * rule and the tally, and "passed"/"failed" must follow from the threshold.
 */
import { join } from 'node:path';
import { cellInteger, DataError, readCsv, requireColumns } from '../csv';
import { calendarDateProblem } from '../calendar-date';
import type { ThresholdRule, VoteDatum } from '../../graphics/funding-votes/model';

export const FUNDING_VOTES_FILE = 'data/funding-votes.csv';

export const THRESHOLD_RULES: readonly ThresholdRule[] = ['cloture-60', 'majority-of-those-voting', 'two-thirds-of-those-voting'];

/** One row of the file; `sourceUrl` is an original congress.gov / senate.gov / clerk.house.gov page, or ''. */
export type VoteRow = Omit<VoteDatum, 'border'>;

const COLUMNS = ['date', 'chamber', 'measure', 'yes', 'no', 'threshold', 'threshold_rule', 'result', 'source_url'];
const OFFICIAL_HOSTS = /^https:\/\/([a-z0-9-]+\.)*(congress\.gov|senate\.gov|clerk\.house\.gov)(\/|$)/;

/** The number of yes votes a rule requires, given the tally. */
export function requiredVotes(rule: ThresholdRule, yes: number, no: number): number {
	const voting = yes + no;
	if (rule === 'cloture-60') return 60;
	if (rule === 'majority-of-those-voting') return Math.floor(voting / 2) + 1;
	return Math.ceil((2 * voting) / 3);
}

export function loadFundingVotes(root = process.env.DATA_ROOT || process.cwd()): VoteRow[] {
	const raw = readCsv(join(root, FUNDING_VOTES_FILE));
	requireColumns(FUNDING_VOTES_FILE, raw, COLUMNS);
	return parseVoteRows(raw, FUNDING_VOTES_FILE);
}

export function parseVoteRows(raw: Record<string, string>[], file: string): VoteRow[] {
	if (!raw.length) throw new DataError(`${file}: no data rows`);
	const fail = (i: number, field: string, message: string): never => {
		throw new DataError(`${file}: row ${i + 2}, field "${field}": ${message}`);
	};
	const rows = raw.map((r, i) => {
		const date = (r.date ?? '').trim();
		if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date)) fail(i, 'date', `expected YYYY-MM-DD, got ${JSON.stringify(r.date ?? '')}`);
		const dayProblem = calendarDateProblem(date);
		if (dayProblem) fail(i, 'date', dayProblem);
		const chamber = (r.chamber ?? '').trim();
		if (chamber !== 'Senate' && chamber !== 'House') fail(i, 'chamber', `expected Senate or House, got ${JSON.stringify(r.chamber ?? '')}`);
		const measure = (r.measure ?? '').trim();
		if (!measure) fail(i, 'measure', 'expected a description of the measure');
		const yes = cellInteger(file, i, 'yes', r.yes);
		const no = cellInteger(file, i, 'no', r.no);
		const seats = chamber === 'Senate' ? 100 : 435;
		if (yes + no > seats) fail(i, 'no', `yes + no = ${yes + no} is more than the ${seats} seats of the ${chamber}`);
		const threshold = cellInteger(file, i, 'threshold', r.threshold);
		const rule = (r.threshold_rule ?? '').trim() as ThresholdRule;
		if (!THRESHOLD_RULES.includes(rule)) fail(i, 'threshold_rule', `expected one of ${THRESHOLD_RULES.join(', ')}, got ${JSON.stringify(r.threshold_rule ?? '')}`);
		if (rule === 'cloture-60' && chamber !== 'Senate') fail(i, 'threshold_rule', 'cloture votes happen in the Senate only');
		const required = requiredVotes(rule, yes, no);
		if (threshold !== required) fail(i, 'threshold', `rule ${rule} with ${yes}–${no} requires ${required}, got ${threshold}`);
		const result = (r.result ?? '').trim();
		if (result !== 'passed' && result !== 'failed') fail(i, 'result', `expected passed or failed, got ${JSON.stringify(r.result ?? '')}`);
		const expected = yes >= threshold ? 'passed' : 'failed';
		if (result !== expected) fail(i, 'result', `${yes} yes against ${threshold} needed means ${expected}, got ${result}`);
		const sourceUrl = (r.source_url ?? '').trim();
		if (sourceUrl && !OFFICIAL_HOSTS.test(sourceUrl)) fail(i, 'source_url', `expected an original congress.gov, senate.gov or clerk.house.gov URL or nothing, got ${JSON.stringify(sourceUrl)}`);
		return { date, chamber, measure, yes, no, threshold, thresholdRule: rule, result, sourceUrl } as VoteRow;
	});
	for (let i = 1; i < rows.length; i++) {
		if (rows[i]!.date < rows[i - 1]!.date) fail(i, 'date', `rows must be in date order; ${rows[i]!.date} comes after ${rows[i - 1]!.date}`);
	}
	return rows;
}
