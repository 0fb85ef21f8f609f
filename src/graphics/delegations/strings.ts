/**
 * Every word the delegations chart draws, in English (Spanish: strings-es.ts, the
 * same shape; each language is its own module so that a page loads only its own).
 * English names and titles are data (src/graphics/delegations/data.ts, DISPLAY); other
 * languages give theirs by person id (`people`).
 */
import type { Lang } from '../../i18n/lang';
import { translated } from '../core/words';
import type { DelegationState, Person, Side } from './model';

/** A label with its wide form first and its short form (phones) second. */
export type Pair = [string, string];

export type TagKey = 'oneOutlet' | 'office' | 'host' | 'leadUS' | 'leadMX' | 'added' | 'named' | 'notThere';

export interface DelegationWords {
	lang: Lang;
	meeting: Record<DelegationState, Pair>;
	side: Record<Side, string>;
	tag: Record<TagKey, Pair>;
	/** Tags for attendance notes of the data file (English note → tag). */
	noteTag: Record<string, Pair>;
	/** Line legend: sourced link, then our own pairing. */
	sourced: Pair;
	editorial: Pair;
	/** Titles, and names where they differ, by person id; none: the data's English ones. */
	people?: Record<string, Partial<Display> & Pick<Display, 'title' | 'shortTitle'>>;
}

/** Names and titles as drawn. */
export interface Display {
	displayName: string;
	shortName: string;
	/** Last resort on the narrowest phones. */
	narrowName?: string;
	title: string;
	shortTitle: string;
	/** Last resort for an office drawn in place of a name, on the narrowest phones. */
	narrowTitle?: string;
}

export const en: DelegationWords = {
	lang: 'en',
	meeting: {
		dec27: ['Mexico City, National Palace, Dec 27, 2023', 'Mexico City, Dec 27, 2023'],
		jan19: ['Washington, State Department, Jan 19, 2024', 'Washington, Jan 19, 2024'],
		leads: ['Washington, Jan 19, 2024: who led each side', 'Jan 19, 2024: who led'],
		added: ['Washington, Jan 19, 2024: new since Dec 27', 'Jan 19, 2024: new since Dec 27'],
		counterparts: ['Washington, Jan 19, 2024: counterparts', 'Jan 19, 2024: counterparts'],
		feb28: ['Washington, Feb 28, 2024: three-way meeting with Guatemala', 'Feb 28, 2024: with Guatemala'],
		overview: ['Washington, Jan 19, 2024: leads and counterparts', 'Washington, Jan 19, 2024'],
	},
	side: { US: 'United States', MX: 'Mexico', GT: 'Guatemala' },
	tag: {
		oneOutlet: ['Reported by one outlet only', 'One outlet only'],
		office: ['Office attended; name not reported', 'Name not reported'],
		host: ['Host', 'Host'],
		leadUS: ['Led the U.S. team', 'Led U.S. team'],
		leadMX: ["Head of Mexico's delegation", 'Head of delegation'],
		added: ['New since Dec 27', 'New since Dec 27'],
		named: ['Now named; by office only on Dec 27', 'Now named'],
		notThere: ['Not at the meeting; spoke by phone', 'Not at the meeting'],
	},
	noteTag: {
		'received the U.S. team at the airport': ['Met the U.S. team at the airport', 'Met U.S. team'],
	},
	sourced: ['Link stated in a readout or report', 'Sourced link'],
	editorial: ['Our own pairing by job (editorial), not a sourced fact', 'Our pairing, not a sourced fact'],
};

/** A person's name and title as drawn in the words' language (names keep their accents). */
export function display(p: Person, words: DelegationWords): Display {
	if (!words.people) return p;
	const own = translated(words.people, p.id, `src/graphics/delegations/strings-${words.lang}.ts (people)`);
	return {
		displayName: own.displayName ?? p.displayName,
		shortName: own.shortName ?? p.shortName,
		narrowName: own.narrowName ?? p.narrowName,
		title: own.title,
		shortTitle: own.shortTitle,
		narrowTitle: own.narrowTitle,
	};
}
