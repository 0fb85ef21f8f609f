/** The Title 42 encounters chart: words, data and states. */
import { loadEncounters } from '../../lib/data/encounters';
import { formatMonth } from '../../lib/format';
import { defineChart } from '../core/chart';
import { ENCOUNTER_STATES, encountersScene, type MonthRow } from './model';

export default defineChart<MonthRow[], (typeof ENCOUNTER_STATES)[number]>({
	name: 'encounters',
	title: 'Southwest border encounters by legal authority, March 2020 – December 2024',
	description:
		'Stacked monthly bars of encounters at the U.S.–Mexico border. From April 2020 to mid-2021 most encounters were processed for expulsion under Title 42; its share shrank through 2022, and the policy ended on May 11, 2023. After that every encounter was processed under Title 8, and the monthly total peaked at 301,981 in December 2023 before falling to 96,037 in December 2024.',
	caption:
		'Encounters are events, not people: a person caught three times counts three times. Revised CBP figures (Border Patrol and ports of entry combined); CBP’s first monthly releases differ slightly, e.g. 302,034 for December 2023. March 2020 mixes days before and after the order; May 2023 Title 42 covers May 1–11 only.',
	credit: 'Data: U.S. Customs and Border Protection, Nationwide Encounters (FY2020–23) and Southwest Land Border Encounters (FY2022–25)',
	sourceIds: ['cbp-nationwide-encounters', 'cbp-sw-encounters'],
	states: ENCOUNTER_STATES,
	staticState: 'overview',
	staticSize: { width: 760, height: 440 },
	narrowSize: { width: 360, height: 420 },
	load: () => loadEncounters(),
	scene: encountersScene,
	table: (rows) => ({
		columns: ['Month', 'Title 42 (processed for expulsion)', 'Title 8 processing', 'Total encounters'],
		rows: rows.map((r) => [formatMonth(r.month), r.title42, r.title8, r.total]),
	}),
});
