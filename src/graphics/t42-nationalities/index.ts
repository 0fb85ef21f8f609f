/** "Who was expelled": Title 42 encounters by nationality. */
import { loadNationalities } from '../../lib/data/nationalities';
import { defineChart } from '../core/chart';
import { NATIONALITY_STATES, nationalitiesScene, type NationalityData } from './model';

/** Sum of all southwest-border Title 42 encounters, March 2020 – May 11, 2023 (CBP). */
export const TITLE42_TOTAL = 2_912_200;

export default defineChart<NationalityData, (typeof NATIONALITY_STATES)[number]>({
	name: 't42-nationalities',
	title: 'Southwest border Title 42 encounters by nationality, March 2020 – May 2023',
	description:
		'Horizontal bars of Title 42 encounters for nine nationalities. Mexicans account for 1,781,514 of 2,912,200 encounters (61.2%), followed by Guatemalans, Hondurans and Salvadorans; together these four make up about 93%. Ecuador, Venezuela, Haiti, Cuba and Nicaragua follow with far smaller numbers.',
	caption:
		'Green: Mexico and the three Northern Triangle countries (Guatemala, Honduras and El Salvador); from March 2020 Mexico agreed to take back Guatemalan, Honduran and Salvadoran adults in good health. Purple: other nationalities. Shares are of all 2,912,200 southwest-border Title 42 encounters. These are encounters processed for expulsion, not completed expulsions, and events, not people: repeat crossers count each time.',
	credit: 'Data: U.S. Customs and Border Protection, Nationwide Encounters (FY2020–23), sums by citizenship',
	sourceIds: ['cbp-nationwide-encounters'],
	states: NATIONALITY_STATES,
	staticState: 'overview',
	staticSize: { width: 720, height: 330 },
	narrowSize: { width: 360, height: 330 },
	load: () => ({ rows: loadNationalities(), total: TITLE42_TOTAL }),
	scene: (data, dims) => nationalitiesScene(data, dims),
	table: (data) => ({
		columns: ['Nationality', 'Title 42 encounters', 'Share of all Title 42 encounters (%)'],
		rows: data.rows.map((r) => [r.nationality, r.count, ((r.count / data.total) * 100).toFixed(1)]),
	}),
});
