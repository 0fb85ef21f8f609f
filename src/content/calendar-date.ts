/**
 * Dates in content and data must name a real calendar day. JavaScript's Date and YAML's
 * timestamp parsing roll an impossible day over ("2023-02-30" becomes March 2), so each
 * date is checked as written, before anything parses it: it must round-trip to the same
 * year, month and day.
 */

/** Why `text` is not a real YYYY-MM-DD day (or YYYY-MM / YYYY when `partial`), or undefined when it is. */
export function calendarDateProblem(text: string, partial = false): string | undefined {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
	const expected = partial ? 'YYYY, YYYY-MM or YYYY-MM-DD' : 'YYYY-MM-DD';
	if (!m || (!partial && m[3] === undefined)) return `expected a date written as ${expected}, got ${JSON.stringify(text)}`;
	const [year, month, day] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
	const d = new Date(Date.UTC(year, month - 1, day));
	if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
		return m[3] === undefined ? `"${text}" is not a month of the calendar (expected 01 to 12)` : `"${text}" is not a day of the calendar (${m[1]}-${m[2]} has no day ${m[3]})`;
	}
	return undefined;
}

/**
 * The date lines of a YAML text that name no real day, as "line N, field "F": problem".
 * Reads `field: YYYY-MM-DD` (quoted or not, also as a list item) for the given field names,
 * so a date is checked as the author wrote it, before a YAML parser rolls it over. `firstLine`
 * is the file's line number of the text's first line (2 for frontmatter after its `---`).
 */
export function yamlDateProblems(text: string, fields: readonly string[], firstLine = 1): string[] {
	const problems: string[] = [];
	const names = fields.map((f) => f.replace(/[^\w-]/g, '')).join('|');
	const line = new RegExp(`^\\s*(?:-\\s+)?(${names}):\\s*["']?(\\d{4}-\\d{1,2}-\\d{1,2})["']?\\s*(?:#.*)?$`);
	text.split('\n').forEach((l, i) => {
		const m = line.exec(l);
		if (!m) return;
		const problem = calendarDateProblem(m[2]!);
		if (problem) problems.push(`line ${i + firstLine}, field "${m[1]}": ${problem}`);
	});
	return problems;
}
