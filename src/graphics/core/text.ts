/**
 * Pure text measurement for layout: an estimate of how wide a label is drawn.
 * Widths are those of DejaVu Sans, the widest common fallback for the site's
 * `system-ui` stack (San Francisco, Segoe UI and Roboto are narrower), so labels
 * placed with it do not collide on any platform. Also used by tests for overlaps.
 */

// Advance widths in em (DejaVu Sans Book).
const EM: Record<string, number> = {
	a: 0.613,
	b: 0.635,
	c: 0.55,
	d: 0.635,
	e: 0.615,
	f: 0.352,
	g: 0.635,
	h: 0.634,
	i: 0.278,
	j: 0.278,
	k: 0.579,
	l: 0.278,
	m: 0.974,
	n: 0.634,
	o: 0.612,
	p: 0.635,
	q: 0.635,
	r: 0.411,
	s: 0.521,
	t: 0.392,
	u: 0.634,
	v: 0.592,
	w: 0.818,
	x: 0.592,
	y: 0.592,
	z: 0.525,
	A: 0.684,
	B: 0.686,
	C: 0.698,
	D: 0.77,
	E: 0.632,
	F: 0.575,
	G: 0.775,
	H: 0.752,
	I: 0.295,
	J: 0.295,
	K: 0.656,
	L: 0.557,
	M: 0.863,
	N: 0.748,
	O: 0.787,
	P: 0.603,
	Q: 0.787,
	R: 0.695,
	S: 0.635,
	T: 0.611,
	U: 0.732,
	V: 0.684,
	W: 0.989,
	X: 0.685,
	Y: 0.611,
	Z: 0.685,
	' ': 0.318,
	'\u00a0': 0.318,
	'.': 0.318,
	',': 0.318,
	':': 0.337,
	';': 0.337,
	'’': 0.318,
	"'": 0.275,
	'·': 0.318,
	'/': 0.337,
	'-': 0.361,
	'–': 0.5,
	'—': 1,
	'(': 0.39,
	')': 0.39,
	'%': 0.95,
	$: 0.636,
	'&': 0.78,
};
const DIGIT = 0.636;
/** DejaVu Sans Bold (used for weights 600 and 700) is about 10–12% wider. */
const BOLD = 1.12;
const SAFETY = 1.02;

/** Estimated width in px of `text` at `fontSize` px; `bold` covers weights 600–700. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const ch of text) em += EM[ch] ?? (/[0-9]/.test(ch) ? DIGIT : 0.65);
	return em * fontSize * (bold ? BOLD : 1) * SAFETY;
}

/**
 * Greedy word wrap to lines no wider than `maxWidth` (a single long word stays whole).
 * Breaks at ordinary spaces only: a no-break space keeps "13 600 mdd" or a date whole.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const words = text.split(/[ \t\n\r]+/).filter(Boolean);
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
