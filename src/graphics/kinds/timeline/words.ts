/**
 * The timeline kind's own words: short dates for marker labels and month labels for
 * the time axis, in English (AP style: "Jan 5, 2023", "June 2", "Sept") and Spanish
 * ("5 ene 2023", "2 jun"). Everything else a timeline says comes from its spec.
 */
import { formatCompact, formatMonthShort } from '../../../i18n/format';
import type { Lang } from '../../../i18n/lang';
import { shortDateEs } from '../../core/words';

const MONTHS_AP = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** A marker's date: "Jan 5, 2023" / "Jan 19" / "Dec 2023" (a whole month always has its year). */
export function shortDate(date: string, withYear: boolean, lang: Lang): string {
	if (lang === 'es') return shortDateEs(date, withYear);
	const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
	if (d === undefined) return `${MONTHS_AP[m - 1]} ${y}`;
	return `${MONTHS_AP[m - 1]} ${d}${withYear ? `, ${y}` : ''}`;
}

/** A month on the time axis: "Jan 2023" / "Apr"; "ene 2023" / "abr". */
export function axisMonth(month: string, withYear: boolean, lang: Lang): string {
	if (lang === 'es') return withYear ? formatMonthShort(month, 'es') : formatMonthShort(month, 'es').split(' ')[0]!;
	const name = MONTHS_AP[Number(month.slice(5)) - 1]!;
	return withYear ? `${name} ${month.slice(0, 4)}` : name;
}

export const tick = (value: number, lang: Lang): string => formatCompact(value, lang);
