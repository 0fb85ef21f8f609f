/**
 * The funding chart's words in Spanish (same shape as strings.ts). Stage names are
 * data in English (src/graphics/funding/data.ts); their Spanish names are keyed
 * here by stage id.
 */
import { formatBillions, formatDate, formatPercent } from '../../i18n/format';
import { dayMonthEs, translated } from '../core/words';
import type { FundingStage } from './model';
import type { FundingWords } from './strings';

const STAGE_ES: Record<string, string> = {
	'request-2023-10-20': 'Solicitud de la Casa Blanca',
	'senate-deal-2024-02-04': 'Acuerdo del Senado',
	'aid-only-2024-02-13': 'Proyecto sin la parte fronteriza',
	'enacted-2024-04-24': 'Ley promulgada',
};
const stageEs = (s: FundingStage) => translated(STAGE_ES, s.id, 'src/graphics/funding/strings-es.ts (STAGE_ES)');
const mdd = (v: number) => formatBillions(v, 'es', true);
/** Dates kept on one line when labels wrap: "20 de octubre de 2023" with no-break spaces. */
const whole = (text: string) => text.replace(/ /g, '\u00a0');

export const es: FundingWords = {
	lang: 'es',
	category: {
		border: 'Frontera y migración',
		other: 'Todas las demás partes',
	},
	stage: stageEs,
	stageTitle: (s) => `${stageEs(s)}, ${whole(formatDate(s.date, 'es'))}`,
	money: mdd,
	zero: '0 mdd',
	border: (v, share) => {
		if (v === 0) return 'Frontera: 0 dólares';
		const noun = ['de la solicitud', 'del acuerdo', 'del proyecto', 'de la ley'];
		return `Frontera: ${formatBillions(v, 'es')}${share ? `, cerca del ${formatPercent(share.percent, 0, 'es')} ${noun[share.row]}` : ''}`;
	},
	blocked: (v) => `Bloqueado el ${whole(dayMonthEs(v.date))}: ${v.yes} a ${v.no} en la votación para iniciar el debate; se necesitaban ${v.threshold} votos`,
	passed: (v) => `El Senado lo aprobó ${v.yes} a ${v.no} el ${whole(dayMonthEs(v.date))}`,
};
