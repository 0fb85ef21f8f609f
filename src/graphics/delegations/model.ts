/**
 * Who met: a paired org chart of the U.S. and Mexican delegations. The U.S. column
 * is on the left (names right-aligned towards the middle), Mexico on the right,
 * Guatemala below Mexico for the Feb 28, 2024 three-way meeting. One row per
 * person: a marker, the name and a short title. Lines between the columns join
 * counterparts; pairings that are our own (basis "editorial") are dashed.
 *
 * Pure: (data, dimensions, state) → Scene. Rows of a state are the people at that
 * meeting, in one fixed order, so a person keeps their key (and glides) between
 * states; people absent from a meeting are hidden, or shown muted when a link
 * needs them. Text never gets the muted opacity (contrast): a de-emphasised row
 * uses the soft text colour and a muted marker instead.
 */
import { mark, round, type Dimensions, type Mark, type Scene } from '../core/scene';
import { textWidth as dejaVuWidth } from '../core/text';
import { display, en, type DelegationWords, type Pair, type TagKey } from './strings';

export type Side = 'US' | 'MX' | 'GT';
export type MeetingId = 'dec27' | 'jan19' | 'feb28';
export const MEETINGS: readonly MeetingId[] = ['dec27', 'jan19', 'feb28'];

/**
 * present: named as attending. office: the office attended but reports do not name
 * the person. one-outlet: reported by a single outlet and not on the official list.
 * unconfirmed: possible but not confirmed (not drawn). absent: did not attend.
 */
export type AttendanceStatus = 'present' | 'office' | 'one-outlet' | 'unconfirmed' | 'absent';

export interface Attendance {
	status: AttendanceStatus;
	/** Led their side's delegation ("led") or hosted the meeting ("host"). */
	role?: 'lead' | 'host';
	/** Plain-language note from the data file, e.g. "received the U.S. team at the airport". */
	note?: string;
}

export interface Person {
	id: string;
	/** Full name as in the data file. */
	name: string;
	/** Name drawn on wide charts. */
	displayName: string;
	/** Name drawn when the full one does not fit (phones). */
	shortName: string;
	/** Role as of January 2024, as in the data file. */
	role: string;
	institution: string;
	/** Title drawn on wide charts. */
	title: string;
	/** Last resort on the narrowest phones, when not even the short name fits. */
	narrowName?: string;
	/** Title drawn when the longer one does not fit (phones). */
	shortTitle: string;
	/** Last resort for an office drawn in place of a name (the person is not reported), on the narrowest phones. */
	narrowTitle?: string;
	side: Side;
	attendance: Record<MeetingId, Attendance>;
}

export interface Edge {
	source: string;
	target: string;
	relation: string;
	basis: string;
	/** Our own pairing by job, not stated in any source: drawn dashed. */
	editorial: boolean;
}

export interface DelegationData {
	people: Person[];
	edges: Edge[];
}

export const DELEGATION_STATES = ['dec27', 'jan19', 'leads', 'added', 'counterparts', 'feb28', 'overview'] as const;
export type DelegationState = (typeof DELEGATION_STATES)[number];

const STATE_MEETING: Record<DelegationState, MeetingId> = {
	dec27: 'dec27',
	jan19: 'jan19',
	leads: 'jan19',
	added: 'jan19',
	counterparts: 'jan19',
	feb28: 'feb28',
	overview: 'jan19',
};

/** English side names (the Spanish ones are in strings.ts). */
export const SIDE_LABEL: Record<Side, string> = en.side;
const SIDE_FILL: Record<Side, string> = { US: 'fill-us', MX: 'fill-mx', GT: 'fill-other' };
const SIDE_STROKE: Record<Side, string> = { US: 'stroke-us', MX: 'stroke-mx', GT: 'stroke-neutral' };

/** A tag drawn after a title: one of the chart's tags, or an attendance note that has a tag (words in strings.ts). */
type Tag = { key: TagKey } | { note: string };
const TAG = (key: TagKey): Tag => ({ key });

// ---------------------------------------------------------------- text metrics

/** Font sizes of the chart classes in charts.css (px). */
export const FONT = { name: 13, nameSmall: 11.5, small: 11.5, note: 12.5 };
/** Width estimate: DejaVu Sans advance widths (core/text.ts), the widest common fallback font; names and notes are bold. */
export const textWidth = dejaVuWidth;
function firstFitting(candidates: string[], fontSize: number, max: number, bold = false): string {
	return candidates.find((c) => textWidth(c, fontSize, bold) <= max) ?? candidates[candidates.length - 1]!;
}

// ---------------------------------------------------------------- who is drawn

type Emphasis = 'strong' | 'normal' | 'soft';
interface RowSpec {
	person: Person;
	emphasis: Emphasis;
	hollow: boolean;
	/** Marker drawn at reduced opacity (absent or not in focus). */
	mutedMarker: boolean;
	/** Only the office is known for this meeting: the name is not drawn. */
	officeOnly: boolean;
	tag?: Tag;
}

const isAt = (p: Person, m: MeetingId) => ['present', 'office', 'one-outlet'].includes(p.attendance[m].status);

/** The links drawn in a state. */
export function linksFor(data: DelegationData, state: DelegationState): Edge[] {
	const byId = new Map(data.people.map((p) => [p.id, p]));
	const side = (id: string) => byId.get(id)?.side;
	if (state === 'counterparts' || state === 'overview') {
		return data.edges.filter((e) => side(e.source) !== 'GT' && side(e.target) !== 'GT');
	}
	if (state === 'feb28') {
		return data.edges.filter((e) => (side(e.source) === 'GT' || side(e.target) === 'GT') && isAt(byId.get(e.source)!, 'feb28') && isAt(byId.get(e.target)!, 'feb28'));
	}
	return [];
}

/** The rows of one state, in the data's order (which is also the drawing order). */
export function rowsFor(data: DelegationData, state: DelegationState): RowSpec[] {
	const meeting = STATE_MEETING[state];
	const linkEnds = new Set(linksFor(data, state).flatMap((e) => [e.source, e.target]));
	const rows: RowSpec[] = [];
	for (const person of data.people) {
		const a = person.attendance[meeting];
		const attending = isAt(person, meeting);
		if (!attending && !linkEnds.has(person.id)) continue;
		const row: RowSpec = {
			person,
			emphasis: 'normal',
			hollow: a.status === 'one-outlet',
			mutedMarker: false,
			officeOnly: a.status === 'office',
		};
		const roleTag = a.role === 'host' ? TAG('host') : a.role === 'lead' ? (person.side === 'US' ? TAG('leadUS') : TAG('leadMX')) : undefined;
		if (!attending) {
			row.emphasis = 'soft';
			row.mutedMarker = true;
			row.tag = TAG('notThere');
		} else if (a.status === 'one-outlet') {
			row.tag = TAG('oneOutlet');
			if (state === 'leads' || state === 'added') row.emphasis = 'soft';
		} else if (a.status === 'office') {
			row.tag = TAG('office');
		} else if (state === 'leads' || state === 'overview') {
			if (roleTag) {
				row.tag = roleTag;
				row.emphasis = 'strong';
			} else if (state === 'leads') {
				row.emphasis = 'soft';
				row.mutedMarker = true;
			}
		} else if (state === 'added') {
			const before = person.attendance.dec27.status;
			if (before === 'present') {
				row.emphasis = 'soft';
				row.mutedMarker = true;
			} else if (before === 'office') {
				row.tag = TAG('named');
			} else {
				row.tag = TAG('added');
				row.emphasis = 'strong';
			}
		} else if (state === 'dec27' || state === 'feb28') {
			row.tag = roleTag ?? (a.note && en.noteTag[a.note] ? { note: a.note } : undefined);
		}
		if (state === 'leads' && a.status === 'one-outlet') row.mutedMarker = true;
		rows.push(row);
	}
	return rows;
}

type ColumnItem = { kind: 'person'; row: RowSpec } | { kind: 'header'; side: Side };

function columnsFor(data: DelegationData, state: DelegationState): { left: ColumnItem[]; right: ColumnItem[] } {
	const rows = rowsFor(data, state);
	const left = rows.filter((r) => r.person.side === 'US').map((row) => ({ kind: 'person', row }) as ColumnItem);
	const mx = rows.filter((r) => r.person.side === 'MX').map((row) => ({ kind: 'person', row }) as ColumnItem);
	const gt = rows.filter((r) => r.person.side === 'GT').map((row) => ({ kind: 'person', row }) as ColumnItem);
	return { left, right: gt.length ? [...mx, { kind: 'header', side: 'GT' }, ...gt] : mx };
}

/** The most rows any column has in any state: keeps row spacing the same in every state. */
export function maxRows(data: DelegationData): number {
	return Math.max(
		1,
		...DELEGATION_STATES.map((s) => {
			const c = columnsFor(data, s);
			return Math.max(c.left.length, c.right.length);
		}),
	);
}

// ---------------------------------------------------------------- layout

export const NARROW_BELOW = 560;
const LABEL_Y = 9;
const HEADER_Y = 30;
const ROWS_TOP = 44;

export interface Layout {
	narrow: boolean;
	nameFont: number;
	markerR: number;
	usMarkerX: number;
	rightMarkerX: number;
	usTextX: number;
	rightTextX: number;
	/** Widest a name or title may be on either side. */
	textMax: number;
	rowH: number;
	twoLine: boolean;
	legendH: number;
}

export function layoutFor(data: DelegationData, { width, height }: Dimensions): Layout {
	const narrow = width < NARROW_BELOW;
	const nameFont = narrow ? FONT.nameSmall : FONT.name;
	const markerR = narrow ? 4.5 : 5.5;
	// Phones: a narrow lane for the links leaves each column ~135 px of text at 320.
	const gap = narrow ? Math.max(30, width * 0.1) : Math.min(180, Math.max(36, width * 0.2));
	const usMarkerX = width / 2 - gap / 2;
	const rightMarkerX = width / 2 + gap / 2;
	const textPad = markerR + (narrow ? 4 : 5);
	const legendH = narrow ? 36 : 22;
	const rowH = Math.min(44, (height - ROWS_TOP - legendH - 6) / maxRows(data));
	const lineGap = narrow ? 13 : 15;
	return {
		narrow,
		nameFont,
		markerR,
		usMarkerX,
		rightMarkerX,
		usTextX: usMarkerX - textPad,
		rightTextX: rightMarkerX + textPad,
		// Text is measured in DejaVu Sans (core/text.ts), wider than the system fonts, plus 2%.
		textMax: width / 2 - gap / 2 - textPad,
		rowH,
		twoLine: rowH >= lineGap + nameFont + 3,
		legendH,
	};
}

// ---------------------------------------------------------------- scene

export function isDelegationState(value: string): value is DelegationState {
	return (DELEGATION_STATES as readonly string[]).includes(value);
}

/** The scene for one state at one size, with the words of one language (English by default). */
export function delegationsScene(data: DelegationData, dims: Dimensions, state: DelegationState, words: DelegationWords = en): Scene {
	const tagWords = (tag: Tag): Pair => ('key' in tag ? words.tag[tag.key] : words.noteTag[tag.note]!);
	const { width, height } = dims;
	const L = layoutFor(data, dims);
	const { left, right } = columnsFor(data, state);
	const lineGap = L.narrow ? 13 : 15;
	const nameClass = (e: Emphasis) => `legend${L.narrow ? ' label-small' : ''}${e === 'strong' ? ' label-strong' : e === 'soft' ? ' label-soft' : ''}`;
	const markerY = new Map<string, { x: number; y: number }>();
	// Column headers get square swatches, so they do not read as one more person.
	const swatch = (x: number, y: number) => ({ x: x - L.markerR, y: y - L.markerR, width: 2 * L.markerR, height: 2 * L.markerR });

	const people: Mark[] = [];
	const headers: Mark[] = [];
	const place = (items: ColumnItem[], isLeft: boolean) => {
		const markerX = isLeft ? L.usMarkerX : L.rightMarkerX;
		const textX = isLeft ? L.usTextX : L.rightTextX;
		const anchor = isLeft ? 'end' : 'start';
		items.forEach((item, i) => {
			const centre = ROWS_TOP + (i + 0.5) * L.rowH;
			const nameY = L.twoLine ? centre - lineGap / 2 : centre;
			if (item.kind === 'header') {
				headers.push(
					mark('rect', `header-swatch-${item.side}`, swatch(markerX, nameY), { className: SIDE_FILL[item.side] }),
					mark('text', `header-${item.side}`, { x: textX, y: nameY, dy: '0.35em', 'text-anchor': anchor }, { className: `${nameClass('strong')}`, lines: [words.side[item.side]] }),
				);
				return;
			}
			const { row } = item;
			const p = row.person;
			markerY.set(p.id, { x: markerX, y: nameY });
			const fill = SIDE_FILL[p.side];
			people.push(
				mark('circle', `marker-${p.id}`, row.hollow ? { cx: markerX, cy: nameY, r: L.markerR - 0.8, fill: 'none', 'stroke-width': 1.8 } : { cx: markerX, cy: nameY, r: L.markerR }, {
					className: `${row.hollow ? SIDE_STROKE[p.side] : fill}${row.mutedMarker ? ' is-muted' : ''}`,
				}),
			);
			const d = display(p, words);
			const tag = row.tag ? tagWords(row.tag) : undefined;
			const names = row.officeOnly ? [d.title, d.shortTitle, ...(d.narrowTitle ? [d.narrowTitle] : [])] : [d.displayName, d.shortName, ...(d.narrowName ? [d.narrowName] : [])];
			if (L.twoLine) {
				const titleCandidates = row.officeOnly
					? [tag![0], tag![1]]
					: tag
						? [`${d.title} · ${tag[0]}`, `${d.shortTitle} · ${tag[0]}`, `${d.shortTitle} · ${tag[1]}`, tag[0], tag[1]]
						: [d.title, d.shortTitle];
				people.push(
					mark('text', `name-${p.id}`, { x: textX, y: nameY, dy: '0.35em', 'text-anchor': anchor }, { className: nameClass(row.emphasis), lines: [firstFitting(names, L.nameFont, L.textMax, true)] }),
					mark(
						'text',
						`title-${p.id}`,
						{ x: textX, y: nameY + lineGap, dy: '0.35em', 'text-anchor': anchor },
						{ className: 'label-small label-soft', lines: [firstFitting(titleCandidates, FONT.small, L.textMax)] },
					),
				);
			} else {
				// One line only (short charts): the name, with a short tag when it fits.
				const candidates = tag && !row.officeOnly ? [...names.map((n) => `${n} · ${tag[1]}`), ...names] : names;
				people.push(
					mark(
						'text',
						`name-${p.id}`,
						{ x: textX, y: nameY, dy: '0.35em', 'text-anchor': anchor },
						{ className: nameClass(row.emphasis), lines: [firstFitting(candidates, L.nameFont, L.textMax, true)] },
					),
				);
			}
		});
	};
	place(left, true);
	place(right, false);

	// Column headers and the meeting.
	const headerClass = nameClass('strong');
	headers.push(
		mark('text', 'meeting-label', { x: 0, y: LABEL_Y, dy: '0.35em', 'text-anchor': 'start' }, { className: 'note', lines: [firstFitting(words.meeting[state], FONT.note, width, true)] }),
		mark('rect', 'header-swatch-US', swatch(L.usMarkerX, HEADER_Y), { className: SIDE_FILL.US }),
		mark('text', 'header-US', { x: L.usTextX, y: HEADER_Y, dy: '0.35em', 'text-anchor': 'end' }, { className: headerClass, lines: [words.side.US] }),
		mark('rect', 'header-swatch-MX', swatch(L.rightMarkerX, HEADER_Y), { className: SIDE_FILL.MX }),
		mark('text', 'header-MX', { x: L.rightTextX, y: HEADER_Y, dy: '0.35em', 'text-anchor': 'start' }, { className: headerClass, lines: [words.side.MX] }),
	);

	// Links between counterparts.
	const edges = linksFor(data, state);
	const links: Mark[] = edges.flatMap((e) => {
		const a = markerY.get(e.source);
		const b = markerY.get(e.target);
		if (!a || !b) return [];
		const [from, to] = a.x <= b.x ? [a, b] : [b, a];
		const r = L.markerR + 1.5;
		let d: string;
		if (from.x === to.x) {
			// Both on the right (Mexico ↔ Guatemala): a bow into the middle.
			const x = from.x - r;
			const bow = Math.min(60, (L.rightMarkerX - L.usMarkerX) * 0.45);
			d = `M${x},${from.y} C${x - bow},${from.y} ${x - bow},${to.y} ${x},${to.y}`;
		} else {
			const x1 = from.x + r;
			const x2 = to.x - r;
			const dx = (x2 - x1) / 2;
			d = `M${x1},${from.y} C${x1 + dx},${from.y} ${x2 - dx},${to.y} ${x2},${to.y}`;
		}
		return [
			mark(
				'path',
				`link-${e.source}-${e.target}`,
				{ d: roundPath(d), fill: 'none', 'stroke-width': e.editorial ? 1.4 : 2 },
				{ className: `link stroke-neutral${e.editorial ? ' stroke-dashed' : ''}` },
			),
		];
	});

	// Legend for the lines, at the bottom.
	const legend: Mark[] = [];
	if (links.length) {
		const kinds = [...new Set(edges.map((e) => e.editorial))].sort();
		const texts: Record<string, Pair> = { false: words.sourced, true: words.editorial };
		const baseY = height - L.legendH + 8;
		kinds.forEach((editorial, i) => {
			const y = L.narrow ? baseY + i * 16 : baseY;
			const x = L.narrow ? 0 : i * Math.max(240, width * 0.42);
			const label = firstFitting(texts[String(editorial)]!, FONT.small, width - x - 26);
			legend.push(
				mark(
					'line',
					`legend-line-${editorial ? 'editorial' : 'sourced'}`,
					{ x1: x, x2: x + 20, y1: y, y2: y, 'stroke-width': editorial ? 1.4 : 2 },
					{ className: `stroke-neutral${editorial ? ' stroke-dashed' : ''}` },
				),
				mark('text', `legend-text-${editorial ? 'editorial' : 'sourced'}`, { x: x + 26, y, dy: '0.35em', 'text-anchor': 'start' }, { className: 'label-small', lines: [label] }),
			);
		});
	}

	return {
		width,
		height,
		layers: [
			{ id: 'links', marks: links },
			{ id: 'people', marks: people },
			{ id: 'headers', marks: headers },
			{ id: 'legend', marks: legend },
		],
	};
}

function roundPath(d: string): string {
	return d.replace(/-?\d+\.\d+/g, (n) => String(round(Number(n))));
}
