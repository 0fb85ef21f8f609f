/**
 * The one shape every chart model returns: layers of keyed marks with final SVG
 * attributes. Models stay pure (no DOM); the build turns a scene into static SVG
 * (svg-string.ts) and the browser moves between scenes with keyed D3 joins
 * (animate.ts), matching marks by `key` so that a bar in one step state becomes
 * the same bar in the next.
 */
export type MarkTag = 'rect' | 'line' | 'text' | 'circle' | 'path' | 'g';

export interface Mark {
	/** Unique within its layer and stable across states: the join key. */
	key: string;
	tag: MarkTag;
	/** Numeric and string SVG attributes; numbers are rounded when written. */
	attrs: Record<string, string | number>;
	/** CSS classes (styling lives in CSS so both themes and print work). */
	className?: string;
	/** Text content; several lines become <tspan> rows. */
	lines?: string[];
}

export interface Layer {
	id: string;
	marks: Mark[];
}

export interface Scene {
	width: number;
	height: number;
	layers: Layer[];
}

export interface Dimensions {
	width: number;
	height: number;
}

/** Rounds to a tenth of a pixel (finer than any screen shows) so that golden files and DOM attributes stay small and stable. */
export function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/** Convenience constructor that keeps model code short and readable. */
export function mark(tag: MarkTag, key: string, attrs: Mark['attrs'], extra: Partial<Mark> = {}): Mark {
	return { tag, key, attrs, ...extra };
}

/** Line height of multi-line labels, in em. */
export const LINE_HEIGHT_EM = 1.2;
