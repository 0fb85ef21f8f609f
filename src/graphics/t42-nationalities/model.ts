/**
 * Who was expelled: Title 42 encounters by nationality as horizontal bars, largest
 * first, each labelled with its count and its share of all Title 42 encounters.
 * Pure: (data, dimensions) → Scene.
 */
import { scaleLinear } from 'd3-scale';
import type { Lang } from '../../i18n/lang';
import { mark, type Dimensions, type Scene } from '../core/scene';
import { textWidth } from '../core/text';
import { countryName, valueLabel } from './strings';

export interface NationalityRow {
	nationality: string;
	count: number;
}
export interface NationalityData {
	rows: NationalityRow[];
	/** All southwest-border Title 42 encounters, all nationalities. */
	total: number;
}

export const NATIONALITY_STATES = ['overview'] as const;

/** Northern Triangle + Mexico: the countries Mexico agreed to take back from 2020. */
const RETURNED_TO_MEXICO = new Set(['Mexico', 'Guatemala', 'Honduras', 'El Salvador']);
/** Space between a country's name and its bar, and between a bar and its value. */
const GAP = 8;
const VALUE_GAP = 6;

export function nationalitiesScene(data: NationalityData, dims: Dimensions, lang: Lang = 'en'): Scene {
	const rows = [...data.rows].sort((a, b) => b.count - a.count);
	const names = rows.map((r) => countryName(r.nationality, lang));
	const values = rows.map((r) => valueLabel(r.count, data.total, lang));
	// Room for the names and for the value labels, measured from the labels themselves
	// (DejaVu Sans widths, the widest common fallback font), with the room the wide
	// drawing was designed with as a floor. The longest bar carries the longest value.
	const labelW = Math.max(dims.width < 420 ? 84 : 104, Math.ceil(Math.max(...names.map((n) => textWidth(n, 13, true)))) + GAP + 2);
	const valueW = Math.max(dims.width < 420 ? 104 : 132, Math.ceil(Math.max(...values.map((v) => textWidth(v, 12)))) + VALUE_GAP + 2);
	const top = 8;
	const rowH = (dims.height - top - 8) / rows.length;
	const x = scaleLinear()
		.domain([0, rows[0]?.count ?? 1])
		.range([labelW, Math.max(labelW + 20, dims.width - valueW)]);
	const marks = rows.flatMap((r, i) => {
		const y = top + i * rowH;
		const barH = Math.min(22, rowH * 0.7);
		const cy = y + rowH / 2;
		const group = RETURNED_TO_MEXICO.has(r.nationality) ? 'fill-mx' : 'fill-other';
		return [
			mark('text', `label-${r.nationality}`, { x: labelW - GAP, y: cy, dy: '0.35em', 'text-anchor': 'end' }, { className: 'legend', lines: [names[i]!] }),
			mark('rect', `bar-${r.nationality}`, { x: labelW, y: cy - barH / 2, width: Math.max(1, x(r.count) - labelW), height: barH }, { className: `bar ${group}` }),
			mark('text', `value-${r.nationality}`, { x: x(r.count) + VALUE_GAP, y: cy, dy: '0.35em' }, { className: 'tick', lines: [values[i]!] }),
		];
	});
	return { width: dims.width, height: dims.height, layers: [{ id: 'bars', marks }] };
}
