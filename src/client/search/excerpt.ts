/**
 * Pagefind returns excerpts as HTML: escaped text plus <mark> around matches. We
 * never insert that HTML; we rebuild it as text nodes and <mark> elements, so
 * nothing in an indexed page or a query can become markup.
 */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
	return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
		const lower = name.toLowerCase();
		if (lower in ENTITIES) return ENTITIES[lower]!;
		if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
		if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
		return whole;
	});
}

export function parseExcerpt(html: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of html.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') marked = true;
		else if (piece === '</mark>') marked = false;
		else if (piece) parts.push({ text: decodeEntities(piece.replace(/<[^>]*>/g, '')), marked });
	}
	return parts;
}
