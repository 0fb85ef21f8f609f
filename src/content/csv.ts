/**
 * Reading the project's data files. A missing file or a bad row stops the build
 * with the file, the row number and the field that is wrong.
 */
import { readFileSync, existsSync } from 'node:fs';
import { csvParse, csvFormatRows } from 'd3-dsv';
import { z } from 'astro/zod';

export class DataError extends Error {}

export function readCsv(path: string): Record<string, string>[] {
	if (!existsSync(path)) throw new DataError(`${path}: data file not found`);
	const rows = csvParse(readFileSync(path, 'utf8'));
	return rows.map((row) => ({ ...row }) as Record<string, string>);
}

/** Checks that a CSV has the columns a chart needs. */
export function requireColumns(path: string, rows: Record<string, string>[], columns: string[]): void {
	const have = rows.length ? Object.keys(rows[0]!) : [];
	const missing = columns.filter((c) => !have.includes(c));
	if (missing.length) throw new DataError(`${path}: missing column(s) ${missing.join(', ')}; expected ${columns.join(', ')}`);
}

/** Cell types as schemas: each parses the text of a CSV cell or says what it expected. */
export const cell = {
	/** A whole, non-negative number. */
	integer: z
		.string({ error: 'expected a whole number' })
		.regex(/^\s*\d+\s*$/, { error: 'expected a whole number' })
		.transform(Number),
	/** Any finite number. */
	number: z
		.string({ error: 'expected a number' })
		.refine((v) => v.trim() !== '' && Number.isFinite(Number(v)), { error: 'expected a number' })
		.transform(Number),
	/** Text that is not empty (trimmed). */
	text: z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text' }),
};

function cellError(path: string, rowIndex: number, field: string, value: string | undefined, issue: string): DataError {
	return new DataError(`${path}: row ${rowIndex + 2}, field "${field}": ${issue}, got ${JSON.stringify(value ?? '')}`);
}

/** Parses one cell with a schema or explains what is wrong (file, row, field, value). */
export function parseCell<T>(schema: z.ZodType<T, string>, path: string, rowIndex: number, field: string, value: string | undefined): T {
	const result = schema.safeParse(value);
	if (!result.success) throw cellError(path, rowIndex, field, value, result.error.issues[0]?.message ?? 'unexpected value');
	return result.data;
}

/**
 * Every row of a CSV file through a schema per column: the columns must be there,
 * and the first bad cell stops the build with the file, row, field and value.
 */
export function parseRows<Shape extends Record<string, z.ZodType<unknown, string>>>(
	path: string,
	raw: Record<string, string>[],
	shape: Shape,
): { [K in keyof Shape]: z.output<Shape[K]> }[] {
	requireColumns(path, raw, Object.keys(shape));
	return raw.map((row, i) => Object.fromEntries(Object.entries(shape).map(([field, schema]) => [field, parseCell(schema, path, i, field, row[field])])) as { [K in keyof Shape]: z.output<Shape[K]> });
}

/** Parses a whole, non-negative number from a CSV cell or explains what is wrong. */
export function cellInteger(path: string, rowIndex: number, field: string, value: string | undefined): number {
	return parseCell(cell.integer, path, rowIndex, field, value);
}

export function cellNumber(path: string, rowIndex: number, field: string, value: string | undefined): number {
	return parseCell(cell.number, path, rowIndex, field, value);
}

/** Table rows to CSV text (RFC 4180 quoting), for the download links. */
export function toCsv(columns: string[], rows: (string | number)[][]): string {
	return `${csvFormatRows([columns, ...rows.map((r) => r.map(String))])}\n`;
}
