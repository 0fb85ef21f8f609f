/**
 * Makes the site's text face: Source Serif 4 at the two weights the pages use (400 for
 * text, 700 for headings and bold), cut down to the characters English and Spanish
 * text needs. `npm run fonts` writes src/assets/fonts/; the files are committed.
 *
 * Why: the full variable font (@fontsource-variable/source-serif-4, latin) is 51 KB; a
 * reader's first page fetches the face after its first paint, for the pages after it
 * (docs/decisions/0003-first-paint.md). The regular cut here is ~19 KB.
 *
 * FONT_CHARS is also the @font-face unicode-range (src/styles/global.css) and what
 * tests/unit/fonts.test.ts checks the content against: a character outside it would
 * be drawn in the fallback face, mid-word. Add it here and run `npm run fonts` again.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Inclusive code point ranges: ASCII, Latin-1 (Spanish letters, ¿ ¡ « » º ª), and typographic punctuation. */
export const FONT_RANGES = [
	[0x20, 0x7e],
	[0xa0, 0xff],
	[0x152, 0x153], // Œ œ
	[0x2009, 0x200a], // thin and hair spaces
	[0x2010, 0x2011], // hyphen, non-breaking hyphen
	[0x2013, 0x2014], // – —
	[0x2018, 0x201a], // ‘ ’ ‚
	[0x201c, 0x201e], // “ ” „
	[0x2022, 0x2022], // •
	[0x2026, 0x2026], // …
	[0x202f, 0x202f], // narrow no-break space
	[0x2032, 0x2033], // ′ ″
	[0x2039, 0x203a], // ‹ ›
	[0x20ac, 0x20ac], // €
	[0x2122, 0x2122], // ™
	[0x2191, 0x2193], // ↑ → ↓ (search keys)
	[0x2212, 0x2212], // − (minus)
];

export const FONT_WEIGHTS = [400, 700];

/** FONT_RANGES as CSS unicode-range. */
export function unicodeRange() {
	const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
	return FONT_RANGES.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

export function inFont(codePoint) {
	return FONT_RANGES.some(([a, b]) => codePoint >= a && codePoint <= b);
}

export const FONT_DIR = fileURLToPath(new URL('../src/assets/fonts/', import.meta.url));
export const fontFile = (weight) => `source-serif-4-${weight}.woff2`;

async function main() {
	const require = createRequire(import.meta.url);
	const { default: subsetFont } = await import('subset-font');
	const source = require.resolve('@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2');
	const font = readFileSync(source);
	const text = FONT_RANGES.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');
	const manifest = { source: '@fontsource-variable/source-serif-4 (latin, wght)', unicodeRange: unicodeRange(), files: {} };
	for (const weight of FONT_WEIGHTS) {
		// Pinning the weight axis makes a static face: far smaller than the variable one.
		const out = await subsetFont(font, text, { targetFormat: 'woff2', variationAxes: { wght: weight } });
		writeFileSync(join(FONT_DIR, fontFile(weight)), out);
		manifest.files[fontFile(weight)] = { weight, bytes: out.length, sha256: createHash('sha256').update(out).digest('hex') };
		console.log(`${fontFile(weight)}: ${out.length} bytes`);
	}
	copyFileSync(join(dirname(source), '..', 'LICENSE'), join(FONT_DIR, 'OFL.txt'));
	writeFileSync(join(FONT_DIR, 'fonts.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
