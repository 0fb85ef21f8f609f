/** The Title 42 encounters chart: words, data and states. */
import { loadEncounters } from '../../content/data/encounters';
import { formatInteger, formatMonth } from '../../i18n/format';
import { defineChart } from '../core/chart';
import { capital } from '../core/words';
import { ENCOUNTER_STATES, encountersScene, type MonthRow } from './model';
import { en as wordsEn } from './strings';
import { es as wordsEs } from './strings-es';

const es = (v: number) => formatInteger(v, 'es');

export default defineChart<MonthRow[], (typeof ENCOUNTER_STATES)[number]>({
	name: 'encounters',
	title: 'Southwest border encounters by legal authority, March 2020 – December 2024',
	description:
		'Stacked monthly bars of encounters at the U.S.–Mexico border. From April 2020 to mid-2021 most encounters were processed for expulsion under Title 42; its share shrank through 2022, and the policy ended on May 11, 2023. After that every encounter was processed under Title 8, and the monthly total peaked at 301,981 in December 2023 before falling to 96,037 in December 2024.',
	caption:
		'Encounters are events, not people: a person caught three times counts three times. Revised CBP figures (Border Patrol and ports of entry combined); CBP’s first monthly releases differ slightly, e.g. 302,034 for December 2023. March 2020 mixes days before and after the order; May 2023 Title 42 covers May 1–11 only.',
	credit: 'Data: U.S. Customs and Border Protection, Nationwide Encounters (FY2020–23) and Southwest Land Border Encounters (FY2022–25)',
	es: {
		title: 'Encuentros en la frontera suroeste por facultad legal, de marzo de 2020 a diciembre de 2024',
		description: `Barras mensuales apiladas de los encuentros en la frontera entre Estados Unidos y México. De abril de 2020 a mediados de 2021, la mayoría de los encuentros se procesó para expulsión bajo el Título 42; su proporción se redujo a lo largo de 2022, y la política terminó el 11 de mayo de 2023. Desde entonces, todos los encuentros se procesaron bajo el Título 8, y el total mensual llegó a su máximo, ${es(301981)}, en diciembre de 2023, antes de bajar a ${es(96037)} en diciembre de 2024.`,
		caption: `Los encuentros son eventos, no personas: alguien detenido tres veces cuenta tres veces. Cifras revisadas de la CBP (Patrulla Fronteriza y puertos de entrada en conjunto); las primeras publicaciones mensuales de la CBP difieren un poco, por ejemplo ${es(302034)} en diciembre de 2023. Marzo de 2020 mezcla días antes y después de la orden; en mayo de 2023, el Título 42 abarca solo del 1 al 11 de mayo.`,
		credit:
			'Datos: Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP), encuentros en todo el país (Nationwide Encounters, años fiscales 2020 a 2023) y encuentros en la frontera terrestre suroeste (Southwest Land Border Encounters, años fiscales 2022 a 2025)',
	},
	sourceIds: ['cbp-nationwide-encounters', 'cbp-sw-encounters'],
	states: ENCOUNTER_STATES,
	staticState: 'overview',
	staticSize: { width: 760, height: 440 },
	narrowSize: { width: 360, height: 420 },
	load: () => loadEncounters(),
	scene: (rows, dims, state, lang = 'en') => encountersScene(rows, dims, state, lang === 'es' ? wordsEs : wordsEn),
	table: (rows, lang = 'en') =>
		lang === 'es'
			? {
					columns: ['Mes', 'Título 42 (procesados para expulsión)', 'Procesamiento bajo el Título 8', 'Total de encuentros'],
					rows: rows.map((r) => [capital(formatMonth(r.month, 'es')), r.title42, r.title8, r.total]),
				}
			: {
					columns: ['Month', 'Title 42 (processed for expulsion)', 'Title 8 processing', 'Total encounters'],
					rows: rows.map((r) => [formatMonth(r.month), r.title42, r.title8, r.total]),
				},
});
