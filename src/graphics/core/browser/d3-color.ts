/**
 * What the browser bundle gets for `d3-color` (see src/integrations/browser-d3.ts).
 * d3-transition and d3-interpolate parse every attribute value as a colour to decide
 * whether to blend it as a colour; chart colours live in CSS classes, so no mark
 * attribute is ever a colour (tests/unit/browser-d3.test.ts checks every state of
 * every chart) and `color()` answers "not a colour" for all of them, as d3-color
 * itself does. That keeps d3-color's parser and its table of 148 colour names out of
 * the page (~4 KB gzip). Anything that really needs a colour space fails loudly.
 */
function unavailable(name: string): never {
	throw new Error(`d3-color's ${name}() is not in the browser bundle: chart colours belong in CSS classes`);
}

/** "Not a colour", which is d3-color's answer for every value a chart mark carries. */
export function color(_value: string): null {
	return null;
}
export const rgb = (): never => unavailable('rgb');
export const hsl = (): never => unavailable('hsl');
export const lab = (): never => unavailable('lab');
export const hcl = (): never => unavailable('hcl');
export const lch = (): never => unavailable('lch');
export const gray = (): never => unavailable('gray');
export const cubehelix = (): never => unavailable('cubehelix');
