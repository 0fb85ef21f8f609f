/**
 * The browser build swaps d3-color and d3-format for small stand-ins
 * (src/integrations/browser-d3.ts). That is exact only while no chart draws with them:
 * every scene of every chart, in every state, size and language, must come out the
 * same with the stand-ins as the build draws it, and no mark attribute may be a value
 * that d3-color would read as a colour (d3-transition would then blend it).
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('d3-color', () => import('../../src/graphics/core/browser/d3-color'));
vi.mock('d3-format', () => import('../../src/graphics/core/browser/d3-format'));

const { allCharts } = await import('../../src/graphics');
const { LANGS } = await import('../../src/i18n/lang');
const realColor = ((await vi.importActual('d3-color')) as { color: (value: string) => unknown }).color;

describe('charts drawn with the browser build of d3', () => {
	it('uses the stand-ins in this file', async () => {
		const { format } = (await vi.importMock('d3-format')) as { format: (specifier: string) => unknown };
		expect(() => format(',')).toThrow(/not in the browser bundle/);
	});

	for (const chart of allCharts()) {
		it(`${chart.name}: no scene needs d3-format or a colour`, () => {
			const data = chart.load();
			const sizes = [chart.staticSize, ...(chart.narrowSize ? [chart.narrowSize] : []), { width: 320, height: 300 }, { width: 1400, height: 560 }];
			const colours: string[] = [];
			for (const lang of LANGS) {
				for (const size of sizes) {
					for (const state of chart.checkState ? [chart.staticState] : chart.states) {
						for (const layer of chart.scene(data, size, state, lang).layers) {
							for (const mark of layer.marks) {
								for (const [name, value] of Object.entries(mark.attrs)) {
									if (realColor(String(value)) !== null) colours.push(`${state} ${lang} ${mark.key} ${name}="${value}"`);
								}
							}
						}
					}
				}
			}
			expect(colours).toEqual([]);
		});
	}
});
