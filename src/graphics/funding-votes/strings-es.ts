/**
 * The votes chart's words in Spanish (same shape as strings.ts). Measures are data in
 * English (data/funding-votes.csv); their Spanish names are keyed here by date and
 * English text, so a new row without a translation stops the Spanish build.
 */
import { formatBillions } from '../../i18n/format';
import { shortDateEs, translated } from '../core/words';
import type { ThresholdRule } from './model';
import type { VotesWords } from './strings';

const mdd = (billions: number) => formatBillions(billions, 'es', true);

/** Spanish names of the measures, keyed by "date measure" as in data/funding-votes.csv. */
const MEASURE_ES: Record<string, string> = {
	"2023-12-06 Start debate: Democrats' $110.5B aid bill": `Iniciar el debate: proyecto demócrata de ayuda de ${mdd(110.5)}`,
	'2024-02-07 Start debate: $118.3B Senate deal': `Iniciar el debate: acuerdo del Senado de ${mdd(118.3)}`,
	'2024-02-08 Start debate again: aid-only text': 'Iniciar el debate otra vez: versión sin la parte fronteriza',
	'2024-02-13 Pass the $95.34B aid-only bill': `Aprobar la versión sin la parte fronteriza, de ${mdd(95.34)}`,
	'2024-04-20 Ukraine aid (H.R. 8035)': 'Ayuda a Ucrania (H.R. 8035)',
	'2024-04-20 Israel aid (H.R. 8034)': 'Ayuda a Israel (H.R. 8034)',
	'2024-04-20 Indo-Pacific aid (H.R. 8036)': 'Ayuda al Indo-Pacífico (H.R. 8036)',
	'2024-04-20 Sidecar: TikTok, Russian assets, sanctions': 'Proyecto complementario: TikTok, activos rusos, sanciones',
	'2024-04-20 Republican border bill': 'Proyecto fronterizo republicano',
	'2024-04-23 Pass the final package (H.R. 815)': 'Aprobar el paquete final (H.R. 815)',
	'2024-05-23 Start debate: border bill again': 'Iniciar el debate: otra vez el proyecto fronterizo',
};

const RULE_SHORT_ES: Record<ThresholdRule, string> = {
	'cloture-60': 'cloture',
	'majority-of-those-voting': 'mayoría',
	'two-thirds-of-those-voting': 'dos tercios',
};

export const es: VotesWords = {
	legend: { yes: 'A favor', border: 'A favor, en una medida fronteriza', no: 'En contra', threshold: 'Votos a favor necesarios' },
	passed: 'Aprobada',
	failed: 'Rechazada',
	header: (chamber, seats) => `${es.chamber[chamber]} (${seats} escaños)`,
	chamber: { Senate: 'Senado', House: 'Cámara de Representantes' },
	measure: (v) => translated(MEASURE_ES, `${v.date} ${v.measure}`, 'src/graphics/funding-votes/strings-es.ts (MEASURE_ES)'),
	detail: (v) => `${shortDateEs(v.date)} · ${v.yes} a ${v.no} · necesitaba ${v.threshold} (${RULE_SHORT_ES[v.thresholdRule]})`,
	rule: {
		'cloture-60': '60 votos para cerrar el debate (cloture)',
		'majority-of-those-voting': 'Mayoría de los votantes',
		'two-thirds-of-those-voting': 'Dos tercios de los votantes',
	},
};
