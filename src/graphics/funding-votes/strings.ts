/**
 * Every word the votes chart draws, in English (Spanish: strings-es.ts, the same
 * shape), one module per language as in every bespoke chart. Measures are data in
 * English (data/funding-votes.csv).
 */
import { shortDate, type ByLang } from '../core/words';
import type { Chamber, ThresholdRule, VoteDatum } from './model';
import { es } from './strings-es';

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

export const en: VotesWords = {
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

export const WORDS: ByLang<VotesWords> = { en, es };
