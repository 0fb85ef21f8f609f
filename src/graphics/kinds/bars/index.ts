/**
 * The bars kind: categorical horizontal bars, one row per category (a country, a
 * stage of a bill), one or more series per row, grouped or stacked, labelled with
 * their values (and optionally their share of a total), coloured by series or by
 * category. A spec declares the columns and the words; a state written in MDX says
 * which rows are shown (`show`, `through`), what is in focus (`highlight`), what is
 * struck through (`strike`) and the notes (`notes`).
 *
 * Data in wide form (a column per series: `series: [{ column, … }]`) or long form
 * (`long: { series: <column naming the series>, value: <column> }` and
 * `series: [{ key, … }]`, one row per category and series).
 */
import { z } from 'astro/zod';
import { DataError } from '../../../content/csv';
import { defineKind, type Problem } from '../kind';
import { colour } from '../palette';
import { barsScene, barsTable, type BarsData, type BarsState } from './model';

const words = z.strictObject({ en: z.string().min(1), es: z.string().min(1) }, { error: 'expected { en: "…", es: "…" }' });
const column = z.string().min(1, { error: 'expected a column name of the CSV' });
const key = z.string().min(1);

const seriesSpec = z.strictObject({
	/** Wide data: the column holding this series' values. */
	column: column.optional(),
	/** Long data: the value naming this series in the `long.series` column. */
	key: key.optional(),
	label: words,
	colour,
	/** Stages layout: the label under each bar, `{value}` standing for the amount ("Border: {value}"). */
	below: words.optional(),
});

const spec = z.strictObject({
	/** `inline`: name | bar | value on one line; `stages`: title above each bar, labels and notes under it. */
	layout: z.enum(['inline', 'stages'], { error: 'expected inline (name, bar and value on one line) or stages (a title above each bar, labels and notes under it)' }).default('inline'),
	category: z.strictObject({
		/** The column naming each bar (its key in states and notes). */
		column,
		/** The header of that column in the table. */
		label: words,
		/** A column with the Spanish name of each category. */
		es: column.optional(),
		/** The names to draw, by category key (else the key itself in English), and optionally another name for the table. */
		names: z
			.record(
				z.string(),
				z.strictObject({ en: z.string().min(1), es: z.string().min(1), table: words.optional() }, { error: 'expected { en: "…", es: "…" } (and optionally table: { en: "…", es: "…" })' }),
			)
			.optional(),
	}),
	long: z.strictObject({ series: column, value: column }).optional(),
	series: z.array(seriesSpec).min(1, { error: 'expected at least one series' }),
	stacked: z.boolean().default(false),
	format: z.enum(['integer', 'percent', 'billions', 'compact'], { error: 'expected integer, percent, billions or compact' }).default('integer'),
	/** `descending`: largest first; `data`: in the CSV's order. */
	sort: z.enum(['data', 'descending'], { error: 'expected data or descending' }).default('data'),
	/** Value labels also give each value's share of this total. */
	shareOf: z.number().positive({ error: 'expected the total the shares are of, a number above 0' }).optional(),
	/** Colours of single categories, apart from their series' (by category key). */
	colours: z.record(z.string(), colour).optional(),
	table: z
		.strictObject({
			/** Long table: header of the series column, and of the values column. */
			series: words.optional(),
			value: words.optional(),
			/** Header of the share column (with `shareOf`). */
			share: words.optional(),
			/** A notes column: its header and the notes, by category (and series). */
			note: words.optional(),
			notes: z.array(z.strictObject({ at: key, series: key.optional(), text: words })).default([]),
		})
		.default({ notes: [] }),
});
type Spec = z.output<typeof spec>;

const noteText = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)], { error: 'expected the note’s text, or a list of lines' });
const keys = z.array(z.string().min(1), { error: 'expected a list of category keys, as in the CSV' }).min(1, { error: 'expected at least one entry' });
const state = z.strictObject({
	show: keys.optional(),
	through: z.string({ error: 'expected a category key, as in the CSV' }).optional(),
	highlight: z.array(z.string().min(1), { error: 'expected a list of categories and series keys' }).min(1, { error: 'expected at least one entry' }).optional(),
	strike: keys.optional(),
	notes: z.array(z.strictObject({ at: z.string({ error: 'expected a category key, as in the CSV' }), series: z.string().optional(), text: noteText })).optional(),
});

function bind(s: Spec, rows: Record<string, string>[], file: string): BarsData {
	const have = rows.length ? Object.keys(rows[0]!) : [];
	const need = (field: string, col: string) => {
		if (!have.includes(col)) throw new DataError(`${file}: field "${field}": no column "${col}" in ${file}; expected one of ${have.join(', ')}`);
	};
	need('category.column', s.category.column);
	if (s.category.es) need('category.es', s.category.es);
	if (s.long) {
		need('long.series', s.long.series);
		need('long.value', s.long.value);
	}
	s.series.forEach((ser, i) => {
		if (s.long && !ser.key) throw new DataError(`${file}: field "series.${i}.key": with long data, each series names its value in column "${s.long.series}" (key: …)`);
		if (!s.long && !ser.column) throw new DataError(`${file}: field "series.${i}.column": expected the column holding the series' values`);
		if (ser.column) need(`series.${i}.column`, ser.column);
	});
	const seriesKeys = s.series.map((ser) => (s.long ? ser.key! : ser.column!));
	// Counts (format: integer) are whole numbers; other amounts any number ≥ 0.
	const whole = s.format === 'integer';
	const number = (text: string | undefined, row: number, col: string) => {
		const t = (text ?? '').trim();
		const v = Number(t);
		if (!t || !Number.isFinite(v) || v < 0 || (whole && !/^\d+$/.test(t))) {
			throw new DataError(`${file}: row ${row + 2}, field "${col}": expected ${whole ? 'a whole number' : 'a number ≥ 0'}, got ${JSON.stringify(text ?? '')}`);
		}
		return v;
	};
	const byKey = new Map<string, { values: (number | undefined)[]; es?: string }>();
	rows.forEach((r, i) => {
		const k = (r[s.category.column] ?? '').trim();
		if (!k) throw new DataError(`${file}: row ${i + 2}, field "${s.category.column}": expected a category name`);
		const entry = byKey.get(k) ?? { values: seriesKeys.map(() => undefined) };
		if (s.category.es) entry.es = (r[s.category.es] ?? '').trim() || undefined;
		if (s.long) {
			const sk = (r[s.long.series] ?? '').trim();
			const at = seriesKeys.indexOf(sk);
			if (at < 0) throw new DataError(`${file}: row ${i + 2}, field "${s.long.series}": expected one of ${seriesKeys.join(', ')} (the spec's series keys), got ${JSON.stringify(sk)}`);
			if (entry.values[at] !== undefined) throw new DataError(`${file}: row ${i + 2}, field "${s.long.series}": ${sk} appears twice for ${k}`);
			entry.values[at] = number(r[s.long.value], i, s.long.value);
		} else {
			if (byKey.has(k)) throw new DataError(`${file}: row ${i + 2}, field "${s.category.column}": ${JSON.stringify(k)} appears twice`);
			s.series.forEach((ser, j) => (entry.values[j] = number(r[ser.column!], i, ser.column!)));
		}
		byKey.set(k, entry);
	});
	const specFile = file.replace(/\.csv$/, '.chart.yaml');
	const known = [...byKey.keys()];
	const unknown = (field: string, list: string[]) =>
		list.forEach((k) => {
			if (!byKey.has(k)) throw new DataError(`${specFile}: field "${field}": no category ${JSON.stringify(k)} in ${file}; expected one of ${known.join(', ')}`);
		});
	unknown('category.names', Object.keys(s.category.names ?? {}));
	unknown('colours', Object.keys(s.colours ?? {}));
	unknown(
		'table.notes',
		s.table.notes.map((n) => n.at),
	);
	let categories = [...byKey.entries()].map(([k, entry]) => {
		const missing = entry.values.findIndex((v) => v === undefined);
		if (missing >= 0) throw new DataError(`${file}: no row for ${k} and series ${seriesKeys[missing]} (write 0 if there is nothing)`);
		const name = s.category.names?.[k];
		if (!name && !entry.es && !s.category.es && Object.keys(s.category.names ?? {}).length)
			throw new DataError(`${specFile}: field "category.names": no names for ${JSON.stringify(k)}; expected { en: "…", es: "…" }`);
		if (!name && s.category.es && !entry.es) throw new DataError(`${file}: field "${s.category.es}": no Spanish name for ${JSON.stringify(k)}`);
		return {
			key: k,
			label: name ? { en: name.en, es: name.es } : { en: k, es: entry.es ?? k },
			...(name?.table ? { tableLabel: name.table } : {}),
			values: entry.values as number[],
			...(s.colours?.[k] ? { colour: s.colours[k] } : {}),
		};
	});
	if (!categories.length) throw new DataError(`${file}: no rows`);
	const sum = (v: number[]) => (s.stacked ? v.reduce((a, b) => a + b, 0) : Math.max(...v));
	if (s.sort === 'descending') categories = [...categories].sort((a, b) => sum(b.values) - sum(a.values));
	return {
		layout: s.layout,
		stacked: s.stacked,
		format: s.format,
		...(s.shareOf ? { shareOf: s.shareOf } : {}),
		categories,
		series: s.series.map((ser, i) => ({ key: seriesKeys[i]!, label: ser.label, colour: ser.colour, ...(ser.below ? { below: ser.below } : {}) })),
		table: {
			category: s.category.label,
			...(s.long ? { series: s.table.series ?? { en: 'Series', es: 'Serie' }, value: s.table.value ?? { en: 'Value', es: 'Valor' } } : {}),
			...(s.table.share ? { share: s.table.share } : {}),
			...(s.table.note ? { note: s.table.note } : {}),
			notes: s.table.notes,
		},
	};
}

function check(st: z.output<typeof state>, data: BarsData): Problem[] {
	const problems: Problem[] = [];
	const cats = data.categories.map((c) => c.key);
	const series = data.series.map((s) => s.key);
	const catList = `expected one of ${cats.join(', ')}`;
	st.show?.forEach((k, i) => {
		if (!cats.includes(k)) problems.push({ field: `show.${i}`, message: `no category ${JSON.stringify(k)}; ${catList}` });
	});
	if (st.through !== undefined && !cats.includes(st.through)) problems.push({ field: 'through', message: `no category ${JSON.stringify(st.through)}; ${catList}` });
	st.highlight?.forEach((k, i) => {
		if (!cats.includes(k) && !series.includes(k)) problems.push({ field: `highlight.${i}`, message: `no category or series ${JSON.stringify(k)}; expected one of ${[...cats, ...series].join(', ')}` });
	});
	st.strike?.forEach((k, i) => {
		if (!cats.includes(k)) problems.push({ field: `strike.${i}`, message: `no category ${JSON.stringify(k)}; ${catList}` });
	});
	st.notes?.forEach((n, i) => {
		if (!cats.includes(n.at)) problems.push({ field: `notes.${i}.at`, message: `no category ${JSON.stringify(n.at)} in the data; ${catList}` });
		if (n.series !== undefined && !series.includes(n.series)) problems.push({ field: `notes.${i}.series`, message: `no series ${JSON.stringify(n.series)}; expected one of ${series.join(', ')}` });
	});
	return problems;
}

export default defineKind<Spec, BarsData, BarsState>({
	name: 'bars',
	spec: spec as unknown as z.ZodType<Spec>,
	state,
	bind,
	check,
	scene: barsScene,
	table: barsTable,
});
