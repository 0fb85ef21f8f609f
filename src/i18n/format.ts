/**
 * Formatting shared by prose components, charts and tables.
 *
 * English follows U.S. style ("302,034", "January 19, 2024"). Spanish follows the
 * style sheet (docs/style-es.md): numbers as Mexican and U.S. Hispanic newsrooms
 * print them, a comma between thousands from four digits up ("17,106", "5,000"), a
 * decimal point ("9.9"), percentages with no space ("40%"), large sums in millions or
 * in whole thousands of millions ("13,600 millones", "106 mil millones"), and dates
 * as "19 de enero de 2024".
 */
import type { Lang } from './lang';

const NBSP = '\u00a0';
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 302034 → "302,034" (en and es). */
export function formatInteger(value: number, lang: Lang = 'en'): string {
	if (lang === 'en') return integer.format(value);
	const grouped = integer.format(Math.round(Math.abs(value)));
	return value < 0 ? `−${grouped}` : grouped;
}

/** 9.87 → "9.9%" (en and es: no space before the sign). */
export function formatPercent(value: number, digits = 1, _lang: Lang = 'en'): string {
	return `${value.toFixed(digits)}%`;
}

/** 250000 → "250K" (en) or "250 mil" (es); axis ticks only, where space is short. */
export function formatCompact(value: number, lang: Lang = 'en'): string {
	if (value === 0) return '0';
	if (lang === 'es') {
		if (Math.abs(value) >= 1e6) return `${+(value / 1e6).toFixed(1)}${NBSP}M`;
		return `${+(value / 1e3).toFixed(0)}${NBSP}mil`;
	}
	if (Math.abs(value) >= 1e6) return `${+(value / 1e6).toFixed(1)}M`;
	return `${+(value / 1e3).toFixed(0)}K`;
}

/**
 * 14.3 → "$14.3B" (en); es: "14,300 millones de dólares", and a whole number of
 * thousands of millions as "106 mil millones de dólares"; `short` gives "14,300 mdd" /
 * "106 mil mdd" (chart labels, with a no-break space before the unit).
 */
export function formatBillions(value: number, lang: Lang = 'en', short = false): string {
	if (lang === 'en') return `$${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}B`;
	const millions = Math.round(value * 1000);
	const amount = millions >= 1000 && millions % 1000 === 0 ? `${formatInteger(millions / 1000, 'es')}${NBSP}mil` : formatInteger(millions, 'es');
	return short ? `${amount}${NBSP}mdd` : `${amount} millones de dólares`;
}

const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_SHORT_ES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-12" → "December 2023" (en) or "diciembre de 2023" (es) */
export function formatMonth(month: string, lang: Lang = 'en'): string {
	const [y, m] = month.split('-').map(Number);
	return lang === 'es' ? `${MONTHS_ES[m! - 1]} de ${y}` : `${MONTHS[m! - 1]} ${y}`;
}

/** "2023-12" → "Dec 2023" (en) or "dic 2023" (es) */
export function formatMonthShort(month: string, lang: Lang = 'en'): string {
	const [y, m] = month.split('-').map(Number);
	return lang === 'es' ? `${MONTHS_SHORT_ES[m! - 1]} ${y}` : `${MONTHS_SHORT[m! - 1]} ${y}`;
}

/**
 * Date or "YYYY-MM-DD" / "YYYY-MM" / "YYYY" → "January 19, 2024" / "January 2024" / "2024"
 * (es: "19 de enero de 2024" / "enero de 2024"). UTC, so no time-zone drift.
 */
export function formatDate(value: Date | string, lang: Lang = 'en'): string {
	const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
	const [y, m, d] = iso.split('-').map(Number);
	if (!m) return String(y);
	if (lang === 'es') return d ? `${d} de ${MONTHS_ES[m - 1]} de ${y}` : `${MONTHS_ES[m - 1]} de ${y}`;
	if (!d) return `${MONTHS[m - 1]} ${y}`;
	return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** Date → "2024-01-19" for <time datetime>. */
export function isoDay(value: Date): string {
	return value.toISOString().slice(0, 10);
}

/** Words per minute used for reading-time estimates. */
const WPM = 230;
export function readingMinutes(text: string): number {
	const words = text.split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.round(words / WPM));
}
