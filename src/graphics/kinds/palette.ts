/**
 * The site's fixed chart palette, by the names spec files use (`colour: orange`).
 * Each name is a pair of CSS classes (fill-c-<name>, stroke-c-<name>) defined in
 * src/styles/charts.css, so both themes, print and forced colours stay in CSS.
 * The hues are checked against the common forms of colour blindness.
 */
import { z } from 'astro/zod';

export const PALETTE = ['orange', 'blue', 'green', 'purple', 'grey', 'red', 'navy', 'sky', 'teal', 'violet'] as const;
export type Colour = (typeof PALETTE)[number];

export const colour = z.enum(PALETTE, { error: `expected a colour of the site's palette: ${PALETTE.join(', ')}` });

export const fillClass = (c: Colour): string => `fill-c-${c}`;
export const strokeClass = (c: Colour): string => `stroke-c-${c}`;
