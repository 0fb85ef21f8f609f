/**
 * A Vite plugin for the browser build only: `d3-color` and `d3-format` resolve to the
 * small stand-ins in src/graphics/core/browser/. The scrolly graphics run the same
 * chart models in the browser as at build time, with d3-scale, d3-selection and
 * d3-transition; those packages import d3-color (to blend colour attributes, which
 * our marks never have: colours are CSS classes) and d3-format (for scale tick labels,
 * which the models never ask d3 for). The build, which draws the static SVG, and the
 * unit tests keep the real packages.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const STAND_INS: Record<string, string> = {
	'd3-color': fileURLToPath(new URL('../graphics/core/browser/d3-color.ts', import.meta.url)),
	'd3-format': fileURLToPath(new URL('../graphics/core/browser/d3-format.ts', import.meta.url)),
};

export function browserD3(): Plugin {
	return {
		name: 'border-browser-d3',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		resolveId(id) {
			return STAND_INS[id];
		},
	};
}
