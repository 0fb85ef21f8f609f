/**
 * The charts that MDX may name. Adding a chart: create src/graphics/<name>/ with a
 * pure model.ts and an index.ts definition, then list it here and in client.ts.
 */
import type { ChartDefinition } from './core/chart';
import funding from './funding';
import fundingVotes from './funding-votes';
import encounters from './encounters';
import t42Nationalities from './t42-nationalities';
import delegations from './delegations';
import mexicoTimeline from './mexico-timeline';

// Each chart has its own data and state types; the registry only needs the common shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const charts: Record<string, ChartDefinition<any, string>> = {
	funding,
	'funding-votes': fundingVotes,
	encounters,
	't42-nationalities': t42Nationalities,
	delegations,
	'mexico-timeline': mexicoTimeline,
};

export function getChart(name: string, usedIn = 'an explainer'): ChartDefinition<unknown, string> {
	const chart = charts[name];
	if (!chart) {
		throw new Error(`${usedIn}: unknown chart "${name}"; expected one of ${Object.keys(charts).join(', ')} (src/graphics/index.ts)`);
	}
	return chart;
}

export function allCharts(): ChartDefinition<unknown, string>[] {
	return Object.values(charts);
}
