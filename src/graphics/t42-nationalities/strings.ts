/**
 * Words the nationalities chart draws: country names in Spanish (the data file
 * names them in English, which is also the marks' key) and the value label
 * "1,781,514 (61.2%)" in both languages.
 */
import { formatInteger, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { translated } from '../core/words';

const COUNTRY_ES: Record<string, string> = {
	Mexico: 'México',
	Guatemala: 'Guatemala',
	Honduras: 'Honduras',
	'El Salvador': 'El Salvador',
	Ecuador: 'Ecuador',
	Venezuela: 'Venezuela',
	Haiti: 'Haití',
	Cuba: 'Cuba',
	Nicaragua: 'Nicaragua',
};

/** A country as named in the data file, in `lang`. */
export function countryName(name: string, lang: Lang): string {
	return lang === 'es' ? translated(COUNTRY_ES, name, 'src/graphics/t42-nationalities/strings.ts (COUNTRY_ES)') : name;
}

/** Count and share of all Title 42 encounters, e.g. "1,781,514 (61.2%)". */
export function valueLabel(count: number, total: number, lang: Lang): string {
	return `${formatInteger(count, lang)} (${formatPercent((count / total) * 100, 1, lang)})`;
}
