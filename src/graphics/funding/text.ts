/**
 * Pure text measurement for layout: an estimate of how wide a label is drawn in the
 * site's sans-serif UI font, erring on the wide side so that labels placed with it
 * do not collide. Also used by tests to check for overlaps.
 */

const NARROW = new Set([...'il|.,:;!\'’ij']);
const SEMI = new Set([...'ftrI()[]-/ ']);
const WIDE_LOWER = new Set([...'mw']);
const WIDE_UPPER = new Set([...'MW%']);

function charEm(ch: string): number {
	if (NARROW.has(ch)) return 0.28;
	if (SEMI.has(ch)) return 0.34;
	if (WIDE_LOWER.has(ch)) return 0.84;
	if (WIDE_UPPER.has(ch)) return 0.9;
	if (/[0-9$–—]/.test(ch)) return 0.57;
	if (/[A-Z]/.test(ch)) return 0.69;
	if (/[a-z]/.test(ch)) return 0.54;
	return 0.6;
}

/** Estimated width in px of `text` at `fontSize` px; `bold` covers weights 600–700. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const ch of text) em += charEm(ch);
	return em * fontSize * (bold ? 1.1 : 1.04);
}

/** Greedy word wrap to lines no wider than `maxWidth` (a single long word stays whole). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, fontSize, bold) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = next;
		}
	}
	if (line) lines.push(line);
	return lines;
}
