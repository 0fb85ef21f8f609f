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
	title: 'Southwest border encounters by legal authority, March 2020 – July 2026',
	description:
		'Stacked monthly bars of encounters at the U.S.–Mexico border. From April 2020 to mid-2021 most encounters were processed for expulsion under Title 42; its share shrank through 2022, and the policy ended on May 11, 2023. After that every encounter was processed under Title 8. The monthly total peaked at 301,981 in December 2023, fell to 96,033 by December 2024 and to 11,710 in February 2025, after the proclamations of January 20, 2025, and stayed between 7,822 and 13,538 a month through July 2026.',
	caption:
		'Encounters are events, not people: a person caught three times counts three times. Revised CBP figures (Border Patrol and ports of entry combined); CBP’s first monthly releases differ slightly, e.g. 302,034 for December 2023. From January 2024, CBP’s newer data file (through July 2026; the last months may still be revised). Dashed lines: the asylum proclamation in effect from June 5, 2024, and the proclamations of January 20, 2025. March 2020 mixes days before and after the order; May 2023 Title 42 covers May 1–11 only.',
	credit: 'Data: U.S. Customs and Border Protection, Nationwide Encounters (FY2020–23) and Southwest Land Border Encounters (FY2022–25 and FY2023–26 files)',
	es: {
		title: 'Encuentros en la frontera suroeste por facultad legal, de marzo de 2020 a julio de 2026',
		description: `Barras mensuales apiladas de los encuentros en la frontera entre Estados Unidos y México. De abril de 2020 a mediados de 2021, la mayoría de los encuentros se tramitó para su expulsión bajo el Título 42; su proporción se redujo a lo largo de 2022, y la política terminó el 11 de mayo de 2023. Desde entonces, todos los encuentros se tramitaron bajo el Título 8. El total mensual llegó a su máximo, ${es(301981)}, en diciembre de 2023; bajó a ${es(96033)} en diciembre de 2024 y a ${es(11710)} en febrero de 2025, después de las proclamaciones del 20 de enero de 2025, y se mantuvo entre ${es(7822)} y ${es(13538)} al mes hasta julio de 2026.`,
		caption: `Los encuentros son eventos, no personas: alguien detenido tres veces cuenta tres veces. Cifras revisadas de la CBP (Patrulla Fronteriza y puertos de entrada en conjunto); las primeras publicaciones mensuales de la CBP difieren un poco, por ejemplo ${es(302034)} en diciembre de 2023. Desde enero de 2024, el archivo más reciente de la CBP (hasta julio de 2026; los últimos meses aún pueden revisarse). Líneas discontinuas: la proclamación sobre asilo vigente desde el 5 de junio de 2024 y las proclamaciones del 20 de enero de 2025. Marzo de 2020 mezcla días antes y después de la orden; en mayo de 2023, el Título 42 abarca solo del 1 al 11 de mayo.`,
		credit:
			'Datos: Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP), encuentros en todo el país (Nationwide Encounters, años fiscales 2020 a 2023) y encuentros en la frontera terrestre suroeste (Southwest Land Border Encounters, archivos de los años fiscales 2022 a 2025 y 2023 a 2026)',
	},
	sourceIds: ['cbp-nationwide-encounters', 'cbp-sw-encounters', 'cbp-sw-encounters-fy26'],
	states: ENCOUNTER_STATES,
	staticState: 'overview',
	staticSize: { width: 760, height: 440 },
	narrowSize: { width: 360, height: 420 },
	load: () => loadEncounters(),
	scene: (rows, dims, state, lang = 'en') => encountersScene(rows, dims, state, lang === 'es' ? wordsEs : wordsEn),
	table: (rows, lang = 'en') =>
		lang === 'es'
			? {
					columns: ['Mes', 'Título 42 (tramitados para su expulsión)', 'Tramitados bajo el Título 8', 'Total de encuentros'],
					rows: rows.map((r) => [capital(formatMonth(r.month, 'es')), r.title42, r.title8, r.total]),
				}
			: {
					columns: ['Month', 'Title 42 (processed for expulsion)', 'Title 8 processing', 'Total encounters'],
					rows: rows.map((r) => [formatMonth(r.month), r.title42, r.title8, r.total]),
				},
});
