/**
 * Browser-side lookup of chart scene functions, loaded only for charts on the page,
 * with the words of the page's language only. Found by their folders: a chart that
 * animates in scrollytelling has a src/graphics/<name>/client.ts (see ClientEntry);
 * its English words come with its model, other languages from their own module.
 */
import type { Lang } from '../i18n/lang';
import type { Dimensions, Scene } from './core/scene';

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

/** The scene function of a chart, with the words of `lang` loaded; other languages are a mistake, not English. */
export async function loadScene(name: string, lang: Lang = 'en'): Promise<SceneFunction | undefined> {
	const load = entries[`./${name}/client.ts`];
	if (!load) return undefined;
	const entry = await load();
	const words = lang === 'en' ? undefined : await entry.words[lang]?.();
	return (data, dims, state, pageLang) => {
		if (pageLang !== 'en' && (pageLang !== lang || !words)) throw new Error(`chart words for "${pageLang}" were not loaded`);
		return entry.scene(data, dims, state, pageLang === 'en' ? undefined : words);
	};
}
