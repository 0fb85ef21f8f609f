/** Where the border money went: the supplemental from request to law, by category. */
import { loadFundingPackage } from './data';
import { formatBillions, formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { defineChart, type ChartTable } from '../core/chart';
import { CATEGORY_NAMES, FUNDING_STATES, fundingScene, shortDate, type FundingData, type FundingState } from './model';
import { en as wordsEn } from './strings';
import { es as wordsEs } from './strings-es';

/** Money in Spanish text: "13,600 millones de dólares", "106 mil millones de dólares". */
const usd = (billions: number) => formatBillions(billions, 'es');

/** Notes on the rows whose amount is our arithmetic rather than a figure the publisher printed. */
function rowNote(stageId: string, category: string, lang: Lang): string {
	if (category !== 'other') return '';
	if (stageId.startsWith('request')) return lang === 'es' ? 'Derivado: total de la CRS menos frontera' : 'Derived: CRS total minus border';
	return '';
}

/** The table in English (billions, as the sources give them) or Spanish (millions, as Mexican style writes money). */
function fundingTable(data: FundingData, lang: Lang = 'en'): ChartTable {
	if (lang === 'es') {
		return {
			columns: ['Etapa', 'Categoría', 'Millones de dólares', 'Nota'],
			rows: data.stages.flatMap((stage) =>
				stage.has.map((c) => [`${wordsEs.stage(stage)} (${formatDate(stage.date, 'es')})`, wordsEs.category[c], Math.round(stage.values[c] * 1000), rowNote(stage.id, c, 'es')]),
			),
		};
	}
	return {
		columns: ['Stage', 'Category', 'Billions of dollars', 'Note'],
		rows: data.stages.flatMap((stage) =>
			stage.has.map((c) => [`${stage.name} (${shortDate(stage.date)})`, CATEGORY_NAMES[c], stage.values[c].toFixed(2), rowNote(stage.id, c, 'en')]),
		),
	};
}

export default defineChart<FundingData, FundingState>({
	name: 'funding',
	title: 'The national-security supplemental, border money and everything else, from request (October 2023) to law (April 2024)',
	description:
		'Four horizontal stacked bars, one per stage, in billions of dollars, each split into the money for the border and migration (first) and all other parts of the package. The White House request of Oct 20, 2023 came to about $105.6 billion, $13.6 billion of it for the border and migration. The Senate deal of Feb 4, 2024 came to about $118.3 billion with $20.2 billion for the border, but was blocked on Feb 7 when a vote to start debate went 49–50, short of the 60 needed. The aid-only bill the Senate passed 70–29 on Feb 13 came to $95.34 billion with no border money. The law signed on April 24, 2024 came to about $95.3 billion, for Ukraine, Israel and the Indo-Pacific, and nothing for the border.',
	caption:
		'Amounts requested, proposed or enacted, not spent. Each bar has two parts defined the same way at every stage: border and migration, and everything else (Ukraine, Israel and the Middle East, humanitarian and refugee aid, the Indo-Pacific and smaller items). We do not split “everything else”, because its pieces were regrouped between stages. The request’s length is the Congressional Research Service’s count of about $105.6 billion of budget authority; its five reported parts add up to $105.85 billion.',
	credit:
		'Data: Congressional Research Service (request total); Government Executive (border request); Committee for a Responsible Federal Budget, from Senate Appropriations Committee figures (deal); Senate Appropriations Committee (aid-only bill); Roll Call and Sen. Murkowski’s office (law); Congress.gov',
	es: {
		title: 'El paquete suplementario de seguridad nacional, el dinero para la frontera y todo lo demás, de la solicitud (octubre de 2023) a la ley (abril de 2024)',
		description: `Cuatro barras horizontales apiladas, una por etapa, en millones de dólares, cada una dividida en el dinero para la frontera y la migración (al inicio) y todas las demás partes del paquete. La solicitud de la Casa Blanca del 20 de octubre de 2023 sumaba unos ${usd(105.6)}, ${usd(13.6)} de ellos para la frontera y la migración. El acuerdo del Senado del 4 de febrero de 2024 sumaba unos ${usd(118.3)}, con ${usd(20.2)} para la frontera, pero quedó bloqueado el 7 de febrero, cuando una votación para iniciar el debate terminó 49 a 50, por debajo de los 60 votos necesarios. El proyecto solo de ayuda que el Senado aprobó 70 a 29 el 13 de febrero sumaba ${usd(95.34)}, sin dinero para la frontera. La ley firmada el 24 de abril de 2024 sumaba unos ${usd(95.3)}, para Ucrania, Israel y el Indo-Pacífico, y nada para la frontera.`,
		caption: `Montos solicitados, propuestos o aprobados, no gastados. Cada barra tiene dos partes, definidas igual en todas las etapas: frontera y migración, y todo lo demás (Ucrania, Israel y Oriente Medio, ayuda humanitaria y a refugiados, el Indo-Pacífico y partidas menores). No dividimos “todo lo demás” porque sus piezas se reagruparon de una etapa a otra. El largo de la solicitud es el cálculo del Servicio de Investigación del Congreso (CRS), de unos ${usd(105.6)} en autoridad presupuestaria; sus cinco partes reportadas suman ${usd(105.85)}.`,
		credit:
			'Datos: Servicio de Investigación del Congreso (total de la solicitud); Government Executive (solicitud para la frontera); Committee for a Responsible Federal Budget, con cifras del Comité de Asignaciones del Senado (acuerdo); Comité de Asignaciones del Senado (proyecto solo de ayuda); Roll Call y la oficina de la senadora Murkowski (ley); Congress.gov',
	},
	sourceIds: [
		'crs-in12274',
		'govexec-border-request-2023-11',
		'crfb-118b-package',
		'congress-hr815-actions',
		'senate-approps-passage-statement',
		'rollcall-house-passes-aid-2024-04-20',
		'murkowski-supplemental-release',
	],
	states: FUNDING_STATES,
	staticState: 'overview',
	staticSize: { width: 720, height: 440 },
	narrowSize: { width: 360, height: 500 },
	load: () => loadFundingPackage(),
	scene: (data, dims, state, lang = 'en') => fundingScene(data, dims, state, lang === 'es' ? wordsEs : wordsEn),
	table: fundingTable,
});
