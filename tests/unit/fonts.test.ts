/**
 * The text face is cut down to FONT_RANGES (scripts/fonts.mjs). A character the pages
 * use outside it would be drawn in the fallback face in the middle of a word, so every
 * character of the content and of the site's own words (not the build's messages to
 * authors in chart data bindings) must be in it, and the CSS and
 * the committed font files must have been made from the same ranges.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FONT_DIR, FONT_WEIGHTS, fontFile, inFont, unicodeRange } from '../../scripts/fonts.mjs';

const ROOT = join(import.meta.dirname, '../..');

function files(dir: string, ext: RegExp): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
	});
}

describe('the text face covers every character the pages use', () => {
	it('covers the content and the site words, in English and Spanish', () => {
		const sources = [
			...files(join(ROOT, 'content'), /\.(mdx|ya?ml)$/),
			...['src/i18n', 'src/content', 'src/discovery', 'src/client'].flatMap((dir) => files(join(ROOT, dir), /\.ts$/)),
			...files(join(ROOT, 'src/graphics'), /strings.*\.ts$/),
		];
		expect(sources.length).toBeGreaterThan(40);
		const missing: string[] = [];
		for (const file of sources) {
			const seen = new Set<string>();
			for (const ch of readFileSync(file, 'utf8')) {
				const cp = ch.codePointAt(0)!;
				if (cp < 0x20 || seen.has(ch) || inFont(cp)) continue;
				seen.add(ch);
				missing.push(`${file.slice(ROOT.length + 1)}: "${ch}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`);
			}
		}
		expect(missing, 'add these to FONT_RANGES in scripts/fonts.mjs and run npm run fonts').toEqual([]);
	});

	it('knows the letters of Spanish and the punctuation of both languages', () => {
		for (const ch of 'áéíóúüñÁÉÍÓÚÜÑ¿¡«»ºª–—‘’“”…€ \u202f') expect(inFont(ch.codePointAt(0)!), ch).toBe(true);
		expect(inFont('ł'.codePointAt(0)!)).toBe(false);
	});

	it('declares each face with the ranges the committed files were made from', () => {
		const manifest = JSON.parse(readFileSync(join(FONT_DIR, 'fonts.json'), 'utf8'));
		expect(manifest.unicodeRange).toBe(unicodeRange());
		const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
		const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);
		expect(faces.map((f) => Number(/font-weight:\s*(\d+)/.exec(f)?.[1]))).toEqual(FONT_WEIGHTS);
		for (const face of faces) expect(/unicode-range:\s*([^;]+);/.exec(face)?.[1]).toBe(unicodeRange());
		for (const weight of FONT_WEIGHTS) {
			const bytes = readFileSync(join(FONT_DIR, fontFile(weight)));
			expect(createHash('sha256').update(bytes).digest('hex'), `${fontFile(weight)} was changed by hand; run npm run fonts`).toBe(manifest.files[fontFile(weight)].sha256);
			// The point of the cut: each face well under the 51 KB variable font it comes from.
			expect(bytes.length).toBeLessThan(25_000);
		}
	});
});
