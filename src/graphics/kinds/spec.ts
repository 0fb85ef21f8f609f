/**
 * Charts declared in content: every data/<name>.chart.yaml becomes a chart named
 * <name>, drawn by its `kind` (a folder of src/graphics/kinds/). The fields every
 * kind shares are checked here; the kind checks its own. A wrong field stops the
 * build naming the file and the field; a state written in MDX is checked against
 * the data by checkState (Scrolly.astro, Chart.astro, social.ts).
 *
 * Build time only (reads files). States travel as JSON text (data-step-state), so a
 * declared chart is a ChartDefinition like a bespoke one, with `kind` set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { readCsv } from '../../content/csv';
import type { Lang } from '../../i18n/lang';
import type { ChartDefinition } from '../core/chart';
import type { ChartKind, Problem } from './kind';

const bilingual = z.strictObject({ en: z.string().trim().min(1), es: z.string().trim().min(1) }, { error: 'expected { en: "…", es: "…" }' });
const size = z.strictObject({ width: z.number().int().min(200).max(2000), height: z.number().int().min(100).max(2000) });

/** The fields every declared chart has; the rest belong to its kind. */
export const commonSpec = z.strictObject({
	/** A folder of src/graphics/kinds/. */
	kind: z.string(),
	/** The CSV in data/ the chart draws. */
	data: z.string().regex(/^[a-z0-9][a-z0-9-]*\.csv$/, { error: 'expected a CSV file name in data/, like "my-data.csv"' }),
	title: bilingual,
	/** Text alternative: what the graphic shows and its main finding. */
	description: bilingual,
	/** Notes and caveats under the figure. */
	caption: bilingual,
	/** "Data: …", naming the original publisher. */
	credit: bilingual,
	/** Source ids (content/sources) behind the data. */
	sources: z.array(z.string().min(1)).min(1, { error: 'expected at least one source id' }),
	/** The static drawing's size (its viewBox), and an optional narrower one for phones. */
	size,
	narrowSize: size.optional(),
});
const COMMON_KEYS = Object.keys(commonSpec.shape);

export type CommonSpec = z.output<typeof commonSpec>;

export class ChartSpecError extends Error {}

function problemText(issues: readonly z.core.$ZodIssue[], prefix = ''): Problem[] {
	return issues.map((i) => ({ field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(top level)', message: i.message }));
}

function fail(file: string, problems: Problem[]): never {
	throw new ChartSpecError(problems.map((p) => `${file}: field "${p.field}": ${p.message}`).join('\n'));
}

/** Reads a JSON state (data-step-state) into the kind's state, or lists what is wrong. */
function parseState<S>(kind: ChartKind<unknown, unknown, S>, text: string): { state?: S; problems: Problem[] } {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { problems: [{ field: 'state', message: `expected an object like {{ … }}, got ${JSON.stringify(text)}` }] };
	}
	const parsed = kind.state.safeParse(raw);
	if (!parsed.success) return { problems: problemText(parsed.error.issues) };
	return { state: parsed.data, problems: [] };
}

/** A chart declared in data/<name>.chart.yaml, as a ChartDefinition. */
export function declaredChart(name: string, file: string, yamlText: string, kinds: Record<string, ChartKind>, root: string): ChartDefinition<unknown, string> {
	let raw: unknown;
	try {
		raw = parseYaml(yamlText);
	} catch (e) {
		fail(file, [{ field: '(top level)', message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` }]);
	}
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(file, [{ field: '(top level)', message: 'expected a mapping of fields (kind, data, title, …)' }]);
	const record = raw as Record<string, unknown>;
	const kind = kinds[String(record.kind)];
	if (!kind) fail(file, [{ field: 'kind', message: `expected one of ${Object.keys(kinds).join(', ')} (a folder of src/graphics/kinds/), got ${JSON.stringify(record.kind ?? '')}` }]);
	const common = commonSpec.safeParse(Object.fromEntries(Object.entries(record).filter(([k]) => COMMON_KEYS.includes(k))));
	const own = kind.spec.safeParse(Object.fromEntries(Object.entries(record).filter(([k]) => !COMMON_KEYS.includes(k))));
	const problems = [...(common.success ? [] : problemText(common.error.issues)), ...(own.success ? [] : problemText(own.error.issues))];
	if (problems.length || !common.success || !own.success) fail(file, problems);
	const spec = common.data;
	const dataFile = `data/${spec.data}`;
	const path = join(root, dataFile);
	if (!existsSync(path)) fail(file, [{ field: 'data', message: `${dataFile} not found` }]);

	let data: unknown;
	const load = () => {
		if (data === undefined) {
			try {
				data = kind.bind(own.data, readCsv(path), dataFile);
			} catch (e) {
				// Name the spec too: the column or value it names is wrong in one of the two files.
				throw new ChartSpecError(`${file} (chart "${name}", data ${dataFile}): ${(e as Error).message}`);
			}
		}
		return data;
	};
	const cache = new Map<string, unknown>();
	const stateOf = (text: string) => {
		if (!cache.has(text)) {
			const { state, problems } = parseState(kind, text);
			if (problems.length) fail(`${file} (chart "${name}")`, problems);
			cache.set(text, state);
		}
		return cache.get(text);
	};
	const words = (lang: Lang) => ({ title: spec.title[lang], description: spec.description[lang], caption: spec.caption[lang], credit: spec.credit[lang] });

	return {
		name,
		kind: kind.name,
		definedIn: file,
		...words('en'),
		es: words('es'),
		sourceIds: spec.sources,
		states: [],
		staticState: '{}',
		staticSize: spec.size,
		narrowSize: spec.narrowSize,
		load,
		checkState(text: string): Problem[] {
			const { state, problems } = parseState(kind, text);
			if (problems.length) return problems;
			return kind.check(state, load());
		},
		scene: (d, dims, state, lang = 'en') => kind.scene(d, dims, stateOf(state), lang),
		table: (d, lang = 'en') => kind.table(d, lang),
	};
}

const kindModules = import.meta.glob<{ default: ChartKind }>('./*/index.ts', { eager: true });

/** The kinds, by folder name. */
export function chartKinds(): Record<string, ChartKind> {
	const kinds: Record<string, ChartKind> = {};
	for (const [path, module] of Object.entries(kindModules)) {
		const folder = path.split('/')[1]!;
		if (module.default?.name !== folder) throw new Error(`src/graphics/kinds/${folder}/index.ts: its default export must be defineKind({ name: "${folder}", … })`);
		kinds[folder] = module.default;
	}
	return kinds;
}

/** Every data/<name>.chart.yaml, as charts. */
export function declaredCharts(root = process.env.DATA_ROOT || process.cwd()): ChartDefinition<unknown, string>[] {
	const dir = join(root, 'data');
	if (!existsSync(dir)) return [];
	const kinds = chartKinds();
	return readdirSync(dir)
		.filter((f) => f.endsWith('.chart.yaml'))
		.sort()
		.map((f) => {
			const name = f.slice(0, -'.chart.yaml'.length);
			if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new ChartSpecError(`data/${f}: the file name must be the chart's name in kebab-case, like "my-chart.chart.yaml"`);
			return declaredChart(name, `data/${f}`, readFileSync(join(dir, f), 'utf8'), kinds, root);
		});
}
