/**
 * The timeline kind (build time): the spec schema, binding the CSV's monthly context
 * series and the spec's events, checks of states written in MDX, and the table.
 *
 * Spec (data/<name>.chart.yaml), beside the common fields:
 *   from, to: "2023-01"      the months the chart covers
 *   context:                 optional grey bars, one a month, from the CSV in `data`
 *     month: month           the column of months (YYYY-MM)
 *     column: total          the column of values
 *     legend / narrowLegend: { en, es }
 *   table: { month, value?, events }: the table's column headers, { en, es } each
 *   events: [{ id, date, label: { en, es }, title: { en, es }, record? }]
 *     in date order; `label` is drawn after the short date on wide charts, `title` is
 *     the table's text; "{value}" in either is the context value of the event's month;
 *     `record: true` checks that this month has the highest value. An id that names
 *     an event of content/events must keep that event's date.
 */
import { z } from 'astro/zod';
import { DataError } from '../../../content/csv';
import { loadAllEvents } from '../../../content/events';
import { formatDate, formatInteger, formatMonth } from '../../../i18n/format';
import type { Lang } from '../../../i18n/lang';
import type { ChartTable } from '../../core/chart';
import { capital } from '../../core/words';
import { defineKind, type Problem } from '../kind';
import { isRange, timelineScene, within, type TimelineData, type TimelineState } from './model';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const month = z.string().regex(MONTH, { error: 'expected a month like "2023-01"' });
const date = z.string().regex(DATE, { error: 'expected a date like "2024-01-19", or a month like "2023-12"' });
const bilingual = z.strictObject({ en: z.string().trim().min(1), es: z.string().trim().min(1) }, { error: 'expected { en: "…", es: "…" }' });
const column = z.string().min(1, { error: 'expected a column name of the CSV' });

const spec = z.strictObject({
	from: month,
	to: month,
	context: z
		.strictObject({
			month: column,
			column,
			legend: bilingual.optional(),
			narrowLegend: bilingual.optional(),
		})
		.optional(),
	table: z.strictObject({ month: bilingual, value: bilingual.optional(), events: bilingual }),
	events: z
		.array(
			z.strictObject({
				id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected an id in kebab-case, like "washington-meeting"' }),
				date,
				label: bilingual,
				title: bilingual,
				record: z.literal(true, { error: 'expected true (or leave it out)' }).optional(),
			}),
		)
		.min(1, { error: 'expected at least one event' }),
});
type Spec = z.output<typeof spec>;

const state = z.strictObject({
	from: month.optional(),
	through: month.optional(),
	highlight: z.array(z.string().min(1), { error: 'expected a list of event ids, or a date range like ["2023-12", "2024-01-31"]' }).min(1).optional(),
	notes: z
		.array(
			z.strictObject({
				at: date,
				text: z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)], { error: 'expected the note’s text, or a list of its lines' }),
			}),
		)
		.optional(),
}) satisfies z.ZodType<TimelineState>;

function bind(s: Spec, rows: Record<string, string>[], file: string): TimelineData {
	if (s.from > s.to) throw new DataError(`${file}: the timeline's "from" (${s.from}) is after its "to" (${s.to})`);
	const months: TimelineData['months'] = [];
	if (s.context) {
		const header = Object.keys(rows[0] ?? {});
		for (const field of ['month', 'column'] as const) {
			const name = s.context[field];
			if (!header.includes(name)) throw new DataError(`field "context.${field}": no column "${name}" in ${file}; expected one of ${header.join(', ')}`);
		}
		rows.forEach((row, i) => {
			const m = row[s.context!.month]!;
			if (!MONTH.test(m)) throw new DataError(`${file}: row ${i + 2}, column "${s.context!.month}": expected a month like 2023-01, got ${JSON.stringify(m)}`);
			if (m < s.from || m > s.to) return;
			const text = row[s.context!.column]!;
			const value = Number(text);
			if (text.trim() === '' || !Number.isFinite(value)) throw new DataError(`${file}: row ${i + 2}, column "${s.context!.column}": expected a number, got ${JSON.stringify(text)}`);
			months.push({ month: m, value });
		});
		months.sort((a, b) => a.month.localeCompare(b.month));
		let expected = s.from;
		for (const m of months) {
			if (m.month !== expected) throw new DataError(`${file}: expected one row a month from ${s.from} to ${s.to}; ${expected} is missing or repeated`);
			const [y, mm] = expected.split('-').map(Number) as [number, number];
			expected = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
		}
		if (months.at(-1)?.month !== s.to) throw new DataError(`${file}: expected one row a month from ${s.from} to ${s.to}; the data stops at ${months.at(-1)?.month ?? '(no month)'}`);
	}
	const valueOf = new Map(months.map((m) => [m.month, m.value]));
	const known = new Map(loadAllEvents().map((e) => [e.id, e]));
	const seen = new Set<string>();
	const events = s.events.map((e, i) => {
		const where = `events.${i}`;
		if (seen.has(e.id)) throw new DataError(`field "${where}.id": the id "${e.id}" is used twice`);
		seen.add(e.id);
		if (!within(e.date, s.from, s.to)) throw new DataError(`field "${where}.date": ${e.date} is outside the chart's months, ${s.from} to ${s.to}`);
		if (i > 0 && e.date < s.events[i - 1]!.date) throw new DataError(`field "${where}.date": events must be in date order; ${e.date} comes before ${s.events[i - 1]!.date}`);
		const event = known.get(e.id);
		if (event && event.date !== e.date)
			throw new DataError(`${event.file}: event "${e.id}" is dated ${event.date}, but the chart's field "${where}.date" says ${e.date}; check the date and update one of them`);
		const value = valueOf.get(e.date.slice(0, 7));
		if (e.record) {
			const top = months.reduce<(typeof months)[number] | undefined>((a, b) => (!a || b.value > a.value ? b : a), undefined);
			if (!top || top.month !== e.date.slice(0, 7))
				throw new DataError(`field "${where}.record": the highest month in ${file} from ${s.from} to ${s.to} is ${top?.month ?? '(none)'}, not ${e.date.slice(0, 7)}`);
		}
		const fill = (text: string, lang: Lang, field: string) => {
			if (!text.includes('{value}')) return text;
			if (value === undefined) throw new DataError(`field "${where}.${field}": "{value}" needs a context value for ${e.date.slice(0, 7)}`);
			return text.replaceAll('{value}', formatInteger(value, lang));
		};
		const both = (t: { en: string; es: string }, field: string) => ({ en: fill(t.en, 'en', `${field}.en`), es: fill(t.es, 'es', `${field}.es`) });
		return { n: i + 1, id: e.id, date: e.date, label: both(e.label, 'label'), title: both(e.title, 'title') };
	});
	return {
		from: s.from,
		to: s.to,
		months,
		...(s.context?.legend ? { legend: s.context.legend } : {}),
		...(s.context?.narrowLegend ? { narrowLegend: s.context.narrowLegend } : {}),
		events,
		table: s.table,
	};
}

function check(st: TimelineState, data: TimelineData): Problem[] {
	const problems: Problem[] = [];
	const range = `${data.from} to ${data.to}`;
	for (const field of ['from', 'through'] as const) {
		const m = st[field];
		if (m && (m < data.from || m > data.to)) problems.push({ field, message: `${m} is outside the data (${range})` });
	}
	if (st.from && st.through && st.from > st.through) problems.push({ field: 'through', message: `expected a month after "from" (${st.from}), got ${st.through}` });
	if (st.highlight) {
		if (isRange(st.highlight)) {
			st.highlight.forEach((d, i) => {
				if (!within(d, data.from, data.to)) problems.push({ field: `highlight.${i}`, message: `${d} is outside the data (${range})` });
			});
		} else {
			const ids = data.events.map((e) => e.id);
			st.highlight.forEach((id, i) => {
				if (!ids.includes(id)) problems.push({ field: `highlight.${i}`, message: `no event "${id}"; expected one of ${ids.join(', ')}, or a date range like ["${data.from}", "${data.to}"]` });
			});
		}
	}
	(st.notes ?? []).forEach((n, i) => {
		if (!within(n.at, data.from, data.to)) problems.push({ field: `notes.${i}.at`, message: `${n.at} is outside the data (${range})` });
	});
	return problems;
}

function table(data: TimelineData, lang: Lang = 'en'): ChartTable {
	const t = data.table;
	const months: string[] = [];
	for (let m = data.from; m <= data.to;) {
		months.push(m);
		const [y, mm] = m.split('-').map(Number) as [number, number];
		m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
	}
	const valueOf = new Map(data.months.map((m) => [m.month, m.value]));
	const hasValues = data.months.length > 0;
	return {
		columns: [t.month[lang], ...(hasValues && t.value ? [t.value[lang]] : []), t.events[lang]],
		rows: months.map((m) => [
			lang === 'es' ? capital(formatMonth(m, 'es')) : formatMonth(m),
			...(hasValues && t.value ? [valueOf.get(m)!] : []),
			data.events
				.filter((e) => e.date.startsWith(m))
				.map((e) => `${e.n}. ${formatDate(e.date, lang)}: ${e.title[lang]}`)
				.join('; ') || '—',
		]),
	};
}

export default defineKind<Spec, TimelineData, TimelineState>({
	name: 'timeline',
	spec,
	state,
	bind,
	check,
	scene: (data, dims, st, lang) => timelineScene(data, dims, st, lang),
	table,
});
