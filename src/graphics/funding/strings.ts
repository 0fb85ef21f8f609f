/**
 * Every word the funding chart draws, in English (Spanish: strings-es.ts, the same
 * shape; each language is its own module so that a page loads only its own).
 * Amounts go through format.ts: "$13.6B" in English, "13 600 mdd" (millones de
 * dólares) in Spanish.
 */
import { formatBillions, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { FundingCategory, FundingStage, FundingVoteRef } from './model';

import { shortDate } from '../core/words';

export { shortDate };
/** "2024-02-07" → "Feb 7" */
function monthDay(iso: string): string {
	return shortDate(iso).replace(/, \d{4}$/, '');
}

export interface FundingWords {
	lang: Lang;
	category: Record<FundingCategory, string>;
	/** A stage's name ("Senate deal"). */
	stage(stage: FundingStage): string;
	/** Row title: "Senate deal, Feb 4, 2024". */
	stageTitle(stage: FundingStage): string;
	/** A total or an amount in the legend ("$118.28B"); `zero` for nothing. */
	money(billions: number): string;
	zero: string;
	/** "Border: $13.6B, about 13% of the request"; `row` is the stage's index, 0–3. */
	border(billions: number, share?: { percent: number; row: number }): string;
	blocked(vote: FundingVoteRef): string;
	passed(vote: FundingVoteRef): string;
}

export const en: FundingWords = {
	lang: 'en',
	category: {
		border: 'Border and migration',
		other: 'All other parts',
	},
	stage: (s) => s.name,
	stageTitle: (s) => `${s.name}, ${shortDate(s.date)}`,
	money: (v) => formatBillions(v),
	zero: '$0',
	border: (v, share) => {
		if (v === 0) return 'Border: $0';
		const noun = ['the request', 'the deal', 'the bill', 'the law'];
		return `Border: ${formatBillions(v)}${share ? `, about ${formatPercent(share.percent, 0)} of ${noun[share.row]}` : ''}`;
	},
	blocked: (v) => `Blocked ${monthDay(v.date)}: ${v.yes}–${v.no} on starting debate; ${v.threshold} votes needed`,
	passed: (v) => `Passed the Senate ${v.yes}–${v.no} on ${monthDay(v.date)}`,
};
