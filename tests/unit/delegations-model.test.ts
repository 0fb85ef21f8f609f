import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import chart from '../../src/graphics/delegations';
import { DELEGATION_STATES, delegationsScene, FONT, layoutFor, rowsFor, type DelegationData, type DelegationState } from '../../src/graphics/delegations/model';
import { textWidth } from '../../src/graphics/core/text';
import { en } from '../../src/graphics/delegations/strings';
import { es } from '../../src/graphics/delegations/strings-es';
import { sceneToSvgInner } from '../../src/graphics/core/svg-string';
import type { Mark, Scene } from '../../src/graphics/core/scene';
import { EDGES_FILE, loadDelegations, parseDelegations, parseRows, PEOPLE_FILE } from '../../src/graphics/delegations/data';
import { expectGolden, standaloneSvg } from '../helpers/golden';
import { outside, overlappingPairs, textBoxes } from '../helpers/text-boxes';

const data = loadDelegations();
const wide = chart.staticSize;
const layer = (scene: Scene, id: string): Mark[] => scene.layers.find((l) => l.id === id)!.marks;
const find = (scene: Scene, key: string) => scene.layers.flatMap((l) => l.marks).find((m) => m.key === key);
const text = (scene: Scene, key: string) => (find(scene, key)?.lines ?? []).join(' ');
const allText = (scene: Scene) => scene.layers.flatMap((l) => l.marks.flatMap((m) => m.lines ?? [])).join(' | ');
const drawn = (scene: Scene) =>
	layer(scene, 'people')
		.filter((m) => m.key.startsWith('marker-'))
		.map((m) => m.key.slice('marker-'.length));
const scene = (state: DelegationState, dims = wide) => delegationsScene(data, dims, state);
const person = (id: string) => data.people.find((p) => p.id === id)!;

describe('delegation data', () => {
	it('reads the medina row whole: its role contains commas inside quotes, so all 10 fields line up', () => {
		const raw = readFileSync(PEOPLE_FILE, 'utf8');
		const rows = parseRows(raw, PEOPLE_FILE, ['id']);
		const medina = rows.find((r) => r.id === 'medina')!;
		expect(Object.keys(medina)).toHaveLength(10);
		expect(medina.role_jan2024).toBe('Undersecretary for Human Rights, Population and Migration');
		expect(medina).toMatchObject({ side: 'MX', institution: 'SEGOB', at_2023_12_27: 'no', at_2024_01_19: 'yes', at_2024_02_28: 'no', tag: 'verified' });
		expect(person('medina').attendance.jan19.status).toBe('present');
	});

	it('stops on a row whose fields do not line up with the header, naming the file and row', () => {
		// An unquoted comma inside a field gives too many fields; a cut-off row too few.
		const unquoted = 'id,name,role\nmedina,Félix Arturo Medina Padilla,Undersecretary for Human Rights, Population and Migration\n';
		expect(() => parseRows(unquoted, PEOPLE_FILE, ['id'])).toThrow(/mexico-delegation-people\.csv: row 2: expected 3 fields .* got 4; quote any field/);
		const short = 'id,name,role\nblinken,Antony J. Blinken,Secretary of State\nmedina,Félix Arturo Medina Padilla\n';
		expect(() => parseRows(short, PEOPLE_FILE, ['id'])).toThrow(/row 3: expected 3 fields .* got 2/);
	});

	it('stops on an edge to an unknown person, naming file, row and field', () => {
		const people = parseRows(readFileSync(PEOPLE_FILE, 'utf8'), PEOPLE_FILE, ['id']);
		const edges = [
			{ source_id: 'blinken', target_id: 'barcena', relation: 'counterparts', basis: 'readout' },
			{ source_id: 'mayorkas', target_id: 'nobody', relation: 'x', basis: 'editorial' },
		];
		expect(() => parseDelegations(people, edges)).toThrow(`${EDGES_FILE}: row 3, field "target_id": unknown person id "nobody"`);
	});

	it('stops on an attendance value it does not know, naming the field', () => {
		const people = parseRows(readFileSync(PEOPLE_FILE, 'utf8'), PEOPLE_FILE, ['id']);
		people[1] = { ...people[1]!, at_2024_01_19: 'maybe' };
		expect(() => parseDelegations(people, [])).toThrow(/row 3, field "at_2024_01_19": unknown attendance "maybe"/);
	});

	it('keeps accents in the names drawn', () => {
		const names = data.people.flatMap((p) => [p.displayName, p.shortName]).join(' ');
		for (const n of ['Bárcena', 'López Obrador', 'Rosa Icela Rodríguez', 'Garduño', 'Celorio Alcántara', 'Martínez']) expect(names).toContain(n);
	});

	it('flags the people reported by one outlet only and the Dec 27 offices without names', () => {
		const status = (id: string, m: 'dec27' | 'jan19' | 'feb28') => person(id).attendance[m].status;
		expect(status('salazar', 'jan19')).toBe('one-outlet');
		expect(status('borrego', 'jan19')).toBe('one-outlet');
		expect(status('salazar', 'dec27')).toBe('present');
		// El Financiero names the defense and navy secretaries at the Dec 27 meeting; the interior secretary only by office.
		for (const id of ['sandoval', 'ojeda']) expect(status(id, 'dec27')).toBe('present');
		expect(status('alcalde', 'dec27')).toBe('office');
		expect(status('garduno', 'dec27')).toBe('unconfirmed');
	});

	it('leaves out people who attended none of the meetings and have no link (spokespeople)', () => {
		const ids = data.people.map((p) => p.id);
		expect(ids).not.toContain('kirby');
		expect(ids).not.toContain('mmiller');
		expect(ids).toContain('biden'); // linked to López Obrador
	});
});

describe('delegations states', () => {
	it('has exactly the story states in order, with the static overview last', () => {
		expect([...chart.states]).toEqual(['dec27', 'jan19', 'leads', 'added', 'counterparts', 'feb28', 'overview']);
		expect(chart.staticState).toBe('overview');
	});

	it('dec27: four Americans and López Obrador’s side; the interior secretary by office only', () => {
		const s = scene('dec27');
		const ids = drawn(s);
		expect(ids.filter((id) => person(id).side === 'US')).toEqual(['blinken', 'mayorkas', 'sherwood', 'salazar']);
		expect(ids.filter((id) => person(id).side === 'MX')).toEqual(['amlo', 'barcena', 'rosaicela', 'sandoval', 'ojeda', 'alcalde', 'moctezuma', 'velasco']);
		expect(ids).not.toContain('garduno');
		const words = allText(s);
		for (const name of ['Sandoval', 'Ojeda']) expect(words).toContain(name);
		expect(words).not.toContain('Alcalde');
		expect(text(s, 'name-alcalde')).toBe('Secretary of the Interior');
		expect(text(s, 'title-alcalde')).toContain('name not reported');
		expect(text(s, 'title-amlo')).toContain('Host');
		expect(text(s, 'meeting-label')).toContain('Dec 27, 2023');
	});

	it('jan19: the State Department’s 14 (five U.S., nine Mexican) solid; two one-outlet reports hollow and labelled', () => {
		const s = scene('jan19');
		const markers = layer(s, 'people').filter((m) => m.key.startsWith('marker-'));
		const solid = markers.filter((m) => m.attrs.fill !== 'none').map((m) => m.key.slice(7));
		const hollow = markers.filter((m) => m.attrs.fill === 'none').map((m) => m.key.slice(7));
		expect(solid.filter((id) => person(id).side === 'US')).toHaveLength(5);
		expect(solid.filter((id) => person(id).side === 'MX')).toHaveLength(9);
		expect(hollow.sort()).toEqual(['borrego', 'salazar']);
		expect(text(s, 'title-salazar')).toContain('Reported by one outlet only');
		expect(text(s, 'title-borrego')).toMatch(/one outlet only/i);
		expect(find(s, 'marker-salazar')!.className).toBe('stroke-us');
		expect(find(s, 'marker-borrego')!.className).toBe('stroke-mx');
		expect(drawn(s)).not.toContain('amlo');
	});

	it('uses U.S. blue and Mexico green for the markers, Guatemala the “other” colour', () => {
		const s = scene('feb28');
		expect(find(s, 'marker-blinken')!.className).toBe('fill-us');
		expect(find(s, 'marker-barcena')!.className).toBe('fill-mx');
		expect(find(s, 'marker-martinez')!.className).toBe('fill-other');
	});

	it('leads: Blinken (host) and Bárcena (head of delegation) are the only strong rows', () => {
		const s = scene('leads');
		const strong = layer(s, 'people')
			.filter((m) => m.key.startsWith('name-') && m.className!.includes('label-strong'))
			.map((m) => m.key.slice(5));
		expect(strong.sort()).toEqual(['barcena', 'blinken']);
		expect(text(s, 'title-blinken')).toContain('Host');
		expect(text(s, 'title-barcena')).toContain('Head of');
		expect(find(s, 'marker-mayorkas')!.className).toContain('is-muted');
		// Text is never given the muted opacity (contrast); it turns soft instead.
		expect(layer(s, 'people').filter((m) => m.tag === 'text' && m.className!.includes('is-muted'))).toEqual([]);
	});

	it('added: highlights exactly the people confirmed on Jan 19 but not on Dec 27', () => {
		const s = scene('added');
		const strong = layer(s, 'people')
			.filter((m) => m.key.startsWith('name-') && m.className!.includes('label-strong'))
			.map((m) => m.key.slice(5));
		expect(strong.sort()).toEqual(['celorio', 'coleman', 'garduno', 'medina', 'monaco']);
		// Named at both meetings, so shown like the others who returned.
		expect(find(s, 'marker-sandoval')!.className).toContain('is-muted');
		expect(find(s, 'marker-ojeda')!.className).toContain('is-muted');
		expect(find(s, 'marker-blinken')!.className).toContain('is-muted');
		expect(find(s, 'marker-monaco')!.className).not.toContain('is-muted');
	});

	it('counterparts: every U.S.–Mexico edge is drawn; editorial ones dashed and labelled as our pairing', () => {
		const s = scene('counterparts');
		const links = layer(s, 'links');
		const expected = data.edges.filter((e) => person(e.source).side !== 'GT' && person(e.target).side !== 'GT');
		expect(links.map((l) => l.key).sort()).toEqual(expected.map((e) => `link-${e.source}-${e.target}`).sort());
		expect(links).toHaveLength(9);
		for (const e of expected) {
			const l = links.find((m) => m.key === `link-${e.source}-${e.target}`)!;
			expect(l.className!.includes('stroke-dashed'), `${e.source}-${e.target}`).toBe(e.editorial);
		}
		const solid = links.filter((l) => !l.className!.includes('stroke-dashed')).map((l) => l.key);
		expect(solid.sort()).toEqual(['link-biden-amlo', 'link-blinken-barcena', 'link-sherwood-barcena']);
		expect(text(s, 'legend-text-editorial')).toMatch(/not a sourced fact/);
		// The presidents are drawn for their link but muted: neither was at the meeting.
		expect(find(s, 'marker-biden')!.className).toContain('is-muted');
		expect(find(s, 'marker-amlo')!.className).toContain('is-muted');
		expect(text(s, 'title-biden')).toContain('Not at the meeting');
	});

	it('links start and end at the markers of the two people they join', () => {
		const s = scene('counterparts');
		const link = find(s, 'link-mayorkas-garduno')!;
		const [x1, y1] = String(link.attrs.d)
			.match(/-?\d+(\.\d+)?/g)!
			.map(Number);
		const m = find(s, 'marker-mayorkas')!;
		expect(y1).toBeCloseTo(Number(m.attrs.cy), 1);
		expect(x1).toBeGreaterThan(Number(m.attrs.cx));
		const end = String(link.attrs.d)
			.match(/-?\d+(\.\d+)?/g)!
			.map(Number)
			.slice(-2);
		expect(end[1]).toBeCloseTo(Number(find(s, 'marker-garduno')!.attrs.cy), 1);
	});

	it('feb28: Guatemala joins below Mexico; only Bárcena for Mexico; Verma for the U.S.', () => {
		const s = scene('feb28');
		const ids = drawn(s);
		expect(ids.filter((id) => person(id).side === 'MX')).toEqual(['barcena']);
		expect(ids.filter((id) => person(id).side === 'GT')).toEqual(['martinez', 'jimenez']);
		expect(ids.filter((id) => person(id).side === 'US')).toEqual(['blinken', 'mayorkas', 'sherwood', 'monaco', 'coleman', 'verma']);
		expect(text(s, 'header-GT')).toBe('Guatemala');
		expect(Number(find(s, 'marker-martinez')!.attrs.cy)).toBeGreaterThan(Number(find(s, 'marker-barcena')!.attrs.cy));
		expect(
			layer(s, 'links')
				.map((l) => l.key)
				.sort(),
		).toEqual(['link-barcena-martinez', 'link-blinken-martinez']);
	});

	it('overview (static): Jan 19 with leads and counterparts', () => {
		const s = scene('overview');
		expect(layer(s, 'links')).toHaveLength(9);
		expect(text(s, 'title-barcena')).toContain('Head of');
		expect(text(s, 'title-salazar')).toMatch(/one outlet/i);
	});
});

describe('delegations layout', () => {
	const sizes = [
		{ width: 320, height: 300 },
		{ width: 320, height: 352 },
		{ width: 320, height: 420 },
		{ width: 360, height: 600 },
		{ width: 414, height: 520 },
		{ width: 600, height: 440 },
		{ width: 760, height: 560 },
		{ width: 1200, height: 560 },
	];

	// Text measured as the model measures it: DejaVu Sans widths (core/text.ts), bold for names and notes.
	const LANG_WORDS = { en, es } as const;

	it('draws nothing outside the chart, at 320 px and up, in every state and both languages', () => {
		for (const [lang, words] of Object.entries(LANG_WORDS)) {
			for (const dims of sizes) {
				for (const state of DELEGATION_STATES) expect(outside(delegationsScene(data, dims, state, words)), `${lang} ${state} ${dims.width}×${dims.height}`).toEqual([]);
			}
		}
	});

	it('keeps label boxes apart at every size and state, in both languages', () => {
		for (const [lang, words] of Object.entries(LANG_WORDS)) {
			for (const dims of sizes) {
				for (const state of DELEGATION_STATES) expect(overlappingPairs(textBoxes(delegationsScene(data, dims, state, words))), `${lang} ${state} ${dims.width}×${dims.height}`).toEqual([]);
			}
		}
	});

	it('fits every name on a 320 px phone in its column, measured in DejaVu Sans bold, with no exception', () => {
		const dims = { width: 320, height: 420 };
		for (const words of Object.values(LANG_WORDS)) {
			for (const state of DELEGATION_STATES) {
				const s = delegationsScene(data, dims, state, words);
				const L = layoutFor(data, dims);
				for (const m of s.layers.flatMap((l) => l.marks).filter((m) => m.key.startsWith('name-') || m.key.startsWith('title-'))) {
					const w = textWidth(m.lines![0]!, m.key.startsWith('name-') ? FONT.nameSmall : FONT.small, m.key.startsWith('name-'));
					expect(w, `${state} ${m.key} "${m.lines![0]}"`).toBeLessThanOrEqual(L.textMax + 0.01);
				}
			}
		}
	});

	it('shows name and title on two lines on phones, and names only when the chart is very short', () => {
		expect(find(delegationsScene(data, { width: 320, height: 420 }, 'jan19'), 'title-garduno')).toBeDefined();
		const short = delegationsScene(data, { width: 640, height: 230 }, 'jan19');
		expect(find(short, 'title-garduno')).toBeUndefined();
		expect(text(short, 'name-salazar')).toMatch(/one outlet/i);
	});

	it('uses short names and titles on phones and full ones on wide charts', () => {
		expect(text(scene('jan19'), 'name-celorio')).toBe('Alejandro Celorio Alcántara');
		const phone = delegationsScene(data, { width: 320, height: 420 }, 'jan19');
		expect(text(phone, 'name-celorio')).toBe('Alejandro Celorio');
		// At 320 px the short name is still too wide for its column; a 360 px phone has room for it.
		expect(text(phone, 'name-rosaicela')).toBe('Rosa Icela');
		expect(text(delegationsScene(data, { width: 360, height: 600 }, 'jan19'), 'name-rosaicela')).toBe('Rosa Icela Rodríguez');
		expect(text(phone, 'name-amlo') || text(delegationsScene(data, { width: 320, height: 420 }, 'dec27'), 'name-amlo')).toBe('López Obrador');
	});

	it('keeps each person’s keys and row spacing stable across states, so rows glide', () => {
		const keys = (s: Scene) => layer(s, 'people').map((m) => m.key);
		for (const state of DELEGATION_STATES) {
			const k = keys(scene(state));
			expect(new Set(k).size, state).toBe(k.length);
			expect(k).toContain('marker-blinken');
		}
		const gap = (s: Scene) => Number(find(s, 'marker-mayorkas')!.attrs.cy) - Number(find(s, 'marker-blinken')!.attrs.cy);
		expect(gap(scene('dec27'))).toBeCloseTo(gap(scene('feb28')), 6);
	});

	it('renders every state to the golden SVG (wide) and the phone overview', () => {
		for (const state of DELEGATION_STATES) {
			expectGolden(`delegations-${state}`, standaloneSvg(sceneToSvgInner(scene(state)), wide.width, wide.height));
		}
		const narrow = chart.narrowSize!;
		expectGolden('delegations-overview-narrow', standaloneSvg(sceneToSvgInner(delegationsScene(data, narrow, 'overview')), narrow.width, narrow.height));
	});

	it('is pure: the same input gives the same scene, and the input is not changed', () => {
		const copy: DelegationData = structuredClone(data);
		expect(delegationsScene(data, wide, 'added')).toEqual(delegationsScene(copy, wide, 'added'));
		expect(copy).toEqual(data);
		expect(rowsFor(data, 'jan19').length).toBe(16);
	});
});

describe('delegations definition', () => {
	const ids = new Set(
		readdirSync('content/sources')
			.filter((f) => f.endsWith('.yaml'))
			.flatMap((f) => (parse(readFileSync(`content/sources/${f}`, 'utf8')) as { id: string }[]).map((s) => s.id)),
	);

	it('cites sources that exist in content/sources', () => {
		for (const id of chart.sourceIds) expect(ids.has(id), id).toBe(true);
	});

	it('credits the original publishers', () => {
		expect(chart.credit).toContain('Department of State');
		expect(chart.credit).toContain('Secretaría de Relaciones Exteriores');
	});

	it('lists person, title, side and attendance at each meeting in the table', () => {
		const t = chart.table(data);
		expect(t.columns.slice(0, 6)).toEqual(['Person', 'Title (January 2024)', 'Side', 'Dec 27, 2023, Mexico City', 'Jan 19, 2024, Washington', 'Feb 28, 2024, Washington (with Guatemala)']);
		expect(t.rows).toHaveLength(data.people.length);
		const row = (name: string) => t.rows.find((r) => String(r[0]).startsWith(name))!;
		expect(row('Alicia Bárcena')[4]).toBe('Yes, led the delegation');
		expect(row('Ken Salazar')[4]).toMatch(/one outlet only/);
		expect(row('Francisco Garduño')[3]).toBe('Not confirmed');
		expect(row('Secretary of the Interior')[0]).toBe('Secretary of the Interior (not named)');
		expect(row('Alejandro N. Mayorkas')[6]).toContain('our pairing by job, not sourced');
	});

	it('names each institution once in a Spanish title: "post, institution / institution"', () => {
		const t = chart.table(data, 'es');
		const problems = t.rows.flatMap((r) => {
			const cell = String(r[1]);
			const cut = cell.lastIndexOf(', ');
			const [post, institutions] = [cell.slice(0, cut), cell.slice(cut + 2).split(' / ')];
			return institutions.filter((i) => post.includes(i)).map((i) => `${String(r[0])}: "${cell}" names ${i} twice`);
		});
		expect(problems).toEqual([]);
		expect(t.rows.find((r) => String(r[0]).startsWith('Liz Sherwood'))![1]).toBe('Asesora de Seguridad Nacional, Casa Blanca / Consejo de Seguridad Nacional');
	});
});
