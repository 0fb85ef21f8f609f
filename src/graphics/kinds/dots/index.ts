/**
 * The dots kind (build time): a unit grid, one dot per unit, rows by category,
 * colours by value. Spec (data/<name>.chart.yaml), beside the common fields:
 *
 *   category: chamber            the column whose values make the rows
 *   value: vote                  the column whose values colour the dots
 *   count: n                     optional: a column of counts (each CSV row stands for
 *                                that many units); without it every CSV row is one unit
 *   values:                      every value of the `value` column, in drawing order
 *     - { key: yes, label: { en: Yes, es: Sí }, colour: blue }
 *   categories:                  optional: row order and labels; by default the CSV's
 *     - { key: Senate, label: { en: Senate, es: Senado } }   order, labelled as written
 *   threshold:                   optional: the units needed, a number or a column
 *     { count: 60 | column: needed, label: { en: "{count} needed", es: "se necesitaban {count}" } }
 *   table: { category, total, threshold? }: the table's column headers, { en, es } each
 */
import { z } from 'astro/zod';
import { DataError } from '../../../content/csv';
import type { Lang } from '../../../i18n/lang';
import type { ChartTable } from '../../core/chart';
import { defineKind, type Problem } from '../kind';
import { colour } from '../palette';
import { dotsScene, type DotsData, type DotsRow, type DotsState } from './model';

const bilingual = z.strictObject({ en: z.string().trim().min(1), es: z.string().trim().min(1) }, { error: 'expected { en: "…", es: "…" }' });
const column = z.string().min(1, { error: 'expected a column name of the CSV' });
const key = z.string().trim().min(1, { error: 'expected a value as written in the CSV' });

const spec = z.strictObject({
	category: column,
	value: column,
	count: column.optional(),
	values: z.array(z.strictObject({ key, label: bilingual, colour })).min(1, { error: 'expected at least one value' }),
	categories: z
		.array(z.strictObject({ key, label: bilingual }))
		.min(1)
		.optional(),
	threshold: z
		.strictObject({
			count: z.number().int().min(1, { error: 'expected a whole number of units, 1 or more' }).optional(),
			column: column.optional(),
			label: bilingual,
		})
		.refine((t) => (t.count === undefined) !== (t.column === undefined), { error: 'expected either count: <number> or column: <name>, not both' })
		.optional(),
	table: z.strictObject({ category: bilingual, total: bilingual, threshold: bilingual.optional() }),
});
type Spec = z.output<typeof spec>;

const state = z.strictObject({
	highlight: z.array(key, { error: 'expected a list of categories or values, as written in the CSV' }).min(1).optional(),
	notes: z
		.array(
			z.strictObject({
				at: key,
				text: z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)], { error: 'expected the note’s text, or a list of its lines' }),
			}),
		)
		.optional(),
}) satisfies z.ZodType<DotsState>;

function bind(s: Spec, rows: Record<string, string>[], file: string): DotsData {
	if (!rows.length) throw new DataError(`${file}: no data rows`);
	const header = Object.keys(rows[0]!);
	const fields = { category: s.category, value: s.value, count: s.count, 'threshold.column': s.threshold?.column };
	for (const [field, name] of Object.entries(fields)) {
		if (name !== undefined && !header.includes(name)) throw new DataError(`field "${field}": no column "${name}" in ${file}; expected one of ${header.join(', ')}`);
	}
	const valueKeys = s.values.map((v) => v.key);
	const byKey = new Map<string, DotsRow>();
	const order: string[] = s.categories?.map((c) => c.key) ?? [];
	rows.forEach((row, i) => {
		const where = (col: string) => `${file}: row ${i + 2}, column "${col}"`;
		const category = (row[s.category] ?? '').trim();
		if (!category) throw new DataError(`${where(s.category)}: expected a category`);
		if (s.categories && !order.includes(category)) throw new DataError(`${where(s.category)}: "${category}" is not one of the spec's categories (${order.join(', ')}); add it to "categories"`);
		const value = (row[s.value] ?? '').trim();
		if (!valueKeys.includes(value)) throw new DataError(`${where(s.value)}: expected one of ${valueKeys.join(', ')} (the spec's "values"), got ${JSON.stringify(value)}`);
		let n = 1;
		if (s.count) {
			const text = (row[s.count] ?? '').trim();
			n = Number(text);
			if (!/^\d+$/.test(text)) throw new DataError(`${where(s.count)}: expected a whole number, got ${JSON.stringify(text)}`);
		}
		if (!byKey.has(category)) {
			if (!s.categories) order.push(category);
			byKey.set(category, { key: category, label: { en: category, es: category }, counts: Object.fromEntries(valueKeys.map((k) => [k, 0])) });
		}
		const entry = byKey.get(category)!;
		entry.counts[value]! += n;
		if (s.threshold) {
			const needed = s.threshold.count ?? Number((row[s.threshold.column!] ?? '').trim());
			if (!Number.isInteger(needed) || needed < 1) throw new DataError(`${where(s.threshold.column!)}: expected a whole number of units needed, got ${JSON.stringify(row[s.threshold.column!])}`);
			if (entry.threshold !== undefined && entry.threshold !== needed) throw new DataError(`${where(s.threshold.column!)}: "${category}" needs ${entry.threshold} on an earlier row, ${needed} here`);
			entry.threshold = needed;
		}
	});
	for (const c of s.categories ?? []) {
		const entry = byKey.get(c.key);
		if (!entry) throw new DataError(`${file}: no row with "${c.key}" in column "${s.category}" (the spec's categories list it)`);
		entry.label = c.label;
	}
	return {
		values: s.values,
		rows: order.map((k) => byKey.get(k)!),
		...(s.threshold ? { thresholdLabel: s.threshold.label, thresholdHeader: s.table.threshold ?? { en: 'Needed', es: 'Necesarios' } } : {}),
		categoryHeader: s.table.category,
		totalHeader: s.table.total,
	};
}

function check(st: DotsState, data: DotsData): Problem[] {
	const rows = data.rows.map((r) => r.key);
	const values = data.values.map((v) => v.key);
	const problems: Problem[] = [];
	(st.highlight ?? []).forEach((h, i) => {
		if (!rows.includes(h) && !values.includes(h)) problems.push({ field: `highlight.${i}`, message: `no category or value "${h}"; expected one of ${[...rows, ...values].join(', ')}` });
	});
	(st.notes ?? []).forEach((n, i) => {
		if (!rows.includes(n.at)) problems.push({ field: `notes.${i}.at`, message: `no category "${n.at}" in the data; expected one of ${rows.join(', ')}` });
	});
	return problems;
}

function table(data: DotsData, lang: Lang = 'en'): ChartTable {
	const threshold = data.thresholdLabel && data.rows.some((r) => r.threshold !== undefined);
	return {
		columns: [data.categoryHeader[lang], ...data.values.map((v) => v.label[lang]), data.totalHeader[lang], ...(threshold ? [data.thresholdHeader![lang]] : [])],
		rows: data.rows.map((r) => [r.label[lang], ...data.values.map((v) => r.counts[v.key] ?? 0), Object.values(r.counts).reduce((a, b) => a + b, 0), ...(threshold ? [r.threshold ?? '—'] : [])]),
	};
}

export default defineKind<Spec, DotsData, DotsState>({
	name: 'dots',
	spec,
	state,
	bind,
	check,
	scene: (data, dims, st, lang) => dotsScene(data, dims, st, lang),
	table,
});
