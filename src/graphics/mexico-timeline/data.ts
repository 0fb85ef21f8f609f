/**
 * Data for the "mexico-timeline" chart: CBP's monthly southwest-border encounters,
 * January 2023 – June 2024 (loadEncounters), and the events the chart marks, taken
 * from the site's events files (content/events/mexico-delegation.yaml, plus two
 * events that are kept once in title-42.yaml and border-funding-package.yaml).
 * The chart's short labels are ours and live in src/graphics/mexico-timeline/strings.ts
 * (English and Spanish); here each marker names the event id it marks and the date
 * it expects, and a mismatch with the events files stops the build.
 */
import { DataError } from '../../content/csv';
import type { Lang } from '../../i18n/lang';
import { loadEncounters, type MonthRow } from '../../content/data/encounters';
import { eventsDir, loadAllEvents, type EventEntry } from '../../content/events';
import type { TimelineData, TimelineMarker } from './model';
import { markerKeyText, markerLabels, WORDS } from './strings';

export const TIMELINE_FROM = '2023-01';
export const TIMELINE_TO = '2024-06';

type MarkerSpec =
	| { id: string; date: string }
	/** The month with the most encounters in the range, from the data. */
	| { record: true; month: string };

/** In date order; words for each (label, caption key) are in the chart's strings.ts. */
export const MARKERS: MarkerSpec[] = [
	{ id: 'mexico-chnv-returns-begin', date: '2023-01-05' },
	{ id: 'mexico-chnv-arrangement-extended', date: '2023-05-02' },
	{ id: 't42-order-lifts', date: '2023-05-11' },
	{ record: true, month: '2023-12' },
	{ id: 'mexico-city-meeting', date: '2023-12-27' },
	{ id: 'amlo-four-requests', date: '2024-01-05' },
	{ id: 'washington-migration-meeting', date: '2024-01-19' },
	{ id: 'us-mexico-guatemala-ministerial', date: '2024-02-28' },
	{ id: 'sheinbaum-elected', date: '2024-06-02' },
	{ id: 'asylum-proclamation-announced', date: '2024-06-04' },
];

const specMarker = (m: MarkerSpec, i: number) => ('record' in m ? { n: i + 1, id: `record-${m.month}`, date: m.month } : { n: i + 1, id: m.id, date: m.date });

/** The numbered list of markers, as written in the caption (dates from MARKERS). */
export function markerKey(lang: Lang = 'en'): string {
	return markerKeyText(MARKERS.map(specMarker), lang);
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
	const top = months.reduce((a, b) => (b.total > a.total ? b : a));
	const byId = new Map(events.map((e) => [e.id, e]));
	const titles: Record<number, string> = {};
	const sourceIds = new Set<string>();
	const dated = MARKERS.map((spec, i) => {
		const n = i + 1;
		if ('record' in spec) {
			if (top.month !== spec.month) {
				throw new DataError(`data/sw-border-encounters-monthly.csv: the record month in ${TIMELINE_FROM}–${TIMELINE_TO} is ${top.month}, but the mexico-timeline chart marks ${spec.month}`);
			}
			titles[n] = WORDS.en.recordTitle(top.total);
			return specMarker(spec, i);
		}
		const event = byId.get(spec.id);
		if (!event) throw new DataError(`${eventsDir()}/*.yaml: no event with id "${spec.id}" (the mexico-timeline chart marks it; see MARKERS in src/graphics/mexico-timeline/data.ts)`);
		if (event.date !== spec.date) {
			throw new DataError(
				`${event.file}: event "${spec.id}" is dated ${event.date}, but the mexico-timeline chart expects ${spec.date}; check the date and update src/graphics/mexico-timeline/data.ts`,
			);
		}
		titles[n] = event.title;
		event.sources.forEach((s) => sourceIds.add(s));
		return specMarker(spec, i);
	});
	const labels = markerLabels(dated, top.total, 'en');
	const markers: TimelineMarker[] = dated.map((m, i) => ({ ...m, label: labels[i]! }));
	return { months, markers, titles, sourceIds: [...sourceIds] };
}
