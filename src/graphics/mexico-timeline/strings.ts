/**
 * Every word the Mexico timeline draws, in English and Spanish: the short marker
 * labels ("Jan 19: Washington meeting"), the caption's numbered key, the legend and
 * the axis. Markers are keyed by the id of the event they mark (content/events) or
 * `record` for the record month; the loader (src/graphics/mexico-timeline/data.ts) checks
 * each id and date against the events files.
 */
import { formatCompact, formatDate, formatInteger, formatMonthShort } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { shortDateEs, translated, type ByLang } from '../core/words';

export interface MarkerWords {
	/** Drawn after the date on wide charts. */
	label: string;
	/** The caption's wording for the numbered key. */
	key: string;
}

export interface TimelineWords {
	markers: Record<string, MarkerWords>;
	/** Short date of a marker: "Jan 5, 2023" / "Jan 19" / "Dec 2023" (a whole month). */
	date(date: string, withYear: boolean): string;
	/** Legend: the full text, and a shorter one when markers are numbered (phones). */
	legend: [string, string];
	/** Axis label of a month: with its year in January (and on phones), alone otherwise. */
	month(month: string, withYear: boolean): string;
	tick(value: number): string;
	/** Full-length date for the caption key and the table. */
	longDate(date: string): string;
	/** The table's title of the record month. */
	recordTitle(total: number): string;
}

const MONTHS_AP = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const AXIS_EN: Record<string, string> = { '01': 'Jan', '04': 'Apr', '07': 'July', '10': 'Oct' };

const en: TimelineWords = {
	markers: {
		'mexico-chnv-returns-begin': { label: 'CHNV returns begin', key: 'Mexico begins taking back Cuban, Haitian, Nicaraguan and Venezuelan (CHNV) nationals' },
		'mexico-chnv-arrangement-extended': { label: 'CHNV deal extended', key: 'the CHNV arrangement is extended past Title 42' },
		't42-order-lifts': { label: 'Title 42 ends', key: 'Title 42 ends' },
		record: { label: 'record', key: 'record month for encounters' },
		'mexico-city-meeting': { label: 'Mexico City meeting', key: 'U.S. and Mexican officials meet in Mexico City' },
		'amlo-four-requests': { label: 'López Obrador’s requests', key: 'López Obrador sets out his four requests' },
		'washington-migration-meeting': { label: 'Washington meeting', key: 'the Washington meeting' },
		'us-mexico-guatemala-ministerial': { label: 'with Guatemala', key: 'three-way meeting with Guatemala' },
		'sheinbaum-elected': { label: 'Sheinbaum elected', key: 'Claudia Sheinbaum is elected president of Mexico' },
		'asylum-proclamation-announced': { label: 'asylum proclamation', key: 'Biden’s proclamation limiting asylum' },
	},
	date: (date, withYear) => {
		const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
		if (d === undefined) return `${MONTHS_AP[m - 1]} ${y}`;
		return `${MONTHS_AP[m - 1]} ${d}${withYear ? `, ${y}` : ''}`;
	},
	legend: ['Southwest-border encounters a month (events, not people)', 'Encounters a month (events, not people)'],
	month: (month, withYear) => (withYear ? `${AXIS_EN[month.slice(5)]} ${month.slice(0, 4)}` : AXIS_EN[month.slice(5)]!),
	tick: (v) => formatCompact(v),
	longDate: (date) => formatDate(date),
	recordTitle: (total) => `Record month: ${formatInteger(total)} southwest-border encounters (CBP revised figure)`,
};

const es: TimelineWords = {
	markers: {
		'mexico-chnv-returns-begin': { label: 'empiezan las devoluciones CHNV', key: 'México empieza a recibir a personas CHNV devueltas' },
		'mexico-chnv-arrangement-extended': { label: 'se extiende el acuerdo CHNV', key: 'el acuerdo CHNV se extiende más allá del Título 42' },
		't42-order-lifts': { label: 'fin del Título 42', key: 'termina el Título 42' },
		record: { label: 'récord', key: 'mes récord de encuentros' },
		'mexico-city-meeting': { label: 'reunión en la Ciudad de México', key: 'reunión en la Ciudad de México' },
		'amlo-four-requests': { label: 'peticiones de López Obrador', key: 'las cuatro peticiones de López Obrador' },
		'washington-migration-meeting': { label: 'reunión en Washington', key: 'la reunión de Washington' },
		'us-mexico-guatemala-ministerial': { label: 'con Guatemala', key: 'reunión trilateral con Guatemala' },
		'sheinbaum-elected': { label: 'gana Sheinbaum', key: 'Sheinbaum gana la elección' },
		'asylum-proclamation-announced': { label: 'proclamación sobre el asilo', key: 'la proclamación de Biden que limita el asilo' },
	},
	date: (date, withYear) => shortDateEs(date, withYear),
	legend: ['Encuentros al mes en la frontera suroeste (eventos, no personas)', 'Encuentros al mes (eventos, no personas)'],
	month: (month, withYear) => (withYear ? formatMonthShort(month, 'es') : formatMonthShort(month, 'es').split(' ')[0]!),
	tick: (v) => formatCompact(v, 'es'),
	longDate: (date) => formatDate(date, 'es'),
	recordTitle: (total) => `Mes récord: ${formatInteger(total, 'es')} encuentros en la frontera suroeste (cifra revisada de la CBP)`,
};

export const WORDS: ByLang<TimelineWords> = { en, es };

/** The words of one marker; `id` is an event id or "record". */
export function markerWords(id: string, lang: Lang): MarkerWords {
	return translated(WORDS[lang].markers, id, `src/graphics/mexico-timeline/strings.ts (${lang} markers)`);
}

/**
 * Short labels of the markers, in date order: "Jan 5, 2023: CHNV returns begin",
 * "May 2: CHNV deal extended", … The year is written on the first marker of each
 * year; the record month reads "Dec 2023: record, 301,981".
 */
export function markerLabels(markers: { id: string; date: string }[], recordTotal: number, lang: Lang): string[] {
	const words = WORDS[lang];
	const seenYears = new Set<string>();
	return markers.map((m) => {
		const record = m.id.startsWith('record-');
		const year = m.date.slice(0, 4);
		const withYear = !seenYears.has(year);
		seenYears.add(year);
		const w = markerWords(record ? 'record' : m.id, lang);
		return record ? `${words.date(m.date, false)}: ${w.label}, ${formatInteger(recordTotal, lang)}` : `${words.date(m.date, withYear)}: ${w.label}`;
	});
}

/** The numbered list of markers, as written in the caption: "1 January 5, 2023: …; 2 …". */
export function markerKeyText(markers: { n: number; id: string; date: string }[], lang: Lang): string {
	return markers.map((m) => `${m.n} ${WORDS[lang].longDate(m.date)}: ${markerWords(m.id.startsWith('record-') ? 'record' : m.id, lang).key}`).join('; ');
}
