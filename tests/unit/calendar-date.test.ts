import { describe, expect, it } from 'vitest';
import { calendarDateProblem, yamlDateProblems } from '../../src/content/calendar-date';

describe('calendar dates', () => {
	it('accepts real days, leap days included, and rejects days the calendar does not have', () => {
		expect(calendarDateProblem('2024-02-29')).toBeUndefined();
		expect(calendarDateProblem('2023-12-31')).toBeUndefined();
		expect(calendarDateProblem('2023-02-30')).toBe('"2023-02-30" is not a day of the calendar (2023-02 has no day 30)');
		expect(calendarDateProblem('2023-02-29')).toMatch(/no day 29/);
		expect(calendarDateProblem('2021-04-31')).toMatch(/no day 31/);
		expect(calendarDateProblem('2021-13-01')).toMatch(/not a day of the calendar/);
		expect(calendarDateProblem('2021-01-00')).toMatch(/not a day of the calendar/);
	});

	it('takes YYYY and YYYY-MM only where a partial date is allowed', () => {
		expect(calendarDateProblem('2023-12', true)).toBeUndefined();
		expect(calendarDateProblem('2023', true)).toBeUndefined();
		expect(calendarDateProblem('2023-13', true)).toBe('"2023-13" is not a month of the calendar (expected 01 to 12)');
		expect(calendarDateProblem('2023-12')).toBe('expected a date written as YYYY-MM-DD, got "2023-12"');
		expect(calendarDateProblem('last spring')).toContain('YYYY-MM-DD');
	});

	it('finds impossible dates in YAML text as written, with line and field', () => {
		const text = 'title: x\npublished: 2023-02-30\nchanges:\n  - date: "2021-04-31"\n    note: fixed\nupdated: 2024-01-01\nother: 2023-02-30';
		expect(yamlDateProblems(text, ['published', 'updated', 'date'])).toEqual([
			'line 2, field "published": "2023-02-30" is not a day of the calendar (2023-02 has no day 30)',
			'line 4, field "date": "2021-04-31" is not a day of the calendar (2021-04 has no day 31)',
		]);
	});
});
