/**
 * Advance widths from a TrueType/OpenType font file, so that social-card text can be
 * wrapped at build time without a browser: the rasterizer (resvg) draws text but does
 * not wrap it. Reads only `head`, `hhea`, `hmtx` and `cmap` (formats 4 and 12).
 * Kerning is ignored, which slightly overestimates widths: lines wrap a little early,
 * never late.
 */
export interface FontMetrics {
	unitsPerEm: number;
	/** Advance width of a code point in font units (0 when the font lacks it). */
	advance(codePoint: number): number;
}

export function parseFontMetrics(bytes: Uint8Array): FontMetrics {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const tables = new Map<string, number>();
	const numTables = view.getUint16(4);
	for (let i = 0; i < numTables; i++) {
		const rec = 12 + i * 16;
		const tag = String.fromCharCode(bytes[rec]!, bytes[rec + 1]!, bytes[rec + 2]!, bytes[rec + 3]!);
		tables.set(tag, view.getUint32(rec + 8));
	}
	const table = (tag: string): number => {
		const offset = tables.get(tag);
		if (offset === undefined) throw new Error(`font has no "${tag}" table`);
		return offset;
	};
	const unitsPerEm = view.getUint16(table('head') + 18);
	const numberOfHMetrics = view.getUint16(table('hhea') + 34);
	const hmtx = table('hmtx');
	const glyphAdvance = (glyph: number): number => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
	const glyphOf = cmapLookup(view, table('cmap'));
	const cache = new Map<number, number>();
	return {
		unitsPerEm,
		advance(codePoint) {
			let width = cache.get(codePoint);
			if (width === undefined) {
				const glyph = glyphOf(codePoint);
				width = glyph === 0 ? 0 : glyphAdvance(glyph);
				cache.set(codePoint, width);
			}
			return width;
		},
	};
}

/** Picks the best Unicode subtable: (3,10) format 12, then (3,1)/(0,x) format 4. */
function cmapLookup(view: DataView, cmap: number): (codePoint: number) => number {
	const count = view.getUint16(cmap + 2);
	let format4: number | undefined;
	let format12: number | undefined;
	for (let i = 0; i < count; i++) {
		const platform = view.getUint16(cmap + 4 + i * 8);
		const encoding = view.getUint16(cmap + 6 + i * 8);
		const sub = cmap + view.getUint32(cmap + 8 + i * 8);
		const format = view.getUint16(sub);
		const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
		if (!unicode) continue;
		if (format === 12) format12 ??= sub;
		if (format === 4) format4 ??= sub;
	}
	if (format12 !== undefined) {
		const sub = format12;
		const groups = view.getUint32(sub + 12);
		return (cp) => {
			for (let g = 0; g < groups; g++) {
				const rec = sub + 16 + g * 12;
				const start = view.getUint32(rec);
				const end = view.getUint32(rec + 4);
				if (cp >= start && cp <= end) return view.getUint32(rec + 8) + (cp - start);
			}
			return 0;
		};
	}
	if (format4 !== undefined) {
		const sub = format4;
		const segCount = view.getUint16(sub + 6) / 2;
		const ends = sub + 14;
		const starts = ends + segCount * 2 + 2;
		const deltas = starts + segCount * 2;
		const rangeOffsets = deltas + segCount * 2;
		return (cp) => {
			if (cp > 0xffff) return 0;
			for (let s = 0; s < segCount; s++) {
				if (view.getUint16(ends + s * 2) < cp) continue;
				const start = view.getUint16(starts + s * 2);
				if (start > cp) return 0;
				const delta = view.getInt16(deltas + s * 2);
				const rangeOffsetAt = rangeOffsets + s * 2;
				const rangeOffset = view.getUint16(rangeOffsetAt);
				if (rangeOffset === 0) return (cp + delta) & 0xffff;
				const glyph = view.getUint16(rangeOffsetAt + rangeOffset + 2 * (cp - start));
				return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
			}
			return 0;
		};
	}
	throw new Error('font has no Unicode cmap subtable');
}

/** Width of a line of text in pixels at `size` px, plus letter spacing per character. */
export function textWidth(metrics: FontMetrics, text: string, size: number, letterSpacing = 0): number {
	let units = 0;
	let chars = 0;
	for (const ch of text) {
		units += metrics.advance(ch.codePointAt(0)!);
		chars++;
	}
	return (units / metrics.unitsPerEm) * size + letterSpacing * chars;
}
