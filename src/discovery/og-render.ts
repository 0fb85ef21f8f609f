/**
 * Build-time only (Node): rasterizes social-card SVG to PNG with resvg, using the
 * font files of an npm package, never system fonts or the network, so the same
 * input gives the same bytes on every machine. Also measures text with the same
 * font files (font-metrics.ts) so the card layout wraps where the rasterizer draws.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import resvg from '@resvg/resvg-js';
import { parseFontMetrics, textWidth, type FontMetrics } from './font-metrics';
import type { Measure } from './og-card';

/** Source Serif 4, the site's text face, as static TrueType files (resvg reads TTF/OTF, not WOFF2). */
const FONT_PACKAGE = '@expo-google-fonts/source-serif-4';
const FONT_FILES = {
	regular: '400Regular/SourceSerif4_400Regular.ttf',
	semibold: '600SemiBold/SourceSerif4_600SemiBold.ttf',
	bold: '700Bold/SourceSerif4_700Bold.ttf',
} as const;
export const CARD_FONT_FAMILY = 'Source Serif 4';

// Resolved from the project root: this module runs from Astro's bundled build output.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));
const fontPath = (file: string): string => projectRequire.resolve(`${FONT_PACKAGE}/${file}`);

let fonts: { files: string[]; regular: FontMetrics; bold: FontMetrics } | undefined;
function loadFonts() {
	if (!fonts) {
		const files = Object.values(FONT_FILES).map(fontPath);
		fonts = {
			files,
			regular: parseFontMetrics(readFileSync(fontPath(FONT_FILES.regular))),
			bold: parseFontMetrics(readFileSync(fontPath(FONT_FILES.bold))),
		};
	}
	return fonts;
}

/** Text widths in the card font (regular or bold), in px. */
export const measureCardText: Measure = (text, size, weight) => {
	const f = loadFonts();
	return textWidth(weight === 'bold' ? f.bold : f.regular, text, size);
};

/** SVG markup → PNG bytes at the SVG's own size. */
export function rasterize(svg: string): Uint8Array<ArrayBuffer> {
	const r = new resvg.Resvg(svg, {
		font: { fontFiles: loadFonts().files, loadSystemFonts: false, defaultFontFamily: CARD_FONT_FAMILY },
		fitTo: { mode: 'original' },
		shapeRendering: 2,
		textRendering: 1,
	});
	// A plain ArrayBuffer-backed copy: what a Response body accepts.
	return Uint8Array.from(r.render().asPng());
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
