/**
 * Reading the project's data files. A missing file or a bad row stops the build
 * with the file, the row number and the field that is wrong.
 */
import { readFileSync, existsSync } from 'node:fs';
import { csvParse, csvFormatRows } from 'd3-dsv';

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

/** Parses a whole, non-negative number from a CSV cell or explains what is wrong. */
export function cellInteger(path: string, rowIndex: number, field: string, value: string | undefined): number {
	if (value === undefined || !/^\d+$/.test(value.trim())) {
		throw new DataError(`${path}: row ${rowIndex + 2}, field "${field}": expected a whole number, got ${JSON.stringify(value ?? '')}`);
	}
	return Number(value);
}

export function cellNumber(path: string, rowIndex: number, field: string, value: string | undefined): number {
	const n = Number(value);
	if (value === undefined || value.trim() === '' || !Number.isFinite(n)) {
		throw new DataError(`${path}: row ${rowIndex + 2}, field "${field}": expected a number, got ${JSON.stringify(value ?? '')}`);
	}
	return n;
}

/** Table rows to CSV text (RFC 4180 quoting), for the download links. */
export function toCsv(columns: string[], rows: (string | number)[][]): string {
	return `${csvFormatRows([columns, ...rows.map((r) => r.map(String))])}\n`;
}
