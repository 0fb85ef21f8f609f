/** Where the border money went: the supplemental from request to law, by category. */
import { loadFundingPackage } from '../../lib/data/funding-package';
import { defineChart } from '../core/chart';
import { CATEGORY_NAMES, FUNDING_STATES, fundingScene, shortDate, type FundingData, type FundingState } from './model';

export default defineChart<FundingData, FundingState>({
	name: 'funding',
	title: 'The national-security supplemental by category, from request (October 2023) to law (April 2024)',
	description:
		'Four horizontal stacked bars, one per stage, in billions of dollars, with border money first on each bar. The White House request of Oct 20, 2023 totaled $105.85 billion, $13.6 billion of it for the border and migration. The Senate deal of Feb 4, 2024 grew to $118.28 billion with $20.23 billion for the border, but was blocked on Feb 7 when a vote to start debate went 49–50, short of the 60 needed. The aid-only bill the Senate passed 70–29 on Feb 13 totaled $95.34 billion with no border money. The law signed on April 24, 2024 gave Ukraine $60.84 billion, Israel $26.38 billion and the Indo-Pacific $8.12 billion, and nothing to the border; its humanitarian aid is inside the Israel figure.',
	caption:
		'Amounts requested, proposed or enacted, not spent. The request total is the sum of its five reported parts (reports rounded it to about $106 billion). “Other” is what is left of a stage’s total after the named categories: for the Senate deal it covers Red Sea operations ($2.44 billion), refugee aid and smaller items; for the aid-only bill it is $7.2 billion, of which $2.44 billion is Red Sea operations and $4.76 billion is not broken down in our sources. In the enacted law about $9.1 billion to $9.2 billion of humanitarian aid sits inside the Israel title, so it is not drawn again.',
	credit:
		'Data: White House Office of Management and Budget request letter (category totals as reported by CNN and USGLC); Senate Appropriations Committee; House Appropriations Committee summary of Public Law 118-50 (via Brownstein Hyatt Farber Schreck); Senate roll calls',
	sourceIds: [
		'omb-supplemental-request-letter',
		'usglc-budget-update-2023-10-30',
		'murray-deal-summary-2024-02-04',
		'crfb-118b-package',
		'ap-senate-blocks-border-package-2024-02-07',
		'senate-approps-passage-statement',
		'murray-aid-only-text-release',
		'bhfs-supplemental-passes-house',
		'reuters-house-aid-factbox-2024-04',
		'murkowski-supplemental-release',
		'crs-in12274',
	],
	states: FUNDING_STATES,
	staticState: 'overview',
	staticSize: { width: 720, height: 440 },
	narrowSize: { width: 360, height: 500 },
	load: () => loadFundingPackage(),
	scene: fundingScene,
	table: (data) => ({
		columns: ['Stage', 'Category', 'Billions of dollars', 'Note'],
		rows: data.stages.flatMap((stage) =>
			stage.has.map((c) => {
				let note = '';
				if (c === 'other') note = 'Derived: stage total minus the named categories';
				if (c === 'israel' && stage.id.startsWith('enacted')) {
					note = `Includes about $${data.humanitarianInIsrael.low}–${data.humanitarianInIsrael.high} billion of humanitarian aid`;
				}
				if (c === 'humanitarian' && stage.id.startsWith('request')) note = 'USGLC rounds this to $9.2 billion';
				return [`${stage.name} (${shortDate(stage.date)})`, CATEGORY_NAMES[c], stage.values[c].toFixed(2), note];
			}),
		),
	}),
});
