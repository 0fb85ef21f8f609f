/**
 * A chart may send the browser less data than the build reads (clientData). The
 * steps a reader scrolls through are drawn from that copy, so it must draw exactly
 * the scenes the full data draws, in every state, size and language.
 */
import { describe, expect, it } from 'vitest';
import { allCharts } from '../../src/graphics';
import { LANGS } from '../../src/i18n/lang';
import { chartStates } from '../helpers/mdx-states';

describe('data sent to the browser for scrollytelling', () => {
	const slimmed = allCharts().filter((c) => c.clientData);

	it('is slimmed for the delegations chart, whose table needs more than its scene', () => {
		expect(slimmed.map((c) => c.name)).toContain('delegations');
	});

	for (const chart of slimmed) {
		it(`draws the same scenes as the full data: ${chart.name}`, () => {
			const data = chart.load();
			const client = JSON.parse(JSON.stringify(chart.clientData!(data)));
			expect(JSON.stringify(client).length).toBeLessThan(JSON.stringify(data).length);
			const sizes = [chart.staticSize, ...(chart.narrowSize ? [chart.narrowSize] : []), { width: 480, height: 520 }];
			for (const lang of LANGS) {
				for (const size of sizes) {
					for (const state of chart.states) {
						expect(chart.scene(client, size, state, lang), `${state} ${size.width}×${size.height} ${lang}`).toEqual(chart.scene(data, size, state, lang));
					}
				}
			}
		});
	}

	// A declared chart sends its kind's bind() output as JSON: it must survive the trip.
	for (const chart of allCharts().filter((c) => c.kind)) {
		it(`draws the same scenes from its JSON: ${chart.name}`, () => {
			const data = chart.load();
			const client = JSON.parse(JSON.stringify(data));
			const sizes = [chart.staticSize, ...(chart.narrowSize ? [chart.narrowSize] : [])];
			for (const lang of LANGS)
				for (const size of sizes)
					for (const pair of chartStates(chart))
						expect(chart.scene(client, size, pair[lang], lang), `${pair.id} ${size.width}×${size.height} ${lang}`).toEqual(chart.scene(data, size, pair[lang], lang));
		});
	}
});
