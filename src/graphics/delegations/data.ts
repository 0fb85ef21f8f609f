/**
 * People and counterpart links of the U.S.–Mexico migration meetings (Dec 27, 2023,
 * Jan 19, 2024, Feb 28, 2024), read from data/mexico-delegation-people.csv and
 * data/mexico-delegation-edges.csv and checked row by row.
 *
 * The short names and titles drawn on the chart (phones have room for about 20
 * characters a column) are ours and live here, next to the loader.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { DataError, requireColumns } from '../../content/csv';
import { MEETINGS, type Attendance, type DelegationData, type Edge, type MeetingId, type Person, type Side } from './model';

export const PEOPLE_FILE = 'data/mexico-delegation-people.csv';
export const EDGES_FILE = 'data/mexico-delegation-edges.csv';

const PEOPLE_COLUMNS = ['id', 'name', 'role_jan2024', 'side', 'institution', 'at_2023_12_27', 'at_2024_01_19', 'at_2024_02_28', 'source', 'tag'];
const EDGE_COLUMNS = ['source_id', 'target_id', 'relation', 'basis'];
const MEETING_FIELD: Record<MeetingId, string> = { dec27: 'at_2023_12_27', jan19: 'at_2024_01_19', feb28: 'at_2024_02_28' };

/** Names and titles as drawn: wide first, then the short form for phones, then (rarely) a last resort for 320 px. */
interface Display {
	displayName: string;
	shortName: string;
	narrowName?: string;
	title: string;
	shortTitle: string;
	narrowTitle?: string;
}
export const DISPLAY: Record<string, Display> = {
	biden: { displayName: 'Joe Biden', shortName: 'Joe Biden', title: 'President of the United States', shortTitle: 'President' },
	blinken: { displayName: 'Antony J. Blinken', shortName: 'Antony Blinken', title: 'Secretary of State', shortTitle: 'Secretary of State' },
	mayorkas: { displayName: 'Alejandro N. Mayorkas', shortName: 'Alejandro Mayorkas', title: 'Secretary of Homeland Security', shortTitle: 'Homeland Security' },
	sherwood: { displayName: 'Liz Sherwood-Randall', shortName: 'Sherwood-Randall', title: 'White House Homeland Security Advisor', shortTitle: 'White House adviser' },
	monaco: { displayName: 'Lisa Monaco', shortName: 'Lisa Monaco', title: 'Deputy Attorney General', shortTitle: 'Deputy Attorney Gen.' },
	coleman: { displayName: 'Isobel Coleman', shortName: 'Isobel Coleman', title: 'Deputy Administrator, USAID', shortTitle: 'USAID deputy head' },
	salazar: { displayName: 'Ken Salazar', shortName: 'Ken Salazar', title: 'U.S. Ambassador to Mexico', shortTitle: 'Ambassador' },
	verma: { displayName: 'Richard Verma', shortName: 'Richard Verma', title: 'Deputy Secretary of State for Management and Resources', shortTitle: 'Deputy Secretary' },
	amlo: { displayName: 'Andrés Manuel López Obrador', shortName: 'López Obrador', title: 'President of Mexico', shortTitle: 'President' },
	barcena: { displayName: 'Alicia Bárcena Ibarra', shortName: 'Alicia Bárcena', title: 'Secretary of Foreign Affairs (SRE)', shortTitle: 'Foreign Secretary' },
	rosaicela: { displayName: 'Rosa Icela Rodríguez Velázquez', shortName: 'Rosa Icela Rodríguez', narrowName: 'Rosa Icela', title: 'Secretary of Security (SSPC)', shortTitle: 'Security Secretary' },
	sandoval: { displayName: 'Gen. Luis Cresencio Sandoval González', shortName: 'Gen. Sandoval', title: 'Secretary of National Defense', shortTitle: 'Defense Secretary' },
	ojeda: { displayName: 'Adm. José Rafael Ojeda Durán', shortName: 'Adm. Ojeda', title: 'Secretary of the Navy', shortTitle: 'Navy Secretary' },
	alcalde: { displayName: 'Luisa María Alcalde Luján', shortName: 'Luisa María Alcalde', title: 'Secretary of the Interior', shortTitle: 'Interior Secretary' },
	moctezuma: { displayName: 'Esteban Moctezuma Barragán', shortName: 'Esteban Moctezuma', title: 'Ambassador to the United States', shortTitle: 'Ambassador to U.S.' },
	medina: { displayName: 'Félix Arturo Medina Padilla', shortName: 'Félix Medina', title: 'Interior undersecretary for migration', shortTitle: 'Interior undersec.' },
	velasco: { displayName: 'Roberto Velasco Álvarez', shortName: 'Roberto Velasco', title: 'Head of North America unit, SRE', shortTitle: 'SRE North America' },
	garduno: { displayName: 'Francisco Garduño Yáñez', shortName: 'Francisco Garduño', title: 'Commissioner, National Migration Institute', shortTitle: 'Migration chief (INM)' },
	celorio: { displayName: 'Alejandro Celorio Alcántara', shortName: 'Alejandro Celorio', title: 'Legal counsel, SRE', shortTitle: 'SRE legal counsel' },
	borrego: { displayName: 'Martín Borrego Llorente', shortName: 'Martín Borrego', title: "Foreign Secretary's chief of staff", shortTitle: 'SRE chief of staff' },
	martinez: { displayName: 'Carlos Ramiro Martínez', shortName: 'C. Ramiro Martínez', title: 'Foreign Minister of Guatemala', shortTitle: 'Foreign Minister' },
	jimenez: { displayName: 'Francisco José Jiménez Irungaray', shortName: 'Francisco Jiménez', title: 'Interior Minister of Guatemala', shortTitle: 'Interior Minister' },
};

/**
 * Drawing order within each column: leads first, then by portfolio, so that most
 * counterpart lines run nearly level (security next to security, embassies next to
 * embassies). People not listed here follow in file order.
 */
export const ORDER = [
	'biden',
	'blinken',
	'mayorkas',
	'sherwood',
	'monaco',
	'coleman',
	'salazar',
	'verma',
	'amlo',
	'barcena',
	'rosaicela',
	'garduno',
	'sandoval',
	'ojeda',
	'alcalde',
	'medina',
	'moctezuma',
	'velasco',
	'celorio',
	'borrego',
	'martinez',
	'jimenez',
];

/** Attendance notes in the data file, in plain words for the chart and its table. */
const NOTES: Record<string, string> = {
	'received U.S. team at AIFA': 'received the U.S. team at the airport',
	'phone 21 Dec': 'spoke by phone on Dec 21',
	'SEGOB sent undersecretary': 'the Interior Ministry sent an undersecretary',
	'readout 20 Jan': 'issued the readout on Jan 20',
};

export function loadDelegations(root = process.env.DATA_ROOT || process.cwd()): DelegationData {
	const peopleRows = readRows(join(root, PEOPLE_FILE), PEOPLE_FILE, PEOPLE_COLUMNS);
	const edgeRows = readRows(join(root, EDGES_FILE), EDGES_FILE, EDGE_COLUMNS);
	return parseDelegations(peopleRows, edgeRows);
}

/**
 * Reads a CSV strictly: every row must have exactly as many fields as the header
 * (a comma inside an unquoted field would otherwise shift the columns silently).
 */
export function readRows(path: string, file: string, columns: string[]): Record<string, string>[] {
	if (!existsSync(path)) throw new DataError(`${file}: data file not found`);
	return parseRows(readFileSync(path, 'utf8'), file, columns);
}

export function parseRows(text: string, file: string, columns: string[]): Record<string, string>[] {
	const [header = [], ...body] = csvParseRows(text.replace(/^\uFEFF/, '')).filter((r) => !(r.length === 1 && r[0] === ''));
	const objects = body.map((cells, i) => {
		if (cells.length !== header.length) {
			throw new DataError(`${file}: row ${i + 2}: expected ${header.length} fields (${header.join(', ')}), got ${cells.length}; quote any field that contains a comma`);
		}
		return Object.fromEntries(header.map((h, j) => [h, cells[j]!.trim()]));
	});
	requireColumns(file, objects.length ? objects : [Object.fromEntries(header.map((h) => [h, '']))], columns);
	return objects;
}

function required(file: string, i: number, row: Record<string, string>, field: string): string {
	const v = row[field];
	if (!v) throw new DataError(`${file}: row ${i + 2}, field "${field}": expected a value, got ${JSON.stringify(v ?? '')}`);
	return v;
}

/** Turns an attendance cell ("yes (led)", "by title (unnamed)", "no", "—" …) into a status. */
export function parseAttendance(file: string, i: number, field: string, value: string): Attendance {
	const v = value.trim();
	const paren = /^(yes|no)(?: \((.+)\))?$/i.exec(v);
	const note = (raw?: string) => (raw ? (NOTES[raw] ?? raw) : undefined);
	if (paren) {
		const detail = paren[2];
		if (paren[1]!.toLowerCase() === 'no') return { status: 'absent', ...(detail ? { note: note(detail) } : {}) };
		if (detail === 'led') return { status: 'present', role: 'lead' };
		if (detail === 'host') return { status: 'present', role: 'host' };
		return { status: 'present', ...(detail ? { note: note(detail) } : {}) };
	}
	if (/^by title\b/i.test(v)) return { status: 'office' };
	if (/^reported by one outlet/i.test(v)) return { status: 'one-outlet' };
	if (/^unverified$/i.test(v)) return { status: 'unconfirmed' };
	if (v === '—' || v === '-' || v === '') return { status: 'absent' };
	if (NOTES[v]) return { status: 'absent', note: NOTES[v] };
	throw new DataError(
		`${file}: row ${i + 2}, field "${field}": unknown attendance ${JSON.stringify(v)}; expected "yes", "yes (…)", "no", "no (…)", "by title (unnamed)", "reported by one outlet only", "unverified" or "—"`,
	);
}

export function parseDelegations(peopleRows: Record<string, string>[], edgeRows: Record<string, string>[]): DelegationData {
	const seen = new Set<string>();
	const all: Person[] = peopleRows.map((row, i) => {
		const id = required(PEOPLE_FILE, i, row, 'id');
		if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new DataError(`${PEOPLE_FILE}: row ${i + 2}, field "id": expected a lower-case id, got ${JSON.stringify(id)}`);
		if (seen.has(id)) throw new DataError(`${PEOPLE_FILE}: row ${i + 2}, field "id": "${id}" is used twice`);
		seen.add(id);
		const side = required(PEOPLE_FILE, i, row, 'side');
		if (side !== 'US' && side !== 'MX' && side !== 'GT') {
			throw new DataError(`${PEOPLE_FILE}: row ${i + 2}, field "side": expected US, MX or GT, got ${JSON.stringify(side)}`);
		}
		const name = required(PEOPLE_FILE, i, row, 'name');
		const role = required(PEOPLE_FILE, i, row, 'role_jan2024');
		const attendance = Object.fromEntries(MEETINGS.map((m) => [m, parseAttendance(PEOPLE_FILE, i, MEETING_FIELD[m], row[MEETING_FIELD[m]] ?? '')])) as Record<MeetingId, Attendance>;
		const display = DISPLAY[id] ?? { displayName: name, shortName: name, title: role, shortTitle: role };
		return {
			id,
			name,
			...display,
			role,
			institution: required(PEOPLE_FILE, i, row, 'institution'),
			side: side as Side,
			attendance,
		};
	});
	const ids = new Set(all.map((p) => p.id));
	const edges: Edge[] = edgeRows.map((row, i) => {
		for (const field of ['source_id', 'target_id'] as const) {
			const id = required(EDGES_FILE, i, row, field);
			if (!ids.has(id)) {
				throw new DataError(`${EDGES_FILE}: row ${i + 2}, field "${field}": unknown person id ${JSON.stringify(id)}; expected an id from ${PEOPLE_FILE}`);
			}
		}
		if (row.source_id === row.target_id) throw new DataError(`${EDGES_FILE}: row ${i + 2}, field "target_id": a person cannot be their own counterpart`);
		const basis = required(EDGES_FILE, i, row, 'basis');
		return {
			source: row.source_id!,
			target: row.target_id!,
			relation: required(EDGES_FILE, i, row, 'relation'),
			basis,
			editorial: /^editorial\b/i.test(basis),
		};
	});
	// Only people who were at a meeting, or who are joined by a link, are drawn.
	// (Spokespeople and the CBP chief in the file attended none of the meetings.)
	const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
	const attended = (p: Person) => MEETINGS.some((m) => p.attendance[m].status !== 'absent');
	const rank = (p: Person) => {
		const i = ORDER.indexOf(p.id);
		return i < 0 ? ORDER.length + all.indexOf(p) : i;
	};
	const people = all.filter((p) => attended(p) || linked.has(p.id)).sort((a, b) => rank(a) - rank(b));
	return { people, edges };
}
