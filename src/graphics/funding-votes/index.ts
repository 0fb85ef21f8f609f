/** The key votes on the supplemental: what passed, what failed and what each needed. */
import { DataError } from '../../content/csv';
import { FUNDING_VOTES_FILE, loadFundingVotes, type VoteRow } from '../../content/data/funding-votes';
import { formatBillions, formatDate } from '../../i18n/format';
import { defineChart } from '../core/chart';
import { shortDate } from '../core/words';
import { VOTES_STATES, votesScene, type FundingVotesData } from './model';
import { WORDS } from './strings';

/** Votes on measures that carried the Senate border deal or border policy (date + measure, as in the CSV). */
export const BORDER_MEASURES: readonly [string, string][] = [
	['2024-02-07', 'Start debate: $118.3B Senate deal'],
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

export default defineChart<FundingVotesData, (typeof VOTES_STATES)[number]>({
	name: 'funding-votes',
	title: 'Key votes on the supplemental and the border deal, December 2023 – May 2024',
	description:
		'One bar per vote showing yes and no votes against the number of yes votes needed. In the Senate, votes to start debate on the aid bill failed 49–51 on Dec 6, 2023 and on the $118.3 billion deal with border money 49–50 on Feb 7, 2024, short of the 60 needed; the next day the aid-only version cleared that bar 67–32, and on Feb 13 it passed 70–29. On April 20 the House passed Ukraine aid 311–112, Israel aid 366–58, Indo-Pacific aid 385–34 and a sidecar bill 360–58, while a Republican border bill failed 215–199 because it needed two-thirds. The Senate cleared the final package 79–18 on April 23. A second attempt to start debate on the border bill failed 43–50 on May 23.',
	caption:
		'Bars show senators or representatives voting yes and no; the dashed mark is the number of yes votes the measure needed. Starting debate in the Senate takes 60 votes to end a filibuster (cloture). Passage needs a majority of those voting; the House border bill was brought up under a procedure that needs two-thirds. Red: yes votes on measures carrying the Senate border deal or border policy. Each tally is from the Senate or House record of the vote (roll calls on senate.gov and clerk.house.gov, or the bill’s actions on Congress.gov).',
	credit: 'Data: U.S. Senate and House of Representatives roll-call votes (senate.gov, clerk.house.gov) and bill actions (Congress.gov, Library of Congress)',
	es: {
		title: 'Votaciones clave sobre el paquete suplementario y el acuerdo fronterizo, de diciembre de 2023 a mayo de 2024',
		description: `Una barra por votación, con los votos a favor y en contra frente al número de votos a favor necesarios. En el Senado, las votaciones para iniciar el debate fracasaron 49 a 51 el 6 de diciembre de 2023, sobre el proyecto de ayuda, y 49 a 50 el 7 de febrero de 2024, sobre el acuerdo de ${formatBillions(118.3, 'es')} con fondos para la frontera, por debajo de los 60 necesarios; al día siguiente, la versión sin la parte fronteriza superó esa barrera 67 a 32, y el 13 de febrero se aprobó 70 a 29. El 20 de abril, la Cámara de Representantes aprobó la ayuda a Ucrania 311 a 112, la ayuda a Israel 366 a 58, la ayuda al Indo-Pacífico 385 a 34 y un proyecto complementario 360 a 58, mientras que un proyecto fronterizo republicano fracasó 215 a 199 porque necesitaba dos tercios. El Senado aprobó el paquete final 79 a 18 el 23 de abril. Un segundo intento de iniciar el debate sobre el proyecto fronterizo fracasó 43 a 50 el 23 de mayo.`,
		caption:
			'Las barras muestran a los senadores o representantes que votaron a favor y en contra; la marca discontinua es el número de votos a favor que necesitaba la medida. Para iniciar el debate en el Senado hacen falta 60 votos que pongan fin a un bloqueo parlamentario (cloture). Para aprobar una medida basta la mayoría de los votantes; el proyecto fronterizo de la Cámara se presentó con un procedimiento que exige dos tercios. Rojo: votos a favor de medidas que incluían el acuerdo fronterizo del Senado o política fronteriza. Cada conteo proviene del registro oficial de la votación en el Senado o la Cámara (votaciones nominales en senate.gov y clerk.house.gov, o las acciones del proyecto en Congress.gov).',
		credit:
			'Datos: votaciones nominales del Senado y de la Cámara de Representantes de Estados Unidos (senate.gov, clerk.house.gov) y acciones de los proyectos (Congress.gov, Biblioteca del Congreso)',
	},
	sourceIds: [
		'congress-hr815-actions',
		'senate-roll-call-2024-41',
		'house-roll-call-2024-151',
		'house-roll-call-2024-152',
		'rollcall-house-passes-aid-2024-04-20',
		'senate-roll-call-2024-182',
	],
	states: VOTES_STATES,
	staticState: 'overview',
	staticSize: { width: 760, height: 556 },
	narrowSize: { width: 360, height: 772 },
	load: () => markBorderMeasures(loadFundingVotes()),
	scene: (data, dims, _state, lang) => votesScene(data, dims, lang),
	table: (data, lang = 'en') => {
		const words = WORDS[lang];
		return {
			columns:
				lang === 'es'
					? ['Fecha', 'Cámara', 'Medida', 'A favor', 'En contra', 'Votos a favor necesarios', 'Regla', 'Resultado']
					: ['Date', 'Chamber', 'Measure', 'Yes', 'No', 'Yes votes needed', 'Rule', 'Result'],
			rows: data.votes.map((v) => [
				lang === 'es' ? formatDate(v.date, 'es') : shortDate(v.date),
				words.chamber[v.chamber],
				words.measure(v),
				v.yes,
				v.no,
				v.threshold,
				words.rule[v.thresholdRule],
				v.result === 'passed' ? words.passed : words.failed,
			]),
		};
	},
});
