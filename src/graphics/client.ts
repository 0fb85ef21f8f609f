/**
 * Browser-side lookup of chart scene functions, loaded only for charts on the page,
 * with the words of the page's language only. Found by their folders: a chart that
 * animates in scrollytelling has a src/graphics/<name>/client.ts (see ClientEntry);
 * its English words come with its model, other languages from their own module.
 */
import type { Lang } from '../i18n/lang';
import type { Dimensions, Scene } from './core/scene';
import type { KindClientScene } from './kinds/kind';

/** A chart's pure scene function; `lang` picks its labels (the page's <html lang>). */
export type SceneFunction = (data: unknown, dims: Dimensions, state: string, lang: Lang) => Scene;

/** What a chart's client.ts exports. */
export interface ClientEntry {
	/** The model: (data, dims, state, words) → Scene, English words by default. */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	scene: (data: any, dims: Dimensions, state: any, words?: any) => Scene;
	/** Loaders of the chart's words in languages other than English. */
	words: Partial<Record<Lang, () => Promise<unknown>>>;
}

const entries = import.meta.glob<ClientEntry>('./*/client.ts');
const kindEntries = import.meta.glob<{ scene: KindClientScene }>('./kinds/*/client.ts');

/**
 * The scene function of a chart, with the words of `lang` loaded; other languages are a mistake, not English.
 * A chart declared in content names its `kind` (data-kind): its words are in its data and its
 * states are JSON objects written in the MDX.
 */
export async function loadScene(name: string, lang: Lang = 'en', kind?: string): Promise<SceneFunction | undefined> {
	if (kind) {
		const loadKind = kindEntries[`./kinds/${kind}/client.ts`];
		if (!loadKind) return undefined;
		const { scene } = await loadKind();
		const states = new Map<string, unknown>();
		return (data, dims, state, pageLang) => {
			if (!states.has(state)) states.set(state, JSON.parse(state));
			return scene(data, dims, states.get(state), pageLang);
		};
	}
	const load = entries[`./${name}/client.ts`];
	if (!load) return undefined;
	const entry = await load();
	const words = lang === 'en' ? undefined : await entry.words[lang]?.();
	return (data, dims, state, pageLang) => {
		if (pageLang !== 'en' && (pageLang !== lang || !words)) throw new Error(`chart words for "${pageLang}" were not loaded`);
		return entry.scene(data, dims, state, pageLang === 'en' ? undefined : words);
	};
}
