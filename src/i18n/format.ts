/**
 * Formatting shared by prose components, charts and tables.
 *
 * English follows U.S. style ("302,034", "January 19, 2024"). Spanish follows
 * Mexico's NOM-008-SCFI-2002 as our style guide: digits grouped in threes by a
 * no-break space from five digits up ("30 000", but "5000"), a decimal point
 * ("9.9"), and dates as "19 de enero de 2024".
 */
import type { Lang } from './lang';

const NBSP = '\u00a0';
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 302034 → "302,034" (en) or "302 034" (es, no-break space). */
export function formatInteger(value: number, lang: Lang = 'en'): string {
	if (lang === 'en') return integer.format(value);
	const digits = String(Math.round(Math.abs(value)));
	const grouped = digits.length < 5 ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
	return value < 0 ? `−${grouped}` : grouped;
}

/** 9.87 → "9.9 %" style percentages: en "9.9%", es "9.9 %". */
export function formatPercent(value: number, digits = 1, lang: Lang = 'en'): string {
	const text = value.toFixed(digits);
	return lang === 'en' ? `${text}%` : `${text}${NBSP}%`;
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

/** 14.3 → "$14.3B" (en) or "14 300 millones de dólares" (es; "mdd" when `short`). */
export function formatBillions(value: number, lang: Lang = 'en', short = false): string {
	if (lang === 'en') return `$${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}B`;
	const millions = formatInteger(Math.round(value * 1000), 'es');
	return short ? `${millions}${NBSP}mdd` : `${millions} millones de dólares`;
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
