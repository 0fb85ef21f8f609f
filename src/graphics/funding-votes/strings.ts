/**
 * Every word the votes chart draws, in English and Spanish. Measures are data in
 * English (data/funding-votes.csv); their Spanish names are keyed here by date and
 * English text, so a new row without a translation stops the Spanish build.
 */
import { formatBillions } from '../../i18n/format';
import { shortDate, shortDateEs, translated, type ByLang } from '../core/words';
import type { Chamber, ThresholdRule, VoteDatum } from './model';

export interface VotesWords {
	legend: { yes: string; border: string; no: string; threshold: string };
	passed: string;
	failed: string;
	/** "Senate (100 seats)" */
	header(chamber: Chamber, seats: number): string;
	chamber: Record<Chamber, string>;
	measure(v: Pick<VoteDatum, 'date' | 'measure'>): string;
	/** "Feb 7, 2024 · 49–50 · needed 60 (cloture)" / "7 feb 2024 · 49 a 50 · necesitaba 60 (cloture)" */
	detail(v: VoteDatum): string;
	/** The rule in full, for the table: "60 votes to end debate (cloture)". */
	rule: Record<ThresholdRule, string>;
}

const RULE_SHORT_EN: Record<ThresholdRule, string> = {
	'cloture-60': 'cloture',
	'majority-of-those-voting': 'majority',
	'two-thirds-of-those-voting': 'two-thirds',
};

const en: VotesWords = {
	legend: { yes: 'Yes', border: 'Yes, on a border measure', no: 'No', threshold: 'Yes votes needed to pass' },
	passed: 'Passed',
	failed: 'Failed',
	header: (chamber, seats) => `${chamber} (${seats} seats)`,
	chamber: { Senate: 'Senate', House: 'House' },
	measure: (v) => v.measure,
	detail: (v) => `${shortDate(v.date)} · ${v.yes}–${v.no} · needed ${v.threshold} (${RULE_SHORT_EN[v.thresholdRule]})`,
	rule: {
		'cloture-60': '60 votes to end debate (cloture)',
		'majority-of-those-voting': 'Majority of those voting',
		'two-thirds-of-those-voting': 'Two-thirds of those voting',
	},
};

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

const es: VotesWords = {
	legend: { yes: 'A favor', border: 'A favor, en una medida fronteriza', no: 'En contra', threshold: 'Votos a favor necesarios' },
	passed: 'Aprobada',
	failed: 'Rechazada',
	header: (chamber, seats) => `${es.chamber[chamber]} (${seats} escaños)`,
	chamber: { Senate: 'Senado', House: 'Cámara de Representantes' },
	measure: (v) => translated(MEASURE_ES, `${v.date} ${v.measure}`, 'src/graphics/funding-votes/strings.ts (MEASURE_ES)'),
	detail: (v) => `${shortDateEs(v.date)} · ${v.yes} a ${v.no} · necesitaba ${v.threshold} (${RULE_SHORT_ES[v.thresholdRule]})`,
	rule: {
		'cloture-60': '60 votos para cerrar el debate (cloture)',
		'majority-of-those-voting': 'Mayoría de los votantes',
		'two-thirds-of-those-voting': 'Dos tercios de los votantes',
	},
};

export const WORDS: ByLang<VotesWords> = { en, es };
