/**
 * Every word the encounters chart draws, in English (Spanish: strings-es.ts, the
 * same shape). Notes follow the order of the notes in model.ts (SPECS); numbers
 * and dates go through format.ts so each language gets its own style ("17,106" /
 * "17 106"). Each language is its own module so that a page loads only its own.
 */
import { formatCompact, formatDate, formatInteger, formatMonth, formatMonthShort, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';

export type NoteState = 'overview' | 'order' | 'rise' | 'repeat' | 'courts' | 'end' | 'record' | 'after' | 'collapse';

export interface EncountersWords {
	lang: Lang;
	/** Legend entries: the full text, then a shorter one for phones. */
	legendT42: [string, string];
	legendT8: [string, string];
	/** Lines of each note, in the order of the state's notes in model.ts. */
	notes: Record<NoteState, string[][]>;
	/** The 30,000-a-month reference label: one line, then a two-line form for narrow charts. */
	reference: string[][];
	tick(value: number): string;
}

const n = (v: number) => formatInteger(v);

export const en: EncountersWords = {
	lang: 'en',
	legendT42: ['Title 42 (processed for expulsion)', 'Title 42 (processed for expulsion)'],
	legendT8: ['Title 8 processing', 'Title 8 processing'],
	notes: {
		overview: [
			['Title 42 ends,', formatDate('2023-05-11')],
			['Record month:', formatMonthShort('2023-12')],
		],
		order: [
			['Order takes effect,', formatDate('2020-03-20')],
			[`${formatMonth('2020-04')}: ${n(17106)},`, `${formatPercent(91, 0)} under Title 42`],
		],
		rise: [['Title 42 peak:', `${n(113392)} in ${formatMonth('2021-05')}`], [`${formatMonth('2021-07')}: ${n(213593)}`]],
		// CBP's 27% was of its first count for July 2021 (212,672), not the revised 213,593 the bar shows.
		repeat: [['Events, not people: CBP said', `${formatPercent(27, 0)} of the ${n(212672)} July 2021`, 'encounters it first reported', 'were repeats within 12 months']],
		courts: [
			[`${formatDate('2022-05-20')}: court`, 'blocks the end'],
			['Dec 27, 2022:', 'Supreme Court stay'],
		],
		end: [
			['Title 42 ends,', formatDate('2023-05-11')],
			[`${formatMonth('2023-06')}: ${n(144556)},`, 'all under Title 8'],
		],
		record: [
			[`Record: ${n(301981)}`, `in ${formatMonthShort('2023-12')}`],
			[`${formatMonthShort('2024-01')}:`, n(176195)],
		],
		after: [
			['Asylum limits from', formatDate('2024-06-05')],
			[`${formatMonthShort('2024-12')}:`, n(96033)],
		],
		collapse: [
			[`${formatDate('2025-01-20')}:`, 'border proclamations'],
			[`${formatMonthShort('2025-07')}: ${n(7822)},`, 'lowest on this chart'],
		],
	},
	reference: [[`Mexico's CHNV returns ceiling: ${n(30000)} a month`], ["Mexico's CHNV returns ceiling:", `${n(30000)} a month`]],
	tick: (v) => formatCompact(v),
};
