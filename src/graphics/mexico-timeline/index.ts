/** The Mexico talks, January 2023 – June 2024, against monthly southwest-border encounters. */
import { loadMexicoTimeline, markerKey, type TimelineTableData } from '../../lib/data/mexico-timeline';
import { formatDate, formatMonth } from '../../lib/format';
import { defineChart } from '../core/chart';
import { TIMELINE_STATES, timelineScene } from './model';

export default defineChart<TimelineTableData, (typeof TIMELINE_STATES)[number]>({
	name: 'mexico-timeline',
	title: 'The Mexico talks and the border numbers, January 2023 – June 2024',
	description:
		'Grey monthly bars of southwest-border encounters with ten dated markers above them. Encounters rose through 2023 to a record 301,981 in December 2023, the month U.S. officials met López Obrador in Mexico City on Dec 27. They fell to 176,195 in January 2024, the month of López Obrador’s requests (Jan 5) and the Washington meeting (Jan 19), stayed between about 170,000 and 190,000 through May, and fell to 130,415 in June 2024, after Sheinbaum’s election on June 2 and Biden’s asylum proclamation of June 4.',
	caption: `Encounters are events, not people: a person stopped twice counts twice. CBP’s revised monthly figures; CBP first reported 302,034 for December 2023 and 176,205 for January 2024. The markers show when events happened, not what caused the changes. On narrow screens the markers are numbered: ${markerKey()}.`,
	credit:
		'Data: U.S. Customs and Border Protection, Southwest Land Border Encounters; events from the U.S. State Department, Mexico’s Secretaría de Relaciones Exteriores (SRE), the White House, DHS, CBP and news reports',
	// The encounter data, then the main (mostly primary) source of each marked event.
	sourceIds: [
		'cbp-sw-encounters',
		'wh-border-fact-sheet-2023-01',
		'dhs-chnv-notice-2023-01',
		'reuters-joint-statement-2023-05',
		'cbp-miller-statement',
		'sre-joint-communique-dec-2023',
		'granma-jan-5-requests',
		'state-blinken-barcena-remarks',
		'state-jan-19-readout',
		'state-trilateral-ministerial',
		'trilateral-joint-statement',
		'efe-sheinbaum-takes-office',
		'wh-securing-border-proclamation',
		'proclamation-10773',
	],
	states: TIMELINE_STATES,
	staticState: 'overview',
	staticSize: { width: 760, height: 440 },
	narrowSize: { width: 360, height: 360 },
	load: () => loadMexicoTimeline(),
	scene: (data, dims) => timelineScene(data, dims),
	table: (data) => ({
		columns: ['Month', 'Southwest-border encounters', 'Marked events (number, date: event)'],
		rows: data.months.map((m) => [
			formatMonth(m.month),
			m.total,
			data.markers
				.filter((e) => e.date.startsWith(m.month))
				.map((e) => `${e.n}. ${formatDate(e.date)}: ${data.titles[e.n]}`)
				.join('; ') || '—',
		]),
	}),
});
