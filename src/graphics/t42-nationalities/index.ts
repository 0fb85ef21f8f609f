/** "Who was expelled": Title 42 encounters by nationality. */
import { loadNationalities } from './data';
import { formatInteger, formatPercent } from '../../i18n/format';
import { defineChart } from '../core/chart';
import { NATIONALITY_STATES, nationalitiesScene, type NationalityData } from './model';
import { countryName } from './strings';

/** Sum of all southwest-border Title 42 encounters, March 2020 – May 11, 2023 (CBP). */
export const TITLE42_TOTAL = 2_912_200;

const es = (v: number) => formatInteger(v, 'es');

export default defineChart<NationalityData, (typeof NATIONALITY_STATES)[number]>({
	name: 't42-nationalities',
	title: 'Southwest border Title 42 encounters by nationality, March 2020 – May 2023',
	description:
		'Horizontal bars of Title 42 encounters for nine nationalities. Mexicans account for 1,781,514 of 2,912,200 encounters (61.2%), followed by Guatemalans, Hondurans and Salvadorans; together these four make up about 93%. Ecuador, Venezuela, Haiti, Cuba and Nicaragua follow with far smaller numbers. These are the nationalities the explainer discusses, not a top-nine list: Colombia, with 25,281, would rank seventh.',
	caption:
		'Green: Mexico and the three Northern Triangle countries (Guatemala, Honduras and El Salvador); from March 2020 Mexico agreed to take back Guatemalan, Honduran and Salvadoran adults in good health. Purple: the other nationalities this page discusses. Not a top-nine list: Colombians, with 25,281 Title 42 encounters, would rank seventh. Shares are of all 2,912,200 southwest-border Title 42 encounters. These are encounters processed for expulsion, not completed expulsions, and events, not people: repeat crossers count each time.',
	credit: 'Data: U.S. Customs and Border Protection, Nationwide Encounters (FY2020–23), sums by citizenship',
	es: {
		title: 'Encuentros bajo el Título 42 en la frontera suroeste por nacionalidad, de marzo de 2020 a mayo de 2023',
		description: `Barras horizontales de los encuentros bajo el Título 42 de nueve nacionalidades. Los mexicanos suman ${es(1781514)} de ${es(2912200)} encuentros (${formatPercent(61.2, 1, 'es')}), seguidos por guatemaltecos, hondureños y salvadoreños; entre las cuatro nacionalidades suman cerca del ${formatPercent(93, 0, 'es')}. Les siguen, con cifras mucho menores, Ecuador, Venezuela, Haití, Cuba y Nicaragua. Son las nacionalidades de las que trata la explicación, no las nueve primeras: Colombia, con ${es(25281)}, ocuparía el séptimo lugar.`,
		caption: `Verde: México y los tres países del Triángulo Norte (Guatemala, Honduras y El Salvador); desde marzo de 2020, México aceptó recibir de vuelta a adultos sanos de Guatemala, Honduras y El Salvador. Morado: las demás nacionalidades de las que trata esta página. No es una lista de las nueve primeras: Colombia, con ${es(25281)} encuentros bajo el Título 42, ocuparía el séptimo lugar. Los porcentajes son del total de ${es(2912200)} encuentros bajo el Título 42 en la frontera suroeste. Son encuentros tramitados para expulsión, no expulsiones consumadas, y eventos, no personas: quien cruzó varias veces cuenta cada vez.`,
		credit: 'Datos: Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP), encuentros en todo el país (Nationwide Encounters, años fiscales 2020 a 2023), sumas por ciudadanía',
	},
	sourceIds: ['cbp-nationwide-encounters'],
	states: NATIONALITY_STATES,
	staticState: 'overview',
	staticSize: { width: 720, height: 330 },
	narrowSize: { width: 360, height: 330 },
	load: () => ({ rows: loadNationalities(), total: TITLE42_TOTAL }),
	scene: (data, dims, _state, lang) => nationalitiesScene(data, dims, lang),
	table: (data, lang = 'en') => ({
		columns:
			lang === 'es'
				? ['Nacionalidad', 'Encuentros bajo el Título 42', 'Proporción del total de encuentros bajo el Título 42 (%)']
				: ['Nationality', 'Title 42 encounters', 'Share of all Title 42 encounters (%)'],
		rows: data.rows.map((r) => [countryName(r.nationality, lang), r.count, ((r.count / data.total) * 100).toFixed(1)]),
	}),
});
