/**
 * Monthly southwest-border encounters by legal authority (CBP), read from
 * data/sw-border-encounters-monthly.csv and checked row by row. The encounters
 * chart reads the same file through its spec (data/encounters.chart.yaml); the
 * Mexico timeline reads it here.
 */
import { join } from 'node:path';
import { cellInteger, DataError, readCsv, requireColumns } from '../csv';

/** One month of southwest-border encounters by legal authority. */
export interface MonthRow {
	month: string;
	title8: number;
	title42: number;
	total: number;
}

export const ENCOUNTERS_FILE = 'data/sw-border-encounters-monthly.csv';

export function loadEncounters(root = process.env.DATA_ROOT || process.cwd()): MonthRow[] {
	const path = join(root, ENCOUNTERS_FILE);
	const raw = readCsv(path);
	requireColumns(ENCOUNTERS_FILE, raw, ['month', 'title8', 'title42', 'total']);
	return parseEncounterRows(raw, ENCOUNTERS_FILE);
}

/** Validates rows: month order without gaps, whole numbers, and Title 8 + Title 42 = total. */
export function parseEncounterRows(raw: Record<string, string>[], file: string): MonthRow[] {
	const rows = raw.map((r, i) => {
		if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(r.month ?? '')) {
			throw new DataError(`${file}: row ${i + 2}, field "month": expected YYYY-MM, got ${JSON.stringify(r.month ?? '')}`);
		}
		const row: MonthRow = {
			month: r.month!,
			title8: cellInteger(file, i, 'title8', r.title8),
			title42: cellInteger(file, i, 'title42', r.title42),
			total: cellInteger(file, i, 'total', r.total),
		};
		if (row.title8 + row.title42 !== row.total) {
			throw new DataError(`${file}: row ${i + 2}, field "total": expected title8 + title42 = ${row.title8 + row.title42}, got ${row.total}`);
		}
		return row;
	});
	for (let i = 1; i < rows.length; i++) {
		if (nextMonth(rows[i - 1]!.month) !== rows[i]!.month) {
			throw new DataError(`${file}: row ${i + 2}, field "month": expected ${nextMonth(rows[i - 1]!.month)} after ${rows[i - 1]!.month}, got ${rows[i]!.month}`);
		}
	}
	if (!rows.length) throw new DataError(`${file}: no data rows`);
	return rows;
}

function nextMonth(month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
