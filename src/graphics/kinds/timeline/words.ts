/**
 * The timeline kind's own words: short dates for marker labels, in English (AP style:
 * "Jan 5, 2023", "June 2") and Spanish ("5 ene 2023", "2 jun"). The time axis's month
 * labels are axisMonth (core/words.ts). Everything else a timeline says comes from its spec.
 */
import { formatCompact } from '../../../i18n/format';
import type { Lang } from '../../../i18n/lang';
import { MONTHS_AP, shortDateEs } from '../../core/words';

/** A marker's date: "Jan 5, 2023" / "Jan 19" / "Dec 2023" (a whole month always has its year). */
export function shortDate(date: string, withYear: boolean, lang: Lang): string {
	if (lang === 'es') return shortDateEs(date, withYear);
	const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
	if (d === undefined) return `${MONTHS_AP[m - 1]} ${y}`;
	return `${MONTHS_AP[m - 1]} ${d}${withYear ? `, ${y}` : ''}`;
}

export const tick = (value: number, lang: Lang): string => formatCompact(value, lang);
