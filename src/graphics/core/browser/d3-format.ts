/**
 * What the browser bundle gets for `d3-format` (see src/integrations/browser-d3.ts).
 * d3-scale's linear scale carries `tickFormat()`, which needs d3-format; the chart
 * models format their numbers with src/i18n/format.ts and never call it, so the
 * browser does without d3-format (~2 KB gzip). Calling it there fails loudly.
 */
function unavailable(): never {
	throw new Error('d3-format is not in the browser bundle: chart models format numbers with src/i18n/format.ts');
}
export const format = unavailable;
export const formatPrefix = unavailable;
export const formatLocale = unavailable;
export const formatSpecifier = unavailable;
export const precisionFixed = unavailable;
export const precisionPrefix = unavailable;
export const precisionRound = unavailable;
