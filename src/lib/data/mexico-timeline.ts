/**
 * Data for the "mexico-timeline" chart: CBP's monthly southwest-border encounters,
 * January 2023 – June 2024 (loadEncounters), and the events the chart marks, taken
 * from the site's events files (content/events/mexico-delegation.yaml, plus two
 * events that are kept once in title-42.yaml and border-funding-package.yaml).
 * The chart's short labels are ours and live here; each names the event id it
 * marks and the date it expects, and a mismatch with the events files stops the build.
 */
import { DataError } from '../csv';
import { formatInteger } from '../format';
import { loadEncounters } from './encounters';
import { eventsDir, loadAllEvents, type EventEntry } from './events';
import type { MonthRow } from '../../graphics/encounters/model';
import type { TimelineData, TimelineMarker } from '../../graphics/mexico-timeline/model';

export const TIMELINE_FROM = '2023-01';
export const TIMELINE_TO = '2024-06';

type MarkerSpec =
	| { id: string; date: string; label: string; key: string }
	/** The month with the most encounters in the range, from the data. */
	| { record: true; month: string; label: string; key: string };

/** In date order; `label` is drawn after the date on wide charts, `key` is the caption's wording. */
export const MARKERS: MarkerSpec[] = [
	{ id: 'mexico-chnv-returns-begin', date: '2023-01-05', label: 'CHNV returns begin', key: 'Mexico begins taking back Cuban, Haitian, Nicaraguan and Venezuelan (CHNV) nationals' },
	{ id: 'mexico-chnv-arrangement-extended', date: '2023-05-02', label: 'CHNV deal extended', key: 'the CHNV arrangement is extended past Title 42' },
	{ id: 't42-order-lifts', date: '2023-05-11', label: 'Title 42 ends', key: 'Title 42 ends' },
	{ record: true, month: '2023-12', label: 'record', key: 'record month for encounters' },
	{ id: 'mexico-city-meeting', date: '2023-12-27', label: 'Mexico City meeting', key: 'U.S. and Mexican officials meet in Mexico City' },
	{ id: 'amlo-four-requests', date: '2024-01-05', label: 'López Obrador’s requests', key: 'López Obrador sets out his four requests' },
	{ id: 'washington-migration-meeting', date: '2024-01-19', label: 'Washington meeting', key: 'the Washington meeting' },
	{ id: 'us-mexico-guatemala-ministerial', date: '2024-02-28', label: 'with Guatemala', key: 'three-way meeting with Guatemala' },
	{ id: 'sheinbaum-elected', date: '2024-06-02', label: 'Sheinbaum elected', key: 'Claudia Sheinbaum is elected president of Mexico' },
	{ id: 'asylum-proclamation-announced', date: '2024-06-04', label: 'asylum proclamation', key: 'Biden’s proclamation limiting asylum' },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Jan 19" / "Jan 5, 2023"; a month alone reads "Dec 2023". */
function shortDate(date: string, withYear: boolean): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
	if (d === undefined) return `${MONTHS[m - 1]} ${y}`;
	return `${MONTHS[m - 1]} ${d}${withYear ? `, ${y}` : ''}`;
}
function longDate(date: string): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
	return d === undefined ? `${MONTHS_LONG[m - 1]} ${y}` : `${MONTHS_LONG[m - 1]} ${d}, ${y}`;
}

/** The numbered list of markers, as written in the caption (dates from MARKERS). */
export function markerKey(): string {
	return MARKERS.map((m, i) => `${i + 1} ${longDate('record' in m ? m.month : m.date)}: ${m.key}`).join('; ');
}

export interface TimelineTableData extends TimelineData {
	/** Full titles from the events file, by marker number, for the table. */
	titles: Record<number, string>;
	/** Source ids of the marked events (from the events file). */
	sourceIds: string[];
}

export function loadMexicoTimeline(root = process.env.DATA_ROOT || process.cwd()): TimelineTableData {
	return buildTimeline(loadEncounters(root), loadAllEvents());
}

export function buildTimeline(encounters: MonthRow[], events: EventEntry[]): TimelineTableData {
	const months = encounters.filter((r) => r.month >= TIMELINE_FROM && r.month <= TIMELINE_TO).map((r) => ({ month: r.month, total: r.total }));
	if (months[0]?.month !== TIMELINE_FROM || months[months.length - 1]?.month !== TIMELINE_TO) {
		throw new DataError(`data/sw-border-encounters-monthly.csv: expected months ${TIMELINE_FROM} to ${TIMELINE_TO} for the mexico-timeline chart`);
	}
	const byId = new Map(events.map((e) => [e.id, e]));
	const seenYears = new Set<string>();
	const titles: Record<number, string> = {};
	const sourceIds = new Set<string>();
	const markers: TimelineMarker[] = MARKERS.map((spec, i) => {
		const n = i + 1;
		if ('record' in spec) {
			const top = months.reduce((a, b) => (b.total > a.total ? b : a));
			if (top.month !== spec.month) {
				throw new DataError(`data/sw-border-encounters-monthly.csv: the record month in ${TIMELINE_FROM}–${TIMELINE_TO} is ${top.month}, but the mexico-timeline chart marks ${spec.month}`);
			}
			seenYears.add(spec.month.slice(0, 4));
			titles[n] = `Record month: ${formatInteger(top.total)} southwest-border encounters (CBP revised figure)`;
			return { n, id: `record-${spec.month}`, date: spec.month, label: `${shortDate(spec.month, false)}: ${spec.label}, ${formatInteger(top.total)}` };
		}
		const event = byId.get(spec.id);
		if (!event) throw new DataError(`${eventsDir()}/*.yaml: no event with id "${spec.id}" (the mexico-timeline chart marks it; see MARKERS in src/lib/data/mexico-timeline.ts)`);
		if (event.date !== spec.date) {
			throw new DataError(`${event.file}: event "${spec.id}" is dated ${event.date}, but the mexico-timeline chart expects ${spec.date}; check the date and update src/lib/data/mexico-timeline.ts`);
		}
		const year = event.date.slice(0, 4);
		const withYear = !seenYears.has(year);
		seenYears.add(year);
		titles[n] = event.title;
		event.sources.forEach((s) => sourceIds.add(s));
		return { n, id: event.id, date: event.date, label: `${shortDate(event.date, withYear)}: ${spec.label}` };
	});
	return { months, markers, titles, sourceIds: [...sourceIds] };
}
