/** Formatting shared by prose components, charts and tables (English, U.S. style). */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 302034 → "302,034" */
export function formatInteger(value: number): string {
	return integer.format(value);
}

/** 250000 → "250K"; used for axis ticks only, where space is short. */
export function formatCompact(value: number): string {
	if (value === 0) return '0';
	if (Math.abs(value) >= 1e6) return `${+(value / 1e6).toFixed(1)}M`;
	return `${+(value / 1e3).toFixed(0)}K`;
}

/** 14.3 → "$14.3B" */
export function formatBillions(value: number): string {
	return `$${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}B`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-12" → "December 2023" */
export function formatMonth(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return `${MONTHS[m! - 1]} ${y}`;
}

/** "2023-12" → "Dec 2023" */
export function formatMonthShort(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return `${MONTHS_SHORT[m! - 1]} ${y}`;
}

/** Date or "YYYY-MM-DD" / "YYYY-MM" / "YYYY" → "January 19, 2024" / "January 2024" / "2024" (UTC, no time-zone drift). */
export function formatDate(value: Date | string): string {
	const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
	const [y, m, d] = iso.split('-').map(Number);
	if (!m) return String(y);
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
