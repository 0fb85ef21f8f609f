/** The Mexico talks, January 2023 – June 2024, against monthly southwest-border encounters. */
import { loadMexicoTimeline, markerKey, type TimelineTableData } from './data';
import { formatDate, formatInteger, formatMonth } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { defineChart, type ChartTable } from '../core/chart';
import { capital } from '../core/words';
import { TIMELINE_STATES, timelineScene } from './model';
import { markerWords, WORDS } from './strings';

const es = (v: number) => formatInteger(v, 'es');

function timelineTable(data: TimelineTableData, lang: Lang = 'en'): ChartTable {
	const title = (n: number, id: string) => {
		if (lang === 'en') return data.titles[n];
		if (id.startsWith('record-')) return WORDS.es.recordTitle(Math.max(...data.months.map((m) => m.total)));
		return capital(markerWords(id, 'es').key);
	};
	return {
		columns:
			lang === 'es' ? ['Mes', 'Encuentros en la frontera suroeste', 'Eventos marcados (número, fecha: evento)'] : ['Month', 'Southwest-border encounters', 'Marked events (number, date: event)'],
		rows: data.months.map((m) => [
			lang === 'es' ? capital(formatMonth(m.month, 'es')) : formatMonth(m.month),
			m.total,
			data.markers
				.filter((e) => e.date.startsWith(m.month))
				.map((e) => `${e.n}. ${formatDate(e.date, lang)}: ${title(e.n, e.id)}`)
				.join('; ') || '—',
		]),
	};
}

export default defineChart<TimelineTableData, (typeof TIMELINE_STATES)[number]>({
	name: 'mexico-timeline',
	title: 'The Mexico talks and the border numbers, January 2023 – June 2024',
	description:
		'Grey monthly bars of southwest-border encounters with ten dated markers above them. Encounters rose through 2023 to a record 301,981 in December 2023, the month U.S. officials met López Obrador in Mexico City on Dec 27. They fell to 176,195 in January 2024, the month of López Obrador’s requests (Jan 5) and the Washington meeting (Jan 19), stayed between about 170,000 and 190,000 through May, and fell to 130,415 in June 2024, after Sheinbaum’s election on June 2 and Biden’s asylum proclamation of June 4.',
	caption: `Encounters are events, not people: a person stopped twice counts twice. CBP’s revised monthly figures; CBP first reported 302,034 for December 2023 and 176,205 for January 2024. The markers show when events happened, not what caused the changes. The chart covers the period of the talks, January 2023 to June 2024; what happened later is in the text and on the site timeline. On narrow screens the markers are numbered: ${markerKey()}.`,
	credit:
		'Data: U.S. Customs and Border Protection, Southwest Land Border Encounters; events from the U.S. State Department, Mexico’s Secretaría de Relaciones Exteriores (SRE), the White House, DHS, CBP and news reports',
	es: {
		title: 'Las conversaciones con México y las cifras de la frontera, de enero de 2023 a junio de 2024',
		description: `Barras grises con los encuentros mensuales en la frontera suroeste y diez marcadores con fecha sobre ellas. Los encuentros subieron a lo largo de 2023 hasta un récord de ${es(301981)} en diciembre de 2023, el mes en que funcionarios de Estados Unidos se reunieron con López Obrador en la Ciudad de México, el 27 de diciembre. Bajaron a ${es(176195)} en enero de 2024, el mes de las peticiones de López Obrador (5 de enero) y de la reunión de Washington (19 de enero); se mantuvieron entre unos ${es(170000)} y ${es(190000)} hasta mayo, y bajaron a ${es(130415)} en junio de 2024, después de la elección de Sheinbaum, el 2 de junio, y de la proclama de Biden sobre el asilo, el 4 de junio.`,
		caption: `Los encuentros son eventos, no personas: alguien detenido dos veces cuenta dos veces. Cifras mensuales revisadas de la CBP; la CBP informó primero ${es(302034)} en diciembre de 2023 y ${es(176205)} en enero de 2024. Los marcadores muestran cuándo ocurrieron los hechos, no qué causó los cambios. La gráfica abarca el periodo de las conversaciones, de enero de 2023 a junio de 2024; lo que pasó después está en el texto y en la cronología del sitio. En pantallas angostas, los marcadores van numerados: ${markerKey('es')}.`,
		credit:
			'Datos: Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP), encuentros en la frontera terrestre suroeste (Southwest Land Border Encounters); eventos del Departamento de Estado de Estados Unidos, la Secretaría de Relaciones Exteriores (SRE) de México, la Casa Blanca, el DHS, la CBP y reportes de prensa',
	},
	// The encounter data, then the main (mostly primary) source of each marked event.
	sourceIds: [
		'cbp-sw-encounters',
		'wh-fact-sheet-border-enforcement-2023',
		'cbp-miller-statement',
		'sre-joint-communique-dec-2023',
		'razon-jan-5-requests',
		'state-blinken-barcena-remarks',
		'state-jan-19-readout',
		'state-trilateral-ministerial',
		'mingob-trilateral',
		'infobae-quick-count-2024',
		'wh-securing-border-proclamation',
	],
	states: TIMELINE_STATES,
	staticState: 'overview',
	staticSize: { width: 760, height: 440 },
	narrowSize: { width: 360, height: 360 },
	load: () => loadMexicoTimeline(),
	scene: (data, dims, _state, lang) => timelineScene(data, dims, lang),
	table: timelineTable,
});
