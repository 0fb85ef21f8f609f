/**
 * Who was expelled: Title 42 encounters by nationality as horizontal bars, largest
 * first, each labelled with its count and its share of all Title 42 encounters.
 * Pure: (data, dimensions) → Scene.
 */
import { scaleLinear } from 'd3-scale';
import type { Lang } from '../../lib/i18n';
import { mark, type Dimensions, type Scene } from '../core/scene';
import { textWidth } from '../funding/text';
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

export function nationalitiesScene(data: NationalityData, dims: Dimensions, lang: Lang = 'en'): Scene {
	const rows = [...data.rows].sort((a, b) => b.count - a.count);
	const names = rows.map((r) => countryName(r.nationality, lang));
	const values = rows.map((r) => valueLabel(r.count, data.total, lang));
	let labelW = dims.width < 420 ? 84 : 104;
	let valueW = dims.width < 420 ? 104 : 132;
	if (lang !== 'en') {
		// Room measured from the labels themselves (DejaVu widths). English keeps the fixed
		// room its published SVGs were drawn with.
		labelW = Math.max(labelW, Math.ceil(Math.max(...names.map((n) => textWidth(n, 13, true)))) + 10);
		valueW = Math.max(valueW, Math.ceil(Math.max(...values.map((v) => textWidth(v, 12)))) + 8);
	}
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
			mark('text', `label-${r.nationality}`, { x: labelW - 8, y: cy, dy: '0.35em', 'text-anchor': 'end' }, { className: 'legend', lines: [names[i]!] }),
			mark('rect', `bar-${r.nationality}`, { x: labelW, y: cy - barH / 2, width: Math.max(1, x(r.count) - labelW), height: barH }, { className: `bar ${group}` }),
			mark('text', `value-${r.nationality}`, { x: x(r.count) + 6, y: cy, dy: '0.35em' }, { className: 'tick', lines: [values[i]!] }),
		];
	});
	return { width: dims.width, height: dims.height, layers: [{ id: 'bars', marks }] };
}
