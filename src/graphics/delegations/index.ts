/** "Who met": the U.S., Mexican and Guatemalan delegations, Dec 2023 – Feb 2024. */
import { loadDelegations } from './data';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { defineChart, type ChartTable } from '../core/chart';
import { translated } from '../core/words';
import { DELEGATION_STATES, delegationsScene, MEETINGS, SIDE_LABEL, type Attendance, type DelegationData, type Person } from './model';
import { display, en as wordsEn } from './strings';
import { es as wordsEs } from './strings-es';

/** What a table cell says about one person at one meeting. */
export function attendanceText(a: Attendance, lang: Lang = 'en'): string {
	if (lang === 'es') {
		const note = a.note ? translated(NOTE_ES, a.note, 'src/graphics/delegations/index.ts (NOTE_ES)') : undefined;
		switch (a.status) {
			case 'present':
				return a.role === 'lead' ? 'Sí, encabezó la delegación' : a.role === 'host' ? 'Sí, como anfitrión' : note ? `Sí (${note})` : 'Sí';
			case 'office':
				return 'Asistió su dependencia; sin nombre en los reportes';
			case 'one-outlet':
				return 'Solo lo reportó un medio; no está en la lista del Departamento de Estado';
			case 'unconfirmed':
				return 'Sin confirmar';
			case 'absent':
				return note ? `No (${note})` : 'No';
		}
	}
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

// Spanish words of the table only (the chart's are in strings.ts). Table-only, so they
// stay out of the browser bundle.

/** Attendance notes (English, as the loader writes them) in Spanish. */
const NOTE_ES: Record<string, string> = {
	'received the U.S. team at the airport': 'recibió al equipo de EE.\u00a0UU. en el aeropuerto',
	'spoke by phone on Dec 21': 'habló por teléfono el 21 de diciembre',
	'the Interior Ministry sent an undersecretary': 'Gobernación envió a un subsecretario',
	'issued the readout on Jan 20': 'publicó el resumen oficial el 20 de enero',
};

/** Full post and institution as of January 2024, in Spanish. */
const ROLE_ES: Record<string, string> = {
	biden: 'Presidente de Estados Unidos, Casa Blanca',
	blinken: 'Secretario de Estado (el 71.º), Departamento de Estado',
	mayorkas: 'Secretario de Seguridad Nacional (el 7.º), Departamento de Seguridad Nacional (DHS)',
	sherwood: 'Asesora de Seguridad Nacional, Casa Blanca / Consejo de Seguridad Nacional',
	monaco: 'Fiscal general adjunta, Departamento de Justicia',
	coleman: 'Administradora adjunta, USAID',
	salazar: 'Embajador de Estados Unidos en México, Departamento de Estado / Embajada en la Ciudad de México',
	verma: 'Subsecretario de Estado de Gestión y Recursos, Departamento de Estado',
	amlo: 'Presidente de México, Presidencia de la República',
	barcena: 'Secretaria de Relaciones Exteriores, SRE',
	rosaicela: 'Secretaria de Seguridad y Protección Ciudadana, SSPC',
	sandoval: 'Secretario de la Defensa Nacional, Sedena',
	ojeda: 'Secretario de Marina, Semar',
	alcalde: 'Secretaria de Gobernación, Segob',
	moctezuma: 'Embajador de México en Estados Unidos, SRE / Embajada en Washington',
	medina: 'Subsecretario de Derechos Humanos, Población y Migración, Segob',
	velasco: 'Jefe de la Unidad para América del Norte, SRE',
	garduno: 'Comisionado del Instituto Nacional de Migración, INM',
	celorio: 'Consultor Jurídico, SRE',
	borrego: 'Jefe de oficina de la Secretaria de Relaciones Exteriores, SRE',
	martinez: 'Canciller de Guatemala, Ministerio de Relaciones Exteriores (Minex)',
	jimenez: 'Ministro de Gobernación de Guatemala, Ministerio de Gobernación (Mingob)',
};

/** The relation of each sourced or editorial link, in Spanish, keyed "source-target". */
const RELATION_ES: Record<string, string> = {
	'blinken-barcena': 'cancillerías (anfitrión y jefa de delegación)',
	'mayorkas-rosaicela': 'seguridad nacional y seguridad pública',
	'mayorkas-garduno': 'operativo: DHS/CBP ↔ INM',
	'sherwood-barcena': 'Casa Blanca ↔ SRE (se reunieron el 27 de diciembre, el 19 de enero y el 6 y 7 de febrero)',
	'sherwood-rosaicela': 'seguridad: Casa Blanca ↔ gabinete de seguridad',
	'salazar-moctezuma': 'embajadores',
	'monaco-sandoval': 'tráfico de armas (alerta de la Sedena del 19 de enero)',
	'coleman-barcena': 'desarrollo (programa de México de 180 millones de dólares)',
	'biden-amlo': 'presidentes (llamada del 21 de diciembre)',
	'blinken-martinez': 'reunión ministerial trilateral del 28 de febrero',
	'barcena-martinez': 'reunión ministerial trilateral del 28 de febrero',
};

function delegationsTable(data: DelegationData, lang: Lang = 'en'): ChartTable {
	const es = lang === 'es';
	const where = 'src/graphics/delegations/index.ts';
	const nameOf = new Map(
		data.people.map((p) => {
			const d = display(p, es ? wordsEs : wordsEn);
			return [p.id, neverNamed(p) ? `${d.title} (${es ? 'sin nombre' : 'not named'})` : d.displayName];
		}),
	);
	const meetingColumns = es
		? [`${formatDate('2023-12-27', 'es')}, Ciudad de México`, `${formatDate('2024-01-19', 'es')}, Washington`, `${formatDate('2024-02-28', 'es')}, Washington (con Guatemala)`]
		: ['Dec 27, 2023, Mexico City', 'Jan 19, 2024, Washington', 'Feb 28, 2024, Washington (with Guatemala)'];
	return {
		columns: es ? ['Persona', 'Cargo (enero de 2024)', 'Lado', ...meetingColumns, 'Vínculos con homólogos'] : ['Person', 'Title (January 2024)', 'Side', ...meetingColumns, 'Counterpart links'],
		rows: data.people.map((p) => [
			nameOf.get(p.id)!,
			es ? translated(ROLE_ES, p.id, `${where} (ROLE_ES)`) : `${p.role}, ${p.institution}`,
			es ? wordsEs.side[p.side] : SIDE_LABEL[p.side],
			...MEETINGS.map((m) => attendanceText(p.attendance[m], lang)),
			data.edges
				.filter((e) => e.source === p.id || e.target === p.id)
				.map((e) => {
					const other = nameOf.get(e.source === p.id ? e.target : e.source);
					if (!es) return `${other} [${e.editorial ? 'our pairing by job, not sourced' : `sourced: ${e.relation}`}]`;
					const relation = translated(RELATION_ES, `${e.source}-${e.target}`, `${where} (RELATION_ES)`);
					return `${other} [${e.editorial ? 'emparejamiento nuestro por cargo, sin fuente' : `con fuente: ${relation}`}]`;
				})
				.join('; ') || '—',
		]),
	};
}

export default defineChart<DelegationData, (typeof DELEGATION_STATES)[number]>({
	name: 'delegations',
	title: 'Who met: the U.S. and Mexican delegations, December 2023 to February 2024',
	description:
		'Two columns of officials, the United States on the left and Mexico on the right, one row per person. In Mexico City on Dec 27, 2023, Blinken, Mayorkas, Sherwood-Randall and Ambassador Salazar met President López Obrador and his cabinet, including Bárcena, Rosa Icela Rodríguez, Defense Secretary Sandoval and Navy Secretary Ojeda; the interior secretary is shown by office only. In Washington on Jan 19, 2024, the State Department listed 14 officials, five American and nine Mexican, led by Blinken and Bárcena; two more were reported by one outlet only. Lines join counterparts; dashed lines are our own pairing by job. On Feb 28, 2024, Guatemala joined a three-way meeting.',
	caption:
		'Dec 27 attendance follows Mexico’s joint communiqué and news reports; El Financiero names Defense Secretary Sandoval and Navy Secretary Ojeda. The interior secretary is reported by office only, so the post is not named for that meeting. Whether migration commissioner Francisco Garduño attended on Dec 27 is not confirmed; he is shown from Jan 19. Hollow circles mark people reported by one outlet only: Ambassador Ken Salazar and Martín Borrego Llorente on Jan 19, neither of whom is on the State Department’s list. Solid lines are links stated in readouts or reports; dashed lines are our own pairing by job, not a sourced fact. Titles as of January 2024.',
	credit:
		'Data: U.S. Department of State (Jan 19 and Feb 28, 2024 readouts); Mexico’s Secretaría de Relaciones Exteriores (Dec 28, 2023 joint communiqué); Guatemala’s Ministerio de Gobernación; news reports (El Financiero, Noticias Peninsulares, Quadratín) for Dec 27 attendance',
	es: {
		title: 'Quiénes se reunieron: las delegaciones de Estados Unidos y México, de diciembre de 2023 a febrero de 2024',
		description:
			'Dos columnas de funcionarios, Estados Unidos a la izquierda y México a la derecha, una fila por persona. En la Ciudad de México, el 27 de diciembre de 2023, Blinken, Mayorkas, Sherwood-Randall y el embajador Salazar se reunieron con el presidente López Obrador y su gabinete, entre ellos Bárcena, Rosa Icela Rodríguez, el secretario de la Defensa Nacional, Sandoval, y el secretario de Marina, Ojeda; la titular de Gobernación aparece solo por su cargo. En Washington, el 19 de enero de 2024, el Departamento de Estado enumeró a 14 funcionarios, cinco estadounidenses y nueve mexicanos, encabezados por Blinken y Bárcena; un solo medio reportó a otros dos. Las líneas unen a los homólogos; las discontinuas son un emparejamiento nuestro por cargo. El 28 de febrero de 2024, Guatemala se sumó a una reunión trilateral.',
		caption:
			'La asistencia del 27 de diciembre sigue el comunicado conjunto de México y reportes de prensa; El Financiero nombra al secretario de la Defensa Nacional, Sandoval, y al secretario de Marina, Ojeda. La titular de Gobernación aparece en los reportes solo por su cargo, así que no se nombra en esa reunión. No está confirmado si el comisionado de migración, Francisco Garduño, asistió el 27 de diciembre; aparece desde el 19 de enero. Los círculos huecos marcan a personas que reportó un solo medio: el embajador Ken Salazar y Martín Borrego Llorente, el 19 de enero; ninguno figura en la lista del Departamento de Estado. Las líneas continuas son vínculos mencionados en resúmenes oficiales o reportes; las discontinuas son un emparejamiento nuestro por cargo, no un hecho con fuente. Cargos a enero de 2024.',
		credit:
			'Datos: Departamento de Estado de Estados Unidos (resúmenes oficiales del 19 de enero y del 28 de febrero de 2024); Secretaría de Relaciones Exteriores de México (comunicado conjunto del 28 de diciembre de 2023); Ministerio de Gobernación de Guatemala; reportes de prensa (El Financiero, Noticias Peninsulares, Quadratín) sobre la asistencia del 27 de diciembre',
	},
	sourceIds: [
		'state-jan-19-readout',
		'sre-joint-communique-dec-2023',
		'state-trilateral-ministerial',
		'mingob-trilateral',
		'noticiaspeninsulares-palacio',
		'elfinanciero-dec-27-arrival',
		'quadratin-buena-vecindad',
		'extremonoticias-texas',
		'observador-delegacion',
		'thehill-dec-21-call',
		'sre-feb-2024-statement',
	],
	states: DELEGATION_STATES,
	staticState: 'overview',
	staticSize: { width: 760, height: 560 },
	narrowSize: { width: 360, height: 600 },
	load: () => loadDelegations(),
	// Full names, roles, institutions and link descriptions are for the table only.
	clientData: ({ people, edges }) => ({
		people: people.map(({ name, role, institution, ...drawn }) => drawn),
		edges: edges.map(({ relation, basis, ...drawn }) => drawn),
	}),
	scene: (data, dims, state, lang = 'en') => delegationsScene(data, dims, state, lang === 'es' ? wordsEs : wordsEn),
	table: delegationsTable,
});
