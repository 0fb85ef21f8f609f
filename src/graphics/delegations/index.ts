/** "Who met": the U.S., Mexican and Guatemalan delegations, Dec 2023 – Feb 2024. */
import { loadDelegations } from '../../lib/data/delegations';
import { defineChart } from '../core/chart';
import { DELEGATION_STATES, delegationsScene, MEETINGS, SIDE_LABEL, type Attendance, type DelegationData, type Person } from './model';

/** What a table cell says about one person at one meeting. */
export function attendanceText(a: Attendance): string {
	switch (a.status) {
		case 'present':
			return a.role === 'lead' ? 'Yes, led the delegation' : a.role === 'host' ? 'Yes, host' : a.note ? `Yes (${a.note})` : 'Yes';
		case 'office':
			return 'Office attended; person not named in reports';
		case 'one-outlet':
			return 'Reported by one outlet only; not on the State Department list';
		case 'unconfirmed':
			return 'Not confirmed';
		case 'absent':
			return a.note ? `No (${a.note})` : 'No';
	}
}

/** Held an office that attended but is never named as attending: the chart does not name them. */
function neverNamed(p: Person): boolean {
	const statuses = MEETINGS.map((m) => p.attendance[m].status);
	return statuses.includes('office') && !statuses.includes('present') && !statuses.includes('one-outlet');
}

export default defineChart<DelegationData, (typeof DELEGATION_STATES)[number]>({
	name: 'delegations',
	title: 'Who met: the U.S. and Mexican delegations, December 2023 to February 2024',
	description:
		'Two columns of officials, the United States on the left and Mexico on the right, one row per person. In Mexico City on Dec 27, 2023, Blinken, Mayorkas, Sherwood-Randall and Ambassador Salazar met President López Obrador, Bárcena, Rosa Icela Rodríguez, Ambassador Moctezuma and Roberto Velasco; the defense, navy and interior secretaries attended but are reported by office only. In Washington on Jan 19, 2024, the State Department listed 14 officials, five American and nine Mexican; Blinken hosted and Bárcena led Mexico’s delegation. Two more people were reported by one outlet only. Lines join counterparts; dashed lines are our own pairing by job. On Feb 28, 2024, Guatemala’s foreign and interior ministers joined a three-way meeting with Blinken’s team and Bárcena.',
	caption:
		'Dec 27 attendance follows Mexico’s joint communiqué and news reports. The defense, navy and interior secretaries are reported by office only, so they are not named for that meeting. Whether migration commissioner Francisco Garduño attended on Dec 27 is not confirmed; he is shown from Jan 19. Hollow circles mark people reported by one outlet only: Ambassador Ken Salazar and Martín Borrego Llorente on Jan 19, neither of whom is on the State Department’s list. Solid lines are links stated in readouts or reports; dashed lines are our own pairing by job, not a sourced fact. Titles as of January 2024.',
	credit:
		'Data: U.S. Department of State (Jan 19 and Feb 28, 2024 readouts); Mexico’s Secretaría de Relaciones Exteriores (Dec 28, 2023 joint communiqué); Guatemala’s Ministerio de Gobernación; news reports for Dec 27 attendance',
	sourceIds: [
		'state-jan-19-readout',
		'sre-joint-communique-dec-2023',
		'state-trilateral-ministerial',
		'trilateral-joint-statement',
		'mingob-trilateral',
		'noticiaspeninsulares-palacio',
		'quadratin-buena-vecindad',
		'extremonoticias-texas',
		'observador-delegacion',
		'wh-sherwood-randall-feb-readout',
		'thehill-dec-21-call',
	],
	states: DELEGATION_STATES,
	staticState: 'overview',
	staticSize: { width: 760, height: 560 },
	narrowSize: { width: 360, height: 600 },
	load: () => loadDelegations(),
	scene: delegationsScene,
	table: (data) => {
		const nameOf = new Map(data.people.map((p) => [p.id, neverNamed(p) ? `${p.title} (not named)` : p.displayName]));
		return {
			columns: [
				'Person',
				'Title (January 2024)',
				'Side',
				'Dec 27, 2023, Mexico City',
				'Jan 19, 2024, Washington',
				'Feb 28, 2024, Washington (with Guatemala)',
				'Counterpart links',
			],
			rows: data.people.map((p) => [
				nameOf.get(p.id)!,
				`${p.role}, ${p.institution}`,
				SIDE_LABEL[p.side],
				...MEETINGS.map((m) => attendanceText(p.attendance[m])),
				data.edges
					.filter((e) => e.source === p.id || e.target === p.id)
					.map((e) => `${nameOf.get(e.source === p.id ? e.target : e.source)} [${e.editorial ? 'our pairing by job, not sourced' : `sourced: ${e.relation}`}]`)
					.join('; ') || '—',
			]),
		};
	},
});
