/** The encounters chart's words in Spanish (same shape and order as strings.ts). */
import { formatCompact, formatDate, formatInteger, formatMonth, formatMonthShort, formatPercent } from '../../i18n/format';
import { capital } from '../core/words';
import type { EncountersWords } from './strings';

const n = (v: number) => formatInteger(v, 'es');

export const es: EncountersWords = {
	lang: 'es',
	legendT42: ['Título 42 (tramitados para su expulsión)', 'Título 42 (para expulsión)'],
	legendT8: ['Tramitados bajo el Título 8', 'Título 8'],
	notes: {
		overview: [
			['Fin del Título 42,', formatDate('2023-05-11', 'es')],
			// One line: over the tallest bar, short charts have room for one line under the legend.
			[`Mes récord: ${formatMonthShort('2023-12', 'es')}`],
		],
		order: [
			['Entra en vigor la orden,', formatDate('2020-03-20', 'es')],
			[`${capital(formatMonth('2020-04', 'es'))}: ${n(17106)},`, `${formatPercent(91, 0, 'es')} bajo el Título 42`],
		],
		rise: [
			['Máximo del Título 42:', `${n(113392)} en ${formatMonth('2021-05', 'es')}`],
			[`${capital(formatMonth('2021-07', 'es'))}: ${n(213593)}`],
		],
		// El 27 % de la CBP era de su primer conteo de julio de 2021 (212 672), no del revisado (213 593).
		repeat: [['Eventos, no personas: según', `la CBP, el ${formatPercent(27, 0, 'es')} de ${n(212672)}`, 'encuentros de julio de 2021 fue', 'de personas detenidas en los', '12 meses previos']],
		courts: [
			[`${formatDate('2022-05-20', 'es')}:`, 'un juez impide el fin'],
			['27 dic 2022: la Corte', 'Suprema lo mantiene'],
		],
		end: [
			['Fin del Título 42,', formatDate('2023-05-11', 'es')],
			[`${capital(formatMonth('2023-06', 'es'))}: ${n(144556)},`, 'todos bajo el Título 8'],
		],
		record: [
			[`Récord: ${n(301981)}`, `en ${formatMonthShort('2023-12', 'es')}`],
			// One line: on phones the only room beside the record bar is one line high.
			[`${capital(formatMonthShort('2024-01', 'es'))}: ${n(176195)}`],
		],
		after: [
			['Límites al asilo desde', `el ${formatDate('2024-06-05', 'es')}`],
			[`${capital(formatMonthShort('2024-12', 'es'))}:`, n(96033)],
		],
		collapse: [
			[`${formatDate('2025-01-20', 'es')}:`, 'proclamaciones fronterizas'],
			[`${capital(formatMonth('2025-07', 'es'))}: ${n(7822)},`, 'el mes más bajo de la gráfica'],
		],
	},
	reference: [[`Tope de devoluciones CHNV a México: ${n(30000)} al mes`], ['Tope de devoluciones CHNV', `a México: ${n(30000)} al mes`]],
	tick: (v) => formatCompact(v, 'es'),
};
