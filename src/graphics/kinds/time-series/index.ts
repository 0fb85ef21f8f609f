/**
 * The time-series kind: monthly or dated rows as bars or lines.
 *
 * Spec (data/<name>.chart.yaml, beside the common fields):
 *   x: { column: month, label: { en: Month, es: Mes } }   # YYYY-MM or YYYY-MM-DD values, in order
 *   series: [{ column, label: { en, es }, short?: { en?, es? }, colour }]   # short: legend on phones
 *   total?: { column, label: { en, es } }   # a table column (and the top of the stack)
 *   mark: bars | lines      stacked: true | false      format: integer | percent | billions | compact
 *   y?: { max?, ticks? }    periods?: [{ from, to, label? }]    markers?: [{ at, label? }]
 * State (MDX): { through?, highlight?: [from, to], series?, notes?: [{ at, text, lift?, side?, sideFrom?, minPlot? }],
 *   reference?: { value, text } } — see model.ts.
 */
import { z } from 'astro/zod';
import { cellNumber, DataError } from '../../../content/csv';
import { capital } from '../../core/words';
import { colour } from '../palette';
import { defineKind, type Problem } from '../kind';
import { formatX, timeSeriesScene, tops, type SeriesData, type SeriesState } from './model';

const words = z.strictObject({ en: z.string().trim().min(1), es: z.string().trim().min(1) }, { error: 'expected { en: "…", es: "…" }' });
const xValue = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { error: 'expected a month "YYYY-MM" or a date "YYYY-MM-DD"' });
const lines = z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)], { error: 'expected a text "…" or its lines ["…", "…"]' });

const spec = z.strictObject({
	x: z.strictObject({ column: z.string().min(1), label: words }),
	series: z
		.array(
			z.strictObject({
				column: z.string().min(1),
				label: words,
				short: z.strictObject({ en: z.string().trim().min(1).optional(), es: z.string().trim().min(1).optional() }).optional(),
				colour,
			}),
		)
		.min(1, { error: 'expected at least one series' }),
	total: z.strictObject({ column: z.string().min(1), label: words }).optional(),
	mark: z.enum(['bars', 'lines'], { error: 'expected bars or lines' }).default('bars'),
	stacked: z.boolean().default(false),
	format: z.enum(['integer', 'percent', 'billions', 'compact'], { error: 'expected integer, percent, billions or compact' }).default('integer'),
	y: z.strictObject({ max: z.number().positive().optional(), ticks: z.number().int().min(2).max(10).optional() }).default({}),
	periods: z.array(z.strictObject({ from: xValue, to: xValue, label: words.optional() })).default([]),
	markers: z.array(z.strictObject({ at: xValue, label: words.optional() })).default([]),
});
type Spec = z.output<typeof spec>;

const note = z.strictObject({
	at: xValue,
	text: lines,
	lift: z.number().min(0).max(400).optional(),
	side: z.enum(['left', 'right'], { error: 'expected "left" or "right"' }).optional(),
	sideFrom: z.number().min(0).optional(),
	minPlot: z.number().min(0).optional(),
});

const state = z.strictObject({
	through: xValue.optional(),
	highlight: z.tuple([xValue, xValue], { error: 'expected a range ["YYYY-MM", "YYYY-MM"]' }).optional(),
	series: z.string().min(1).optional(),
	notes: z.array(note).optional(),
	reference: z.strictObject({ value: z.number(), text: lines }).optional(),
}) satisfies z.ZodType<SeriesState>;

function nextMonth(month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function bind(s: Spec, rows: Record<string, string>[], file: string): SeriesData {
	const columns = Object.keys(rows[0] ?? {});
	const need = (column: string, field: string) => {
		if (!columns.includes(column)) throw new DataError(`field "${field}": no column ${JSON.stringify(column)} in ${file}; expected one of ${columns.join(', ')}`);
	};
	if (!rows.length) throw new DataError(`${file}: no data rows`);
	need(s.x.column, 'x.column');
	s.series.forEach((ser, i) => need(ser.column, `series.${i}.column`));
	if (s.total) need(s.total.column, 'total.column');
	const x = rows.map((r, i) => {
		const v = r[s.x.column] ?? '';
		if (!xValue.safeParse(v).success) throw new DataError(`${file}: row ${i + 2}, field "${s.x.column}": expected YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(v)}`);
		return v;
	});
	// Rows sit in equal bands: months must follow each other without gaps; dates must only increase.
	x.forEach((v, i) => {
		if (i === 0) return;
		const prev = x[i - 1]!;
		const expected = prev.length === 7 ? nextMonth(prev) : undefined;
		if ((expected && v !== expected) || v <= prev || v.length !== prev.length)
			throw new DataError(`${file}: row ${i + 2}, field "${s.x.column}": expected ${expected ?? `a date after ${prev}`}${expected ? ` after ${prev}` : ''}, got ${v}`);
	});
	const values = (column: string) => rows.map((r, i) => cellNumber(file, i, column, r[column]));
	const data: SeriesData = {
		x,
		xLabel: s.x.label,
		series: s.series.map((ser) => ({
			column: ser.column,
			label: ser.label,
			short: { en: ser.short?.en ?? ser.label.en, es: ser.short?.es ?? ser.label.es },
			colour: ser.colour,
			values: values(ser.column),
		})),
		mark: s.mark,
		stacked: s.stacked,
		format: s.format,
		y: s.y,
		periods: s.periods.map((p) => ({ from: p.from, to: p.to, ...(p.label ? { label: p.label } : {}) })),
		markers: s.markers.map((m) => ({ at: m.at, ...(m.label ? { label: m.label } : {}) })),
	};
	if (s.total) {
		const total = values(s.total.column);
		if (s.stacked) {
			const sums = tops(data);
			total.forEach((t, i) => {
				if (t !== sums[i]) throw new DataError(`${file}: row ${i + 2}, field "${s.total!.column}": expected the sum of the series, ${sums[i]}, got ${t}`);
			});
		}
		data.total = { label: s.total.label, values: total };
	}
	const where = (field: string, at: string) => {
		if (!x.includes(at)) throw new DataError(`field "${field}": no row ${JSON.stringify(at)} in ${file}; expected ${x[0]} to ${x.at(-1)}`);
	};
	s.periods.forEach((p, i) => (where(`periods.${i}.from`, p.from), where(`periods.${i}.to`, p.to)));
	s.markers.forEach((m, i) => where(`markers.${i}.at`, m.at));
	return data;
}

function check(st: SeriesState, data: SeriesData): Problem[] {
	const problems: Problem[] = [];
	const range = `expected ${data.x[0]} to ${data.x.at(-1)}`;
	const inData = (field: string, at: string | undefined) => {
		if (at !== undefined && !data.x.includes(at)) problems.push({ field, message: `${JSON.stringify(at)} is outside the data; ${range}` });
	};
	inData('through', st.through);
	if (st.highlight) {
		inData('highlight.0', st.highlight[0]);
		inData('highlight.1', st.highlight[1]);
		if (st.highlight[0] > st.highlight[1]) problems.push({ field: 'highlight', message: `expected [from, to] with from before to, got ${JSON.stringify(st.highlight)}` });
	}
	if (st.series !== undefined && !data.series.some((s) => s.column === st.series))
		problems.push({ field: 'series', message: `no series ${JSON.stringify(st.series)}; expected one of ${data.series.map((s) => s.column).join(', ')}` });
	st.notes?.forEach((n, i) => inData(`notes.${i}.at`, n.at));
	return problems;
}

export default defineKind<Spec, SeriesData, SeriesState>({
	name: 'time-series',
	spec,
	state,
	bind,
	check,
	scene: timeSeriesScene,
	table: (data, lang) => ({
		columns: [data.xLabel[lang], ...data.series.map((s) => s.label[lang]), ...(data.total ? [data.total.label[lang]] : [])],
		rows: data.x.map((x, i) => [capital(formatX(x, lang)), ...data.series.map((s) => s.values[i]!), ...(data.total ? [data.total.values[i]!] : [])]),
	}),
});
