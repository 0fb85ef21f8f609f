/** Title 42 encounters by nationality (CBP), from data/t42-nationalities.csv. */
import { join } from 'node:path';
import { cellInteger, DataError, readCsv, requireColumns } from '../../content/csv';
import type { NationalityRow } from './model';

export const NATIONALITIES_FILE = 'data/t42-nationalities.csv';

export function loadNationalities(root = process.env.DATA_ROOT || process.cwd()): NationalityRow[] {
	const raw = readCsv(join(root, NATIONALITIES_FILE));
	requireColumns(NATIONALITIES_FILE, raw, ['nationality', 'title42_encounters']);
	return raw.map((r, i) => {
		if (!r.nationality?.trim()) throw new DataError(`${NATIONALITIES_FILE}: row ${i + 2}, field "nationality": expected a country name`);
		return { nationality: r.nationality.trim(), count: cellInteger(NATIONALITIES_FILE, i, 'title42_encounters', r.title42_encounters) };
	});
}
