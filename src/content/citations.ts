/**
 * Citation numbering. Numbers follow the order in which sources are first cited in
 * the MDX body, so they are known before the page renders.
 */
const CITE = /<Cite\s+id=["']([^"']+)["']\s*\/?>/g;

export function citationOrder(body: string): string[] {
	const order: string[] = [];
	for (const match of body.matchAll(CITE)) {
		const id = match[1]!;
		if (!order.includes(id)) order.push(id);
	}
	return order;
}

/**
 * Checks that the frontmatter `sources` list and the body's <Cite> tags agree and
 * that every id exists. Returns a message per problem (empty when all is well).
 */
export function citationProblems(file: string, cited: string[], listed: string[], known: Set<string>): string[] {
	const problems: string[] = [];
	for (const id of cited) {
		if (!known.has(id)) problems.push(`${file}: <Cite id="${id}"/>: unknown source id; expected an id from content/sources/*.yaml`);
		else if (!listed.includes(id)) problems.push(`${file}: field "sources": cited source "${id}" is missing from the frontmatter list`);
	}
	for (const id of listed) {
		if (!cited.includes(id)) problems.push(`${file}: field "sources": "${id}" is listed but never cited with <Cite id="${id}"/>`);
	}
	return problems;
}
