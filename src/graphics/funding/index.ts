/** Where the border money went: the supplemental from request to law, by category. */
import { loadFundingPackage } from './data';
import { formatBillions, formatDate, formatInteger } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { defineChart, type ChartTable } from '../core/chart';
import { CATEGORY_NAMES, FUNDING_STATES, fundingScene, shortDate, type FundingData, type FundingState } from './model';
import { en as wordsEn } from './strings';
import { es as wordsEs } from './strings-es';

/** Money in Spanish text: "13 600 millones de dólares". */
const usd = (billions: number) => formatBillions(billions, 'es');
/** The number of millions alone, for ranges: "entre 9100 y 9200 millones de dólares". */
const millions = (billions: number) => formatInteger(Math.round(billions * 1000), 'es');

/** The table in English (billions, as the sources give them) or Spanish (millions, as Mexican style writes money). */
function fundingTable(data: FundingData, lang: Lang = 'en'): ChartTable {
	if (lang === 'es') {
		const words = wordsEs;
		return {
			columns: ['Etapa', 'Categoría', 'Millones de dólares', 'Nota'],
			rows: data.stages.flatMap((stage) =>
				stage.has.map((c) => {
					let note = '';
					if (c === 'other') note = 'Derivado: total de la etapa menos las categorías nombradas';
					if (c === 'israel' && stage.id.startsWith('enacted')) {
						note = `Incluye entre ${millions(data.humanitarianInIsrael.low)} y ${usd(data.humanitarianInIsrael.high)} de ayuda humanitaria`;
					}
					if (c === 'humanitarian' && stage.id.startsWith('request')) note = `USGLC lo redondea a ${usd(9.2)}`;
					return [`${words.stage(stage)} (${formatDate(stage.date, 'es')})`, words.category[c], Math.round(stage.values[c] * 1000), note];
				}),
			),
		};
	}
	return {
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
	};
}

export default defineChart<FundingData, FundingState>({
	name: 'funding',
	title: 'The national-security supplemental by category, from request (October 2023) to law (April 2024)',
	description:
		'Four horizontal stacked bars, one per stage, in billions of dollars, with border money first on each bar. The White House request of Oct 20, 2023 totaled $105.85 billion, $13.6 billion of it for the border and migration. The Senate deal of Feb 4, 2024 grew to $118.28 billion with $20.23 billion for the border, but was blocked on Feb 7 when a vote to start debate went 49–50, short of the 60 needed. The aid-only bill the Senate passed 70–29 on Feb 13 totaled $95.34 billion with no border money. The law signed on April 24, 2024 gave Ukraine $60.84 billion, Israel $26.38 billion and the Indo-Pacific $8.12 billion, and nothing to the border; its humanitarian aid is inside the Israel figure.',
	caption:
		'Amounts requested, proposed or enacted, not spent. The request total is the sum of its five reported parts (reports rounded it to about $106 billion). “Other” is what is left of a stage’s total after the named categories: for the Senate deal it covers Red Sea operations ($2.44 billion), refugee aid and smaller items; for the aid-only bill it is $7.2 billion, of which $2.44 billion is Red Sea operations and $4.76 billion is not broken down in our sources. In the enacted law about $9.1 billion to $9.2 billion of humanitarian aid sits inside the Israel title, so it is not drawn again.',
	credit:
		'Data: White House Office of Management and Budget request letter (category totals as reported by CNN and USGLC); Senate Appropriations Committee; House Appropriations Committee summary of Public Law 118-50 (via Brownstein Hyatt Farber Schreck); Senate roll calls',
	es: {
		title: 'El paquete suplementario de seguridad nacional por categoría, de la solicitud (octubre de 2023) a la ley (abril de 2024)',
		description: `Cuatro barras horizontales apiladas, una por etapa, en millones de dólares, con el dinero para la frontera al inicio de cada barra. La solicitud de la Casa Blanca del 20 de octubre de 2023 sumaba ${usd(105.85)}, ${usd(13.6)} de ellos para la frontera y la migración. El acuerdo del Senado del 4 de febrero de 2024 creció a ${usd(118.28)}, con ${usd(20.23)} para la frontera, pero quedó bloqueado el 7 de febrero, cuando una votación para iniciar el debate terminó 49 a 50, por debajo de los 60 votos necesarios. El proyecto solo de ayuda que el Senado aprobó 70 a 29 el 13 de febrero sumaba ${usd(95.34)}, sin dinero para la frontera. La ley firmada el 24 de abril de 2024 dio ${usd(60.84)} a Ucrania, ${usd(26.38)} a Israel y ${usd(8.12)} a la región del Indo-Pacífico, y nada a la frontera; su ayuda humanitaria está incluida en la cifra de Israel.`,
		caption: `Montos solicitados, propuestos o aprobados, no gastados. El total de la solicitud es la suma de sus cinco partes reportadas (la prensa lo redondeó a unos ${usd(106)}). “Otros” es lo que queda del total de una etapa después de las categorías nombradas: en el acuerdo del Senado incluye las operaciones en el mar Rojo (${usd(2.44)}), la ayuda a refugiados y partidas menores; en el proyecto solo de ayuda son ${usd(7.2)}, de los cuales ${usd(2.44)} corresponden a las operaciones en el mar Rojo y ${usd(4.76)} no se desglosan en nuestras fuentes. En la ley promulgada, entre ${millions(9.1)} y ${usd(9.2)} de ayuda humanitaria están dentro del título de Israel, por lo que no se dibujan de nuevo.`,
		credit:
			'Datos: carta de solicitud de la Oficina de Administración y Presupuesto (OMB) de la Casa Blanca (totales por categoría según CNN y USGLC); Comité de Asignaciones del Senado; resumen del Comité de Asignaciones de la Cámara de Representantes sobre la Ley Pública 118-50 (vía Brownstein Hyatt Farber Schreck); votaciones nominales del Senado',
	},
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
	scene: (data, dims, state, lang = 'en') => fundingScene(data, dims, state, lang === 'es' ? wordsEs : wordsEn),
	table: fundingTable,
});
