/** The key votes on the supplemental: what passed, what failed and what each needed. */
import { DataError } from '../../lib/csv';
import { FUNDING_VOTES_FILE, loadFundingVotes, type VoteRow } from '../../lib/data/funding-votes';
import { defineChart } from '../core/chart';
import { shortDate } from '../funding/model';
import { VOTES_STATES, votesScene, type FundingVotesData } from './model';

/** Votes on measures that carried the Senate border deal or border policy (date + measure, as in the CSV). */
export const BORDER_MEASURES: readonly [string, string][] = [
	['2024-02-07', 'Start debate: $118.28B Senate deal'],
	['2024-04-20', 'Republican border bill'],
	['2024-05-23', 'Start debate: border bill again'],
];

export function markBorderMeasures(rows: VoteRow[]): FundingVotesData {
	for (const [date, measure] of BORDER_MEASURES) {
		if (!rows.some((r) => r.date === date && r.measure === measure)) {
			throw new DataError(`${FUNDING_VOTES_FILE}: no vote on ${date} with measure ${JSON.stringify(measure)} (listed as a border measure in src/graphics/funding-votes/index.ts)`);
		}
	}
	return { votes: rows.map((r) => ({ ...r, border: BORDER_MEASURES.some(([d, m]) => d === r.date && m === r.measure) })) };
}

const RULE_LABEL: Record<VoteRow['thresholdRule'], string> = {
	'cloture-60': '60 votes to end debate (cloture)',
	'majority-of-those-voting': 'Majority of those voting',
	'two-thirds-of-those-voting': 'Two-thirds of those voting',
};

export default defineChart<FundingVotesData, (typeof VOTES_STATES)[number]>({
	name: 'funding-votes',
	title: 'Key votes on the supplemental and the border deal, December 2023 – May 2024',
	description:
		'One bar per vote showing yes and no votes against the number of yes votes needed. In the Senate, votes to start debate on the aid bill failed 49–51 on Dec 6, 2023 and on the $118.28 billion deal with border money 49–50 on Feb 7, 2024, short of the 60 needed; the next day the aid-only version cleared that bar 67–32, and on Feb 13 it passed 70–29. On April 20 the House passed Ukraine aid 311–112, Israel aid 366–58, Indo-Pacific aid 385–34 and a sidecar bill 360–58, while a Republican border bill failed 215–199 because it needed two-thirds. The Senate cleared the final package 79–18 on April 23. A second attempt to start debate on the border bill failed 43–50 on May 23.',
	caption:
		'Bars show senators or representatives voting yes and no; the dashed mark is the number of yes votes the measure needed. Starting debate in the Senate takes 60 votes to end a filibuster (cloture). Passage needs a majority of those voting; the House border bill was brought up under a procedure that needs two-thirds. Red: yes votes on measures carrying the Senate border deal or border policy. Tallies are from news reports and Senate releases; we did not see every official roll-call record.',
	credit: 'Data: U.S. Senate and House of Representatives roll-call votes, as reported by the Associated Press, Reuters, Roll Call and ABC News; Senate Appropriations Committee; Senate roll call 41',
	sourceIds: [
		'reuters-senate-blocks-aid-2023-12-06',
		'ap-senate-blocks-border-package-2024-02-07',
		'thehill-senate-gop-blocks-deal',
		'senate-roll-call-2024-41',
		'senate-approps-passage-statement',
		'rollcall-house-passes-aid-2024-04-20',
		'murkowski-supplemental-release',
		'abc-border-vote-2024-05-23',
		'fox-border-bill-fails-again-2024-05-23',
	],
	states: VOTES_STATES,
	staticState: 'overview',
	staticSize: { width: 760, height: 556 },
	narrowSize: { width: 360, height: 772 },
	load: () => markBorderMeasures(loadFundingVotes()),
	scene: (data, dims) => votesScene(data, dims),
	table: (data) => ({
		columns: ['Date', 'Chamber', 'Measure', 'Yes', 'No', 'Yes votes needed', 'Rule', 'Result'],
		rows: data.votes.map((v) => [shortDate(v.date), v.chamber, v.measure, v.yes, v.no, v.threshold, RULE_LABEL[v.thresholdRule], v.result === 'passed' ? 'Passed' : 'Failed']),
	}),
});
