/**
 * Small helpers for chart words in several languages: per-language tables and
 * Spanish short dates for labels where space is short. Pure; runs in the browser.
 */
import { formatDate, formatMonthShort } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';

/** AP style month abbreviations, for time axes and timeline markers. */
export const MONTHS_AP = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** A month on a time axis: "Jan 2023" / "Apr" (AP style); "ene 2023" / "abr". */
export function axisMonth(month: string, withYear: boolean, lang: Lang): string {
	if (lang === 'es') return withYear ? formatMonthShort(month, 'es') : formatMonthShort(month, 'es').split(' ')[0]!;
	const name = MONTHS_AP[Number(month.slice(5)) - 1]!;
	return withYear ? `${name} ${month.slice(0, 4)}` : name;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2024-02-07" → "Feb 7, 2024": an English date in a chart label, where space is short. */
export function shortDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
}

/** One value per language: every chart's strings table has this shape. */
export type ByLang<T> = Record<Lang, T>;

/**
 * "2024-02-07" → "7 feb 2024" (or "7 feb" without the year); "2023-12" → "dic 2023".
 * Month abbreviations come from format.ts, so charts and tables agree.
 */
export function shortDateEs(iso: string, withYear = true): string {
	const [y, m, d] = iso.split('-');
	const monthYear = formatMonthShort(`${y}-${m}`, 'es');
	if (!d) return monthYear;
	return withYear ? `${Number(d)} ${monthYear}` : `${Number(d)} ${monthYear.split(' ')[0]}`;
}

/**
 * A translation from a table keyed by data values (a country, a vote, a person).
 * Data can grow before its translation does: stop with where to add it rather
 * than draw English on a Spanish page.
 */
export function translated<T>(table: Record<string, T>, key: string, where: string): T {
	const value = table[key];
	if (value === undefined) throw new Error(`${where}: no Spanish text for ${JSON.stringify(key)}; add it there`);
	return value;
}

/** "abril de 2020" → "Abril de 2020", for labels that start with a formatted date. */
export function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2024-02-07" → "7 de febrero" (a date in running text when the year is clear). */
export function dayMonthEs(iso: string): string {
	return formatDate(iso, 'es').replace(/ de \d{4}$/, '');
}
