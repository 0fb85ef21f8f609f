/**
 * The charts that MDX may name, found without a list: every data/<name>.chart.yaml
 * (a chart declared in content, drawn by a kind in kinds/), and every bespoke
 * src/graphics/<name>/index.ts whose default export is a chart definition named
 * <name>. Adding a chart is adding its spec file or its folder; nothing here changes.
 */
import type { ChartDefinition } from './core/chart';
import { declaredCharts } from './kinds/spec';

// Each chart has its own data and state types; the registry only needs the common shape.
type AnyChart = ChartDefinition<unknown, string>;
const modules = import.meta.glob<{ default: AnyChart }>('./*/index.ts', { eager: true });

const charts: Record<string, AnyChart> = {};
for (const [path, module] of Object.entries(modules)) {
	const folder = path.split('/')[1]!;
	const chart = module.default;
	if (!chart || chart.name !== folder) {
		throw new Error(`src/graphics/${folder}/index.ts: its default export must be defineChart({ name: "${folder}", … }) (the name is the folder's)`);
	}
	charts[folder] = chart;
}
for (const chart of declaredCharts()) {
	if (charts[chart.name]) throw new Error(`${chart.definedIn}: chart "${chart.name}" is also a folder of src/graphics/; rename one of them`);
	charts[chart.name] = chart;
}

export function getChart(name: string, usedIn = 'an explainer'): AnyChart {
	const chart = charts[name];
	if (!chart) {
		throw new Error(`${usedIn}: unknown chart "${name}"; expected one of ${Object.keys(charts).join(', ')} (a folder of src/graphics/)`);
	}
	return chart;
}

export function allCharts(): AnyChart[] {
	return Object.values(charts);
}
