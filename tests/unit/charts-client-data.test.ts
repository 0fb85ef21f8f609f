/**
 * A chart may send the browser less data than the build reads (clientData). The
 * steps a reader scrolls through are drawn from that copy, so it must draw exactly
 * the scenes the full data draws, in every state, size and language.
 */
import { describe, expect, it } from 'vitest';
import { allCharts } from '../../src/graphics';
import { LANGS } from '../../src/i18n/lang';
import { chartStates } from '../helpers/declared-states';

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

	// A chart declared in content sends its bound data as it is; the browser draws with its kind's client.ts, states parsed from the page.
	for (const chart of allCharts().filter((c) => c.kind)) {
		it(`draws the same scenes from /data/${chart.name}.json with the ${chart.kind} kind's client`, async () => {
			const { scene } = (await import(`../../src/graphics/kinds/${chart.kind}/client.ts`)) as typeof import('../../src/graphics/kinds/bars/client');
			const data = chart.load();
			const json = JSON.parse(JSON.stringify(data));
			const states = chartStates(chart);
			expect(states.length).toBeGreaterThan(0);
			for (const lang of LANGS) {
				for (const size of [chart.staticSize, ...(chart.narrowSize ? [chart.narrowSize] : []), { width: 480, height: 520 }]) {
					for (const st of states) expect(scene(json, size, JSON.parse(st[lang]), lang), `${st.id} ${size.width}×${size.height} ${lang}`).toEqual(chart.scene(data, size, st[lang], lang));
				}
			}
		});
	}
});
